import { describe, expect, it } from 'vitest'
import { nextDose, PausedSchema, ReferralSchema, type Reason } from '../../../src/index.js'
import { ceilingReferral, pauseMovement } from '../../../src/progression/steps/stop.js'
import { calmMornings, day, doseCase, reps, session, startedPosition, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
const ADVICE = 'Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.'
const ceilingReason: Reason = { rule: 'refer-pain', message: 'Pain reached 8/10.' }
const otherReason: Reason = { rule: 'window', message: 'The last 7 days.' }

describe('ceilingReferral: the ceiling says stop', () => {
  it('refers soon, with its own reason first and the ceiling\'s after it, in order, and no dose', () => {
    const position = startedPosition({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7))] })
    const referral = ceilingReferral(position, [ceilingReason, otherReason])
    expect(referral).toStrictEqual({
      _tag: 'Referral',
      cause: 'ceiling',
      urgency: 'soon',
      advice: ADVICE,
      reasons: [
        {
          rule: 'ceiling-stop',
          message: `hip-bridge is at 1 x 7, rung 3 of 11; the ceiling says stop and see a clinician. ${ADVICE}`,
          movement: 'hip-bridge',
          value: 3,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'hip-bridge', atDose: reps(1, 7), rung: 3, rungs: 11, started: true },
        },
        ceilingReason,
        otherReason,
      ],
    })
    expect(ReferralSchema.safeParse(referral).success).toBe(true)
  })
})

describe('pauseMovement: repeated red pauses a movement for a week (domain section 5)', () => {
  const sessions = [session(-3, 'hip-bridge', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 6), { painDuring: 6 })]

  it('rests the movement until a week from today, with no substitute when there is no assessment', () => {
    const input = doseCase({ movement: 'hip-bridge', sessions })
    const paused = pauseMovement(startedPosition({ movement: 'hip-bridge', sessions }), 1, input, [ceilingReason])
    expect(paused).toStrictEqual({
      _tag: 'Paused',
      movement: 'hip-bridge',
      resumeOn: day(7),
      reasons: [
        {
          rule: 'ceiling-pause',
          message: `hip-bridge went into the red repeatedly: pause it until ${day(7)}.`,
          movement: 'hip-bridge',
          value: 2,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'hip-bridge', resumeOn: day(7), substitute: '', substitutePain: 0 },
        },
        ceilingReason,
      ],
    })
    expect(PausedSchema.safeParse(paused).success).toBe(true)
  })

  it('names a substitute from the last assessment, and the variant of the paused movement', () => {
    const walk = [session(-3, 'kettlebell-walk', reps(1, 7), { variant: 'overhead', painDuring: 6 })]
    const assessment = { date: '2026-11-01', results: [{ movement: 'bird-dog', pain: 1 }] }
    const input = doseCase({ movement: 'kettlebell-walk', variant: 'overhead', sessions: walk, assessment, today: day(-1) })
    const position = startedPosition({ movement: 'kettlebell-walk', variant: 'overhead', sessions: walk, today: day(-1) })
    expect(pauseMovement(position, 2, input, [])).toStrictEqual({
      _tag: 'Paused',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      resumeOn: day(6),
      substitute: { movement: 'bird-dog', pain: 1 },
      reasons: [
        {
          rule: 'ceiling-pause',
          message: `kettlebell-walk (overhead) went into the red repeatedly: pause it until ${day(6)} and do bird-dog instead (it scored 1/10 at the last assessment).`,
          movement: 'kettlebell-walk',
          variant: 'overhead',
          value: 3,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'kettlebell-walk (overhead)', resumeOn: day(6), substitute: 'bird-dog', substitutePain: 1 },
        },
      ],
    })
  })
})

describe('nextDose stops without a dose', () => {
  it('pauses a movement red twice in the week, to resume a week from today', () => {
    const sessions = [session(-3, 'hip-bridge', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 6), { painDuring: 6 })]
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions, mornings: calmMornings(-2, 0), baselinePain: 1, today: TODAY })
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'Paused', movement: 'hip-bridge', resumeOn: day(7) })
    expect(result._tag === 'Left' && result.left._tag === 'Paused' && result.left.reasons.map((reason) => reason.rule)).toEqual(['ceiling-pause', 'window', 'pain-during', 'pain-during', 'repeated-red'])
  })

  it('refers on pain of 8 or more, naming the rung it stopped at', () => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7), { painDuring: 8 })], mornings: calmMornings(0), baselinePain: 1, today: TODAY })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.reasons[0]).toEqual({
      rule: 'ceiling-stop',
      message: `hip-bridge is at 1 x 7, rung 3 of 11; the ceiling says stop and see a clinician. ${ADVICE}`,
      movement: 'hip-bridge',
      value: 3,
      limit: 11,
      source: REHAB_SOURCE,
      params: { movement: 'hip-bridge', atDose: reps(1, 7), rung: 3, rungs: 11, started: true },
    })
  })
})
