import { describe, expect, it } from 'vitest'
import { nextDose, type DoseDecision, type MorningCheck, type SessionLog } from '../../../src/index.js'
import { decider } from '../../../src/progression/steps/decide.js'
import { stepUp } from '../../../src/progression/steps/stepUp.js'
import { calmMornings, day, doseCase, hold, reps, session, startedPosition, TODAY, type CaseFields } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
const HIP_THRUST_SOURCE = 'seed 000: back pain protocol: start 1 x 20 before activity, work to 3 x 15 with a band'

const up = (fields: CaseFields): DoseDecision => {
  const position = startedPosition(fields)
  return stepUp(position, doseCase(fields), decider(position, []))
}

describe('stepUp: one rung up after a green, completed session (domain section 5)', () => {
  it('climbs the hip thrust one rung, from 3 x 15 to 2 x 15 with a band (seed 000)', () => {
    expect(up({ movement: 'hip-thrust', sessions: [session(-1, 'hip-thrust', reps(3, 15))] })).toEqual({
      movement: 'hip-thrust',
      action: 'progress',
      dose: reps(2, 15, { band: true }),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'ladder-step-up',
          message: 'hip-thrust is at 3 x 15, rung 3 of 5, green and completed: one rung up, to 2 x 15 with a band.',
          movement: 'hip-thrust',
          value: 4,
          limit: 5,
          source: HIP_THRUST_SOURCE,
          params: { movement: 'hip-thrust', dose: reps(3, 15), rung: 3, rungs: 5, to: reps(2, 15, { band: true }) },
        },
      ],
    })
  })

  it('takes the last step onto the top rung', () => {
    const decision = up({ movement: 'hip-thrust', sessions: [session(-1, 'hip-thrust', reps(2, 15, { band: true }))] })
    expect(decision).toMatchObject({ action: 'progress', dose: reps(3, 15, { band: true }) })
    expect(decision.reasons[0]).toMatchObject({ rule: 'ladder-step-up', value: 5, limit: 5 })
  })

  it('goes to what follows the top once there', () => {
    const decision = up({ movement: 'hip-thrust', sessions: [session(-1, 'hip-thrust', reps(3, 15, { band: true }))] })
    expect(decision).toMatchObject({ action: 'hold', dose: reps(3, 15, { band: true }) })
    expect(decision.reasons[0]?.rule).toBe('ladder-top')
  })

  it('repeats a session that did not complete its dose, even at the top', () => {
    expect(up({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7), { completed: false })] })).toEqual({
      movement: 'hip-bridge',
      action: 'hold',
      dose: reps(1, 7),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'incomplete',
          message: 'hip-bridge is at 1 x 7, rung 3 of 11, but the last session did not complete its dose: repeat it.',
          movement: 'hip-bridge',
          value: 3,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'hip-bridge', dose: reps(1, 7), rung: 3, rungs: 11 },
        },
      ],
    })
    const top = up({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(2, 10), { completed: false })] })
    expect(top.reasons[0]?.rule).toBe('incomplete')
    expect('harderForm' in top).toBe(false)
  })
})

describe('nextDose steps up only on a green, completed, settled session (domain section 5)', () => {
  const history = [session(-3, 'hip-bridge', reps(1, 6)), session(-1, 'hip-bridge', reps(1, 7))]
  const decide = (sessions: SessionLog[], mornings: MorningCheck[]): DoseDecision => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions, mornings, baselinePain: 1, today: TODAY })
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
    return result.right
  }

  it('steps up one rung when the last session was green, completed and settled the next morning', () => {
    const decision = decide(history, calmMornings(-2, 0))
    expect(decision).toMatchObject({ action: 'progress', dose: reps(1, 8) })
    expect(decision.reasons.map((reason) => reason.rule)).toEqual(['ladder-step-up', 'window', 'all-green'])
  })

  it('holds a session that did not complete its dose', () => {
    const decision = decide([history[0]!, { ...history[1]!, completed: false }], calmMornings(-2, 0))
    expect(decision).toMatchObject({ action: 'hold', dose: reps(1, 7) })
    expect(decision.reasons[0]?.rule).toBe('incomplete')
  })

  it('holds an amber session, an amber next morning, and pain after above the ceiling', () => {
    for (const last of [
      { ...history[1]!, painDuring: 4 },
      { ...history[1]!, painAfter: 4 },
    ]) {
      const decision = decide([history[0]!, last], calmMornings(-2, 0))
      expect(decision).toMatchObject({ action: 'hold', dose: reps(1, 7) })
      expect(decision.reasons[0]?.rule).toBe('ladder-hold')
    }
    const amberMorning = decide(history, [...calmMornings(-2), { date: TODAY, backPain: 2 }])
    expect(amberMorning).toMatchObject({ action: 'hold', dose: reps(1, 7) })
    expect(amberMorning.reasons[0]?.rule).toBe('ladder-hold')
  })

  it('holds, awaiting the morning, a session with no morning check after it', () => {
    const decision = decide(history, calmMornings(-2))
    expect(decision).toMatchObject({ action: 'hold', dose: reps(1, 7) })
    expect(decision.reasons[0]?.rule).toBe('awaiting-next-morning')
    const today = decide([session(0, 'hip-bridge', reps(1, 7))], calmMornings(0))
    expect(today.reasons[0]?.rule).toBe('awaiting-next-morning')
  })

  it('moves the deadbug up by 5 s after a green session (seed 000)', () => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'deadbug', sessions: [session(-2, 'deadbug', hold(20))], mornings: calmMornings(-1, 0), baselinePain: 1, today: day(0) })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'progress', dose: hold(25) })
  })
})
