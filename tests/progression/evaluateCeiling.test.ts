import { describe, expect, it } from 'vitest'
import {
  AMBER_MAX_PAIN,
  DEFAULT_CEILING_PAIN,
  DEFAULT_FLARE_UP_RISE,
  DEFAULT_REFER_PAIN,
  DEFAULT_WEEKLY_RISE,
  evaluateCeiling,
  type CeilingVerdict,
  type EvaluateCeilingInput,
  type MorningCheck,
  type SessionLog,
} from '../../src/index.js'
import { TODAY, shiftDate } from '../arbitraries/logs.js'

const day = (offset: number) => shiftDate(TODAY, offset)

const session = (offset: number, painDuring: number, extra: Partial<SessionLog> = {}): SessionLog => ({
  date: day(offset),
  movement: 'hip-bridge',
  performed: { kind: 'reps', sets: 1, reps: 5 },
  completed: true,
  painDuring,
  ...extra,
})
const morning = (offset: number, backPain: number, stiffness?: number): MorningCheck => ({
  date: day(offset),
  backPain,
  ...(stiffness === undefined ? {} : { stiffness }),
})

/** Yesterday's session with this morning's check at baseline 2: only the session's own pain decides. */
const judge = (input: Partial<EvaluateCeilingInput>): CeilingVerdict => {
  const result = evaluateCeiling({ sessions: [], mornings: [], baselinePain: 2, today: TODAY, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result)}`)
  return result.right
}
const yesterday = (extra: Partial<SessionLog>, painDuring = 1) => judge({ sessions: [session(-1, painDuring, extra)], mornings: [morning(0, 2)] })
const rules = (verdict: CeilingVerdict) => [...verdict.reasons, ...verdict.movements.flatMap((movement) => movement.reasons)].map((reason) => reason.rule)

describe('evaluateCeiling: pain during and after exercise', () => {
  it('uses the seed 002 / Silbernagel numbers: green to 3, amber to 5, red above', () => {
    expect([DEFAULT_CEILING_PAIN, AMBER_MAX_PAIN]).toEqual([3, 5])
  })

  it.each([
    [3, 'green', 'progress'],
    [4, 'amber', 'hold'],
    [5, 'amber', 'hold'],
    [6, 'red', 'step-down'],
  ])('pain during of %i is %s: %s', (painDuring, zone, action) => {
    const verdict = yesterday({}, painDuring)
    expect(verdict).toMatchObject({ zone, action })
    expect(verdict.movements).toEqual([expect.objectContaining({ movement: 'hip-bridge', zone, action })])
    if (zone !== 'green') {
      expect(verdict.movements[0]?.reasons[0]).toMatchObject({ rule: 'pain-during', value: painDuring, limit: zone === 'amber' ? 3 : 5 })
    }
  })

  it.each([
    [3, 'green'],
    [4, 'amber'],
    [5, 'amber'],
    [6, 'red'],
  ])('pain after of %i is %s', (painAfter, zone) => {
    expect(yesterday({ painAfter }).zone).toBe(zone)
  })

  it('moves the green limit with the painCeiling option', () => {
    const verdict = judge({ sessions: [session(-1, 5)], mornings: [morning(0, 2)], options: { painCeiling: 5 } })
    expect(verdict).toMatchObject({ zone: 'green', action: 'progress' })
  })
})

describe('evaluateCeiling: the next morning', () => {
  it('is green at baseline, amber 1 above and a flare-up 2 above', () => {
    expect(DEFAULT_FLARE_UP_RISE).toBe(2)
    const after = (backPain: number) => judge({ sessions: [session(-1, 1)], mornings: [morning(0, backPain)] })
    expect(after(2)).toMatchObject({ zone: 'green', action: 'progress', flareUp: false })
    expect(after(3)).toMatchObject({ zone: 'amber', action: 'hold', flareUp: false })
    expect(after(4)).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
    expect(after(4).movements[0]?.reasons).toContainEqual(expect.objectContaining({ rule: 'next-morning', value: 2, limit: 2 }))
  })

  it('can only hold a session that no morning check followed', () => {
    const today = judge({ sessions: [session(0, 1)], mornings: [morning(0, 2)] })
    expect(today).toMatchObject({ zone: 'green', action: 'hold' })
    expect(today.movements[0]?.reasons).toEqual([expect.objectContaining({ rule: 'unproven-settling', value: [day(0)] })])
    const skipped = judge({ sessions: [session(-3, 1), session(-1, 1)], mornings: [morning(0, 2)] })
    expect(skipped.action).toBe('hold')
  })

  it('holds on any morning above baseline, even with no exercise the day before', () => {
    expect(judge({ mornings: [morning(-2, 2), morning(0, 3)] })).toMatchObject({ zone: 'amber', action: 'hold' })
  })
})

describe('evaluateCeiling: week to week', () => {
  const weeks = (previous: number[], recent: number[], stiffness = false) =>
    judge({
      mornings: [
        ...previous.map((pain, index) => morning(-13 + index, pain, stiffness ? pain : undefined)),
        ...recent.map((pain, index) => morning(-6 + index, 2, stiffness ? pain : undefined)),
      ],
      baselinePain: stiffness ? 2 : 6,
    })

  it('is red when the mean morning pain rose by 2 or more, and not at 1.9', () => {
    expect(DEFAULT_WEEKLY_RISE).toBe(2)
    const rise = (previous: number[], recent: number[]) =>
      judge({
        mornings: [
          ...previous.map((pain, index) => morning(-13 + index, pain)),
          ...recent.map((pain, index) => morning(-6 + index, pain)),
        ],
        baselinePain: 6,
      })
    // A trend keeps progression off but does not step down day after day: the morning rules do that.
    const twoPoints = rise([1, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3])
    expect(twoPoints).toMatchObject({ zone: 'red', action: 'hold', flareUp: false })
    expect(twoPoints.reasons).toContainEqual(expect.objectContaining({ rule: 'week-to-week', value: 2, limit: 2 }))
    // A mean of 19/7 against 6/7: a rise of 13/7, about 1.86.
    const justUnder = rise([1, 1, 1, 1, 1, 1, 0], [3, 3, 3, 3, 3, 3, 1])
    expect(rules(justUnder)).not.toContain('week-to-week')
    expect(justUnder.action).toBe('progress')
  })

  it('holds when stiffness rose by 2 or more', () => {
    const verdict = weeks([1, 1, 1], [3, 3, 3], true)
    expect(verdict).toMatchObject({ zone: 'amber', action: 'hold' })
    expect(rules(verdict)).toContain('stiffness-week-to-week')
  })
})

describe('evaluateCeiling: stop and refer', () => {
  it('refers on pain of 8 anywhere, not on 7', () => {
    expect(DEFAULT_REFER_PAIN).toBe(8)
    expect(yesterday({}, 7).action).toBe('step-down')
    expect(yesterday({}, 8).action).toBe('stop-and-refer')
    expect(yesterday({ painAfter: 8 }).action).toBe('stop-and-refer')
    expect(judge({ mornings: [morning(0, 8)] }).action).toBe('stop-and-refer')
  })

  it('refers on red in two movements the same day, and says which', () => {
    const verdict = judge({
      sessions: [session(-1, 6), session(-1, 6, { movement: 'bird-dog', performed: { kind: 'reps', sets: 1, reps: 5, perSide: true } })],
      mornings: [morning(0, 2)],
    })
    expect(verdict.action).toBe('stop-and-refer')
    expect(verdict.movements.map((movement) => movement.action)).toEqual(['stop-and-refer', 'stop-and-refer'])
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ rule: 'refer-red-movements', value: ['bird-dog', 'hip-bridge'] }))
  })

  it('does not refer when one flare-up morning follows a day of several movements', () => {
    const verdict = judge({
      sessions: [session(-1, 1), session(-1, 1, { movement: 'bird-dog', performed: { kind: 'reps', sets: 1, reps: 5, perSide: true } })],
      mornings: [morning(0, 4)],
    })
    expect(verdict).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
  })

  it('refers on red on 3 of the last 7 days, not on 2', () => {
    const reds = (days: number[]) => judge({ sessions: days.map((offset) => session(offset, 6)), mornings: days.map((offset) => morning(offset + 1, 2)) })
    expect(reds([-5, -3]).action).toBe('pause')
    expect(reds([-5, -3, -1]).action).toBe('stop-and-refer')
    expect(reds([-5, -3, -1]).reasons).toContainEqual(expect.objectContaining({ rule: 'refer-red-days', limit: 3 }))
  })
})

describe('evaluateCeiling: repeated red and the flare-up lock', () => {
  it('counts one bad morning after a day of three sessions as one red, not three', () => {
    const threeADay = [session(-1, 1, { time: '08:00' }), session(-1, 1, { time: '13:00' }), session(-1, 1, { time: '19:00' })]
    const verdict = judge({ sessions: threeADay, mornings: [morning(-1, 2), morning(0, 4)] })
    expect(verdict.movements[0]).toMatchObject({ zone: 'red', action: 'step-down' })
  })

  it('counts two variants of one movement as one movement for the refer rule', () => {
    const walk = (variant: string) =>
      session(-1, 6, { movement: 'kettlebell-walk', variant, performed: { kind: 'reps', sets: 1, reps: 5 } })
    const verdict = judge({ sessions: [walk('overhead'), walk('by-the-side')], mornings: [morning(0, 2)] })
    expect(verdict.action).toBe('step-down')
  })

  it('pauses a movement that went red in two sessions', () => {
    const verdict = judge({ sessions: [session(-3, 6), session(-1, 7)], mornings: [morning(-2, 2), morning(0, 2)] })
    expect(verdict.movements[0]).toMatchObject({ zone: 'red', action: 'pause' })
    expect(verdict.movements[0]?.reasons).toContainEqual(expect.objectContaining({ rule: 'repeated-red', value: 2, limit: 2 }))
  })

  it('steps down on a red that is news, and holds on an earlier one', () => {
    expect(judge({ mornings: [morning(-1, 2), morning(0, 4)] })).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
    expect(judge({ mornings: [morning(-1, 4), morning(0, 2)] })).toMatchObject({ zone: 'red', action: 'hold', flareUp: true })
    // Asked the day after a flare-up, before that morning's check: the same news does not step down twice.
    expect(judge({ mornings: [morning(-2, 2), morning(-1, 4)] })).toMatchObject({ zone: 'red', action: 'hold', flareUp: true })
    const earlierRed = judge({ sessions: [session(-3, 6), session(-1, 2)], mornings: [morning(-2, 2), morning(0, 2)] })
    expect(earlierRed.movements[0]).toMatchObject({ zone: 'red', action: 'hold' })
  })

  it('locks progression after a flare-up until two green days in a row', () => {
    const flare = morning(-4, 4)
    const locked = judge({ mornings: [flare, morning(-3, 2), morning(-2, 3), morning(-1, 2)] })
    expect(locked).toMatchObject({ zone: 'red', action: 'hold', flareUp: true, progressionLockedUntil: day(1) })
    expect(locked.reasons).toContainEqual(expect.objectContaining({ rule: 'flare-up-lock', date: day(-4), value: day(1), limit: 2 }))
    const unlocked = judge({ mornings: [flare, morning(-3, 2), morning(-2, 2), morning(-1, 2), morning(0, 2)] })
    expect(unlocked.progressionLockedUntil).toBeUndefined()
    expect(unlocked.action).toBe('hold') // the flare-up morning is still in the window, and a morning above baseline holds
    const later = judge({ mornings: [morning(-9, 5), morning(-8, 2), morning(-7, 2), morning(0, 2)] })
    expect(later).toMatchObject({ action: 'progress', flareUp: false })
    expect(later.progressionLockedUntil).toBeUndefined()
  })

  it('does not count a day without a morning check, or with a session over the ceiling, as green', () => {
    const gap = judge({ mornings: [morning(-9, 5), morning(-8, 2), morning(-6, 2), morning(0, 2)] })
    expect(gap).toMatchObject({ action: 'hold', progressionLockedUntil: day(2) })
    const soreMornings = [morning(-9, 5), morning(-8, 2), morning(-7, 2), morning(-6, 2), morning(0, 2)]
    expect(judge({ sessions: [session(-7, 4)], mornings: soreMornings }).progressionLockedUntil).toBe(day(2))
    expect(judge({ sessions: [session(-7, 4)], mornings: [...soreMornings, morning(-5, 2)] }).progressionLockedUntil).toBeUndefined()
  })

  it('holds when there is nothing recent to judge', () => {
    expect(judge({ mornings: [morning(-10, 2)] })).toMatchObject({ action: 'hold', zone: 'green' })
    expect(rules(judge({}))).toContain('no-recent-logs')
  })
})

describe('evaluateCeiling: invalid input', () => {
  const issues = (input: unknown) => {
    const result = evaluateCeiling(input as EvaluateCeilingInput)
    return result._tag === 'Left' ? result.left.issues : []
  }
  const base = { sessions: [], mornings: [], baselinePain: 2, today: TODAY }

  it.each([
    [{ painCeiling: 6 }, 'options.painCeiling', 'must be at most 5'],
    [{ flareUpRise: 3 }, 'options.flareUpRise', 'must be at most 2'],
    [{ flareUpRise: 0 }, 'options.flareUpRise', 'must be at least 1'],
    [{ weeklyRise: 3 }, 'options.weeklyRise', 'must be at most 2'],
    [{ referPain: 9 }, 'options.referPain', 'must be at most 8'],
    [{ referPain: 5 }, 'options.referPain', 'must be at least 6'],
    [{ ceiling: 3 }, 'options.ceiling', 'is not a known field'],
  ])('keeps options within their bounds: %j', (options, path, message) => {
    expect(issues({ ...base, options })).toEqual([{ path, message }])
  })

  it('names each malformed field of the logs', () => {
    expect(
      issues({
        ...base,
        baselinePain: 11,
        today: '2026-11-31',
        sessions: [{ ...session(-1, 1), painDuring: 2.5, time: '25:00' }],
        mornings: [{ date: day(0), backPain: -1, mood: 'ok' }],
      }),
    ).toEqual([
      { path: 'sessions.0.time', message: 'must be a time written HH:mm, 00:00 to 23:59' },
      { path: 'sessions.0.painDuring', message: 'must be a whole number' },
      { path: 'mornings.0.backPain', message: 'must be at least 0' },
      { path: 'mornings.0.mood', message: 'is not a known field' },
      { path: 'baselinePain', message: 'must be at most 10' },
      { path: 'today', message: 'must be a calendar date written YYYY-MM-DD' },
    ])
  })

  it('refuses logs after today, unknown movements, the wrong kind of dose and two checks on one morning', () => {
    expect(
      issues({
        ...base,
        sessions: [
          session(1, 1),
          session(-1, 1, { movement: 'handstand' }),
          session(-1, 1, { movement: 'deadbug' }),
          session(-1, 1, { movement: 'kettlebell-walk', variant: 'upside-down' }),
        ],
        mornings: [morning(-1, 2), morning(-1, 3), morning(2, 2)],
      }),
    ).toEqual([
      { path: 'sessions.0.date', message: `is after today (${TODAY})` },
      { path: 'sessions.1.movement', message: '"handstand" is not a movement of the catalog' },
      { path: 'sessions.2.performed.kind', message: '"deadbug" is dosed as hold, not reps' },
      {
        path: 'sessions.3.variant',
        message: '"upside-down" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
      },
      { path: 'mornings.1.date', message: `${day(-1)} already has a morning check, at mornings.0` },
      { path: 'mornings.2.date', message: `is after today (${TODAY})` },
    ])
  })
})
