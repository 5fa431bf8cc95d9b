import { describe, expect, it } from 'vitest'
import { nextDose, type DoseDecision, type MorningCheck, type SessionLog } from '../../../src/index.js'
import { stepDown } from '../../../src/progression/steps/stepDown.js'
import { calmMornings, day, reps, session, startedPosition, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
// The rehab ladder (seed 001): 1 x 5 is rung 0, up a rep at a time to 1 x 10 (rung 5), then 2 x 6 to 2 x 10.
const bridge = (offset: number, count: number, time?: string): SessionLog =>
  session(offset, 'hip-bridge', reps(1, count), time === undefined ? {} : { time })
const down = (sessions: SessionLog[], redDay: string | undefined) => stepDown(startedPosition({ movement: 'hip-bridge', sessions }), redDay)

describe('stepDown: red steps down one rung (domain section 5)', () => {
  it('goes one rung below the rung of the red day', () => {
    expect(down([bridge(-3, 6), bridge(-1, 7)], day(-1))).toEqual({
      rung: 1,
      reason: {
        rule: 'ladder-step-down',
        message: 'hip-bridge went into the red at 1 x 7: one rung down, to 1 x 6.',
        movement: 'hip-bridge',
        value: 2,
        limit: 11,
        source: REHAB_SOURCE,
        params: { movement: 'hip-bridge', zone: 'red', step: 'down', peakPlace: 'same', peakDose: reps(1, 7), dose: reps(1, 7), to: reps(1, 6) },
      },
    })
  })

  it('says when the step is for an amber day that had not settled, rather than a red one', () => {
    expect(stepDown(startedPosition({ movement: 'hip-bridge', sessions: [bridge(-3, 6), bridge(-1, 7)] }), day(-1), true).reason.message).toBe(
      'hip-bridge was amber at 1 x 7 and had not settled by the next morning: one rung down, to 1 x 6.',
    )
    expect(stepDown(startedPosition({ movement: 'hip-bridge', sessions: [bridge(-1, 5)] }), day(-1), true).reason.message).toBe(
      'hip-bridge was amber at 1 x 5 and had not settled by the next morning: stay at 1 x 5.',
    )
  })

  // domain.md 4: amber holds, and reduces when the next morning has not settled.
  it('through nextDose: an amber session whose next morning is above baseline steps down, one whose morning settled holds', () => {
    const amber = [bridge(-3, 6), session(-1, 'hip-bridge', reps(1, 7), { painDuring: 4 })]
    const decide = (backPain: number) => nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions: amber, mornings: [...calmMornings(-2), { date: TODAY, backPain }], baselinePain: 1, today: TODAY })
    const unsettled = decide(2)
    expect(unsettled._tag === 'Right' && [unsettled.right.action, unsettled.right.dose, unsettled.right.reasons[0]?.message]).toEqual([
      'step-down',
      { kind: 'reps', sets: 1, reps: 6 },
      'hip-bridge was amber at 1 x 7 and had not settled by the next morning: one rung down, to 1 x 6.',
    ])
    const settled = decide(1)
    expect(settled._tag === 'Right' && [settled.right.action, settled.right.dose]).toEqual(['hold', { kind: 'reps', sets: 1, reps: 7 }])
  })

  it('stays at the first rung when the red came there', () => {
    expect(down([bridge(0, 5)], undefined)).toEqual({
      rung: 0,
      reason: {
        rule: 'ladder-step-down',
        message: 'hip-bridge went into the red at the start of its ladder: stay at 1 x 5.',
        movement: 'hip-bridge',
        value: 1,
        limit: 11,
        source: REHAB_SOURCE,
        params: { movement: 'hip-bridge', zone: 'red', step: 'stay', peakPlace: 'same', peakDose: reps(1, 5), dose: reps(1, 5), to: reps(1, 5) },
      },
    })
  })

  it('answers this morning\'s flare-up by yesterday\'s rung when the movement was done again today, and never steps down twice', () => {
    // Done today at the stepped-down rung after the news: the red still answers yesterday's 1 x 7.
    const again = down([bridge(-1, 7), bridge(0, 6, '08:00')], undefined)
    expect(again.rung).toBe(1)
    expect(again.reason.message).toBe('hip-bridge went into the red at 1 x 7: stay at 1 x 6, below it.')
  })

  it('stays lower when already further down today', () => {
    const lower = down([bridge(-1, 7), bridge(0, 5, '08:00')], undefined)
    expect(lower.rung).toBe(0)
    expect(lower.reason).toMatchObject({ message: 'hip-bridge went into the red at 1 x 7: stay at 1 x 5, below it.', value: 1 })
  })

  it('never goes more than one rung below the rung in use, even when the red day was lower', () => {
    const higher = down([bridge(-1, 5), bridge(0, 7, '08:00')], undefined)
    expect(higher.rung).toBe(1)
    expect(higher.reason.message).toBe('hip-bridge went into the red at 1 x 5: one rung down from 1 x 7, to 1 x 6.')
  })

  it('reads the red day as the latest day before today, not an earlier one', () => {
    const result = down([bridge(-3, 5), bridge(-1, 8), bridge(0, 7, '08:00')], undefined)
    expect(result.rung).toBe(2)
    expect(result.reason.message).toBe('hip-bridge went into the red at 1 x 8: stay at 1 x 7, below it.')
  })

  it('reads the highest rung of the red day, and only of that day', () => {
    const day1 = [bridge(-2, 9), bridge(-1, 6, '08:00'), bridge(-1, 8, '13:00'), bridge(-1, 7, '19:00')]
    const result = down(day1, day(-1))
    expect(result.rung).toBe(2)
    expect(result.reason.message).toBe('hip-bridge went into the red at 1 x 8: stay at 1 x 7, below it.')
  })

  it('takes the red day the ceiling names over the day before today', () => {
    const result = down([bridge(-1, 8), bridge(0, 7, '08:00')], TODAY)
    expect(result.rung).toBe(1)
    expect(result.reason.message).toBe('hip-bridge went into the red at 1 x 7: one rung down, to 1 x 6.')
  })

  it('uses the last session day when it is before today and the ceiling names no red day', () => {
    const result = down([bridge(-4, 9), bridge(-2, 7)], undefined)
    expect(result.rung).toBe(1)
    expect(result.reason.message).toBe('hip-bridge went into the red at 1 x 7: one rung down, to 1 x 6.')
  })
})

describe('nextDose steps down on red', () => {
  const flareUp: MorningCheck[] = [...calmMornings(-2), { date: TODAY, backPain: 3 }]
  const decide = (sessions: SessionLog[], mornings: MorningCheck[], today = TODAY): DoseDecision => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions, mornings, baselinePain: 1, today })
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
    return result.right
  }

  it('after a session red by its own pain', () => {
    const red = [bridge(-3, 6), session(0, 'hip-bridge', reps(1, 7), { time: '08:00', painDuring: 6 })]
    expect(decide(red, calmMornings(-2, 0))).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
    expect(decide(red, calmMornings(-2, 0)).reasons[0]?.rule).toBe('ladder-step-down')
  })

  it('once, however often it is asked on the day of a red session', () => {
    const red = [bridge(-3, 6), session(0, 'hip-bridge', reps(1, 7), { time: '08:00', painDuring: 6 })]
    const steppedDown = [...red, session(0, 'hip-bridge', reps(1, 6), { time: '13:00', painDuring: 2 })]
    expect(decide(steppedDown, calmMornings(-2, 0))).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
  })

  it('stays at the start when the first session was red', () => {
    expect(decide([session(0, 'hip-bridge', reps(1, 5), { painDuring: 6 })], calmMornings(0))).toMatchObject({ action: 'step-down', dose: reps(1, 5) })
  })

  it('steps every movement down on a flare-up morning, even one not done the day before, and holds the day after', () => {
    const deadbug = [session(-3, 'deadbug', { kind: 'hold', sets: 2, seconds: 30 })]
    const flare = nextDose({ intake: CLEAR_INTAKE, movement: 'deadbug', sessions: deadbug, mornings: flareUp, baselinePain: 1, today: TODAY })
    expect(flare._tag === 'Right' && flare.right).toMatchObject({ action: 'step-down', dose: { kind: 'hold', sets: 2, seconds: 25 } })
    const nextDay = nextDose({ intake: CLEAR_INTAKE, movement: 'deadbug', sessions: deadbug, mornings: flareUp, baselinePain: 1, today: day(1) })
    expect(nextDay._tag === 'Right' && nextDay.right).toMatchObject({ action: 'hold', dose: { kind: 'hold', sets: 2, seconds: 30 } })
  })

  it('steps down once on a flare-up morning, by the rung of the day before', () => {
    const before = [bridge(-3, 6), bridge(-1, 7)]
    expect(decide(before, flareUp)).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
    expect(decide([...before, bridge(0, 6, '08:00')], flareUp)).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
    expect(decide([...before, bridge(0, 5, '08:00')], flareUp)).toMatchObject({ action: 'step-down', dose: reps(1, 5) })
    const higher = decide([bridge(-1, 5), bridge(0, 7, '08:00')], flareUp)
    expect(higher).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
    expect(higher.reasons[0]?.message).toBe('hip-bridge went into the red at 1 x 5: one rung down from 1 x 7, to 1 x 6.')
  })
})
