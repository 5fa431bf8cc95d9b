import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  CEILING_ACTIONS,
  CeilingActionSchema,
  CeilingVerdictSchema,
  EvaluateCeilingInputSchema,
  InvalidInputSchema,
  MorningCheckSchema,
  MovementVerdictSchema,
  SOURCES,
  SessionLogSchema,
  ZoneSchema,
  evaluateCeiling,
  nextDose,
  parseCatalog,
  type EvaluateCeilingInput,
} from '../../src/index.js'
import { TODAY } from '../arbitraries/logs.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'
import { day, issuesOf, morning, session, verdictOf } from '../support/ceilingLogs.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const base = { sessions: [], mornings: [], baselinePain: 2, today: TODAY }

describe('evaluateCeiling: the whole verdict', () => {
  // domain.md 4: amber holds; an amber session that has not settled by the next morning reduces.
  it('holds an amber session whose next morning settled, and a green session whose next morning was amber', () => {
    const amberSettled = evaluateCeiling({ sessions: [session(-1, 4)], mornings: [morning(0, 1)], baselinePain: 1, today: TODAY })
    expect(amberSettled._tag === 'Right' && amberSettled.right.movements.map((entry) => [entry.zone, entry.action])).toEqual([['amber', 'hold']])
    const greenUnsettled = evaluateCeiling({ sessions: [session(-1, 3)], mornings: [morning(0, 2)], baselinePain: 1, today: TODAY })
    expect(greenUnsettled._tag === 'Right' && greenUnsettled.right.movements.map((entry) => [entry.zone, entry.action])).toEqual([['amber', 'hold']])
  })

  it('explains an amber session and an amber morning, one rung down, citing the pain-monitoring model, the meaningful change and the method', () => {
    const logged = session(-1, 4, { time: '08:00' })
    expect(evaluateCeiling({ sessions: [logged], mornings: [morning(0, 2)], baselinePain: 1, today: TODAY })).toEqual({
      _tag: 'Right',
      right: {
        zone: 'amber',
        action: 'step-down',
        flareUp: false,
        movements: [
          {
            movement: 'hip-bridge',
            zone: 'amber',
            action: 'step-down',
            reasons: [
              {
                rule: 'pain-during',
                message: `hip-bridge on ${day(-1)} 08:00: pain during 4/10, above 3/10 (amber).`,
                movement: 'hip-bridge',
                date: day(-1),
                value: 4,
                limit: 3,
                source: SOURCES.painMonitoring,
                params: { movement: 'hip-bridge', date: day(-1), time: '08:00', pain: 4, limit: 3, zone: 'amber' },
              },
              {
                rule: 'next-morning',
                message: `hip-bridge on ${day(-1)}: back pain the next morning was 2/10, 1 above baseline (amber).`,
                movement: 'hip-bridge',
                date: TODAY,
                value: 1,
                limit: 1,
                source: SOURCES.meaningfulChange,
                params: { movement: 'hip-bridge', sessionDate: day(-1), backPain: 2, rise: 1, zone: 'amber' },
              },
              {
                rule: 'amber-unsettled',
                message: `hip-bridge on ${day(-1)} was amber and back pain had not settled by the next morning: one rung down rather than hold.`,
                movement: 'hip-bridge',
                date: day(-1),
                source: SOURCES.painMonitoring,
                params: { movement: 'hip-bridge', date: day(-1) },
              },
            ],
          },
        ],
        reasons: [
          {
            rule: 'window',
            message: `The verdict looks at ${day(-6)} to ${TODAY}, against a baseline back pain of 1/10.`,
            value: day(-6),
            limit: 7,
            source: SOURCES.ceilingMethod,
            params: { windowStart: day(-6), today: TODAY, baselinePain: 1 },
          },
          {
            rule: 'morning-rise',
            message: `Back pain on the morning of ${TODAY} was 2/10, 1 above the baseline of 1/10.`,
            date: TODAY,
            value: 1,
            limit: 1,
            source: SOURCES.meaningfulChange,
            params: { date: TODAY, backPain: 2, rise: 1, baselinePain: 1, zone: 'amber' },
          },
        ],
      },
    })
  })

  it('is an assessment: a referral comes back in Right, and a prescriber turns it into a referral within days', () => {
    expect(evaluateCeiling({ ...base, mornings: [morning(0, 9)] })).toMatchObject({ _tag: 'Right', right: { action: 'stop-and-refer' } })
    // The sources give no timing for a ceiling referral: "soon" is the engine's default.
    const dose = nextDose({ intake: CLEAR_INTAKE, ...base, movement: 'hip-bridge', sessions: [session(-1, 8)], mornings: [morning(0, 2)] })
    expect(dose).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'ceiling', urgency: 'soon' } })
  })

  it('judges the logs of an app catalog, parsed or not', () => {
    const wallSit = {
      id: 'wall-sit',
      name: 'Wall sit',
      description: 'Back against a wall, knees bent, then up and down again.',
      roles: ['assessment'],
      focus: ['quads'],
      dose: { kinds: ['reps'], perSide: false },
      variants: [],
      source: 'a clinic',
    } as const
    const held = session(-1, 6, { movement: 'wall-sit' })
    const parsed = parseCatalog([...BUILT_IN_CATALOG, wallSit])
    if (parsed._tag === 'Left') throw new Error('the test catalog does not parse')
    for (const catalog of [parsed.right, [...BUILT_IN_CATALOG, wallSit]]) {
      const verdict = verdictOf({ sessions: [held], mornings: [morning(0, 2)], options: { catalog } })
      expect(verdict.movements).toEqual([expect.objectContaining({ movement: 'wall-sit', zone: 'red', action: 'step-down' })])
    }
    expect(issuesOf({ ...base, sessions: [held] })).toEqual([
      { code: 'not_in_catalog', path: ['sessions', 0, 'movement'], message: '"wall-sit" is not a movement of the catalog' },
    ])
  })
})

describe('evaluateCeiling: input it refuses', () => {
  it('names each malformed field of the logs, with its path', () => {
    expect(
      issuesOf({
        ...base,
        baselinePain: 11,
        today: '2026-11-31',
        sessions: [{ ...session(-1, 1), painDuring: 12, time: '25:00' }],
        mornings: [{ date: day(0), backPain: -1, mood: 'ok' }],
      }),
    ).toEqual([
      { code: 'invalid_format', path: ['sessions', 0, 'time'], message: 'must be a time written HH:mm, 00:00 to 23:59' },
      { code: 'too_big', path: ['sessions', 0, 'painDuring'], message: 'must be at most 10' },
      { code: 'too_small', path: ['mornings', 0, 'backPain'], message: 'must be at least 0' },
      { code: 'unknown_key', path: ['mornings', 0, 'mood'], message: 'is not a known field' },
      { code: 'too_big', path: ['baselinePain'], message: 'must be at most 10' },
      { code: 'invalid_format', path: ['today'], message: 'must be a calendar date written YYYY-MM-DD' },
    ])
  })

  it('checks the catalog before the logs, and the logs against it only once it is sound', () => {
    expect(issuesOf({ ...base, sessions: [session(1, 1)], options: { catalog: [] } }).every((issue) => issue.path[1] === 'catalog')).toBe(true)
  })

  it('refuses logs after today, unknown movements, the wrong kind of dose and two checks on one morning', () => {
    expect(
      issuesOf({
        ...base,
        sessions: [session(1, 1), session(-1, 1, { movement: 'deadbug' })],
        mornings: [morning(-1, 2), morning(-1, 3)],
      }).map((issue) => issue.code),
    ).toEqual(['after_today', 'inconsistent', 'duplicate'])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_, value) => {
    for (const input of [value, { ...base, sessions: [value] }, { ...base, options: value }]) {
      const result = evaluateCeiling(input as EvaluateCeilingInput)
      expect(result._tag).toBe('Left')
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
    expect(prototypeIsClean()).toBe(true)
  })
})

describe('the ceiling as schemas', () => {
  it('describes its input, strictly', () => {
    expect(EvaluateCeilingInputSchema.safeParse(base).success).toBe(true)
    expect(EvaluateCeilingInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false)
    expect(EvaluateCeilingInputSchema.safeParse({ ...base, options: { referPain: 9 } }).success).toBe(false)
  })

  it('describes its verdict: a zone, an action, a lock date on the calendar, and at least one reason', () => {
    const verdict = verdictOf({ sessions: [session(-1, 1)], mornings: [morning(0, 2)] })
    expect(CeilingVerdictSchema.safeParse(verdict).success).toBe(true)
    expect(CeilingVerdictSchema.safeParse({ ...verdict, progressionLockedUntil: '2026-11-31' }).success).toBe(false)
    expect(CeilingVerdictSchema.safeParse({ ...verdict, progressionLockedUntil: '2026-11-30' }).success).toBe(true)
    expect(CeilingVerdictSchema.safeParse({ ...verdict, flareUp: 'no' }).success).toBe(false)
    expect(CeilingVerdictSchema.safeParse({ ...verdict, reasons: [] }).success).toBe(false)
    expect(MovementVerdictSchema.safeParse(verdict.movements[0]).success).toBe(true)
    expect(MovementVerdictSchema.safeParse({ ...verdict.movements[0], zone: 'yellow' }).success).toBe(false)
    expect(MovementVerdictSchema.safeParse({ ...verdict.movements[0], variant: 'overhead', reasons: [] }).success).toBe(true)
  })

  it('orders the actions from most to least permissive, and knows the three zones', () => {
    for (const zone of ['green', 'amber', 'red']) expect(ZoneSchema.safeParse(zone).success).toBe(true)
    expect(ZoneSchema.safeParse('yellow').success).toBe(false)
    // A referral is the least permissive answer, progress the most.
    expect([CEILING_ACTIONS[0], CEILING_ACTIONS.at(-1)]).toEqual(['progress', 'stop-and-refer'])
    expect(CEILING_ACTIONS.indexOf('hold')).toBeLessThan(CEILING_ACTIONS.indexOf('step-down'))
    expect(CEILING_ACTIONS.indexOf('step-down')).toBeLessThan(CEILING_ACTIONS.indexOf('pause'))
    for (const action of CEILING_ACTIONS) expect(CeilingActionSchema.safeParse(action).success).toBe(true)
    expect(CeilingActionSchema.safeParse('rest').success).toBe(false)
  })

  it('describes a session log and a morning check', () => {
    const logged = session(0, 1)
    expect(SessionLogSchema.safeParse({ ...logged, time: '08:00', variant: 'x', painAfter: 0 }).success).toBe(true)
    expect(SessionLogSchema.safeParse({ ...logged, completed: 'yes' }).success).toBe(false)
    expect(SessionLogSchema.safeParse({ ...logged, painAfter: 11 }).success).toBe(false)
    expect(SessionLogSchema.safeParse({ ...logged, movement: '' }).success).toBe(false)
    expect(MorningCheckSchema.safeParse({ date: TODAY, backPain: 0, stiffness: 10 }).success).toBe(true)
    expect(MorningCheckSchema.safeParse({ date: TODAY, backPain: 0, stiffness: 11 }).success).toBe(false)
    expect(MorningCheckSchema.safeParse({ date: TODAY }).success).toBe(false)
  })
})
