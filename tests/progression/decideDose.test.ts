import { describe, expect, it } from 'vitest'
import { PausedSchema, ReferralSchema, type Reason, type SessionLog } from '../../src/index.js'
import { decideDose } from '../../src/progression/decideDose.js'
import { calmMornings, day, doseCase, hold, reps, session, TODAY, type CaseFields } from '../support/progressionCases.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
const DEADBUG_SOURCE = 'seed 000: back pain protocol: 2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds'
const CEILING_METHOD = 'seed 002: the "Ceiling Method" keeps pain under control and flare-ups at bay in the days after'
const ADVICE = 'Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.'
const WINDOW: Reason = {
  rule: 'window',
  message: 'The verdict looks at 2026-11-15 to 2026-11-21, against a baseline back pain of 1/10.',
  value: '2026-11-15',
  limit: 7,
  source: CEILING_METHOD,
  params: { windowStart: '2026-11-15', today: '2026-11-21', baselinePain: 1 },
}

const decide = (fields: CaseFields) => decideDose(doseCase(fields))
const rules = (fields: CaseFields): string[] => {
  const result = decide(fields)
  return (result._tag === 'Right' ? result.right.reasons : result.left.reasons).map((reason) => reason.rule)
}

describe('decideDose: a movement with no session yet', () => {
  it('starts at the bottom rung today, with the ladder\'s reason alone', () => {
    expect(decide({ movement: 'kettlebell-walk', variant: 'overhead' })).toEqual({
      _tag: 'Right',
      right: {
        movement: 'kettlebell-walk',
        variant: 'overhead',
        action: 'start',
        dose: reps(1, 5),
        nextEarliest: TODAY,
        reasons: [
          {
            rule: 'ladder-start',
            message: 'No kettlebell-walk (overhead) session yet: start at 1 x 5, rung 1 of 11.',
            movement: 'kettlebell-walk',
            variant: 'overhead',
            value: 1,
            limit: 11,
            source: REHAB_SOURCE,
            params: { movement: 'kettlebell-walk (overhead)', dose: reps(1, 5), rungs: 11 },
          },
        ],
      },
    })
  })

  it('starts even on a flare-up morning, which only steps down what was already done', () => {
    expect(decide({ movement: 'deadbug', mornings: [{ date: TODAY, backPain: 3 }] })).toMatchObject({ _tag: 'Right', right: { action: 'start', dose: hold(20) } })
  })

  it('does not start when the ceiling says stop and refer', () => {
    const result = decide({ movement: 'deadbug', mornings: [{ date: TODAY, backPain: 9 }] })
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'Referral', cause: 'ceiling', urgency: 'soon', advice: ADVICE })
    expect(result._tag === 'Left' && result.left.reasons[0]).toEqual({
      rule: 'ceiling-stop',
      message: `No deadbug session yet; the ceiling says stop and see a clinician. ${ADVICE}`,
      movement: 'deadbug',
      value: 1,
      limit: 9,
      source: DEADBUG_SOURCE,
      params: { movement: 'deadbug', atDose: hold(20), rung: 1, rungs: 9, started: false },
    })
    expect(result._tag === 'Left' && result.left.reasons.map((reason) => reason.rule)).toEqual(['ceiling-stop', 'window', 'morning-rise', 'refer-pain', 'flare-up-lock'])
    expect(result._tag === 'Left' && ReferralSchema.safeParse(result.left).success).toBe(true)
  })
})

describe('decideDose: a started movement, by the ceiling\'s verdict on it', () => {
  const walks: SessionLog[] = [
    session(-1, 'kettlebell-walk', reps(1, 7), { variant: 'overhead', painDuring: 6 }),
    session(-1, 'kettlebell-walk', reps(1, 7), { variant: 'by-the-side' }),
  ]

  it('judges each variant by its own verdict: the red one steps down, the green one steps up', () => {
    expect(decide({ movement: 'kettlebell-walk', variant: 'overhead', sessions: walks, mornings: calmMornings(-2, 0) })).toEqual({
      _tag: 'Right',
      right: {
        movement: 'kettlebell-walk',
        variant: 'overhead',
        action: 'step-down',
        dose: reps(1, 6),
        nextEarliest: TODAY,
        reasons: [
          {
            rule: 'ladder-step-down',
            message: 'kettlebell-walk (overhead) went into the red at 1 x 7: one rung down, to 1 x 6.',
            movement: 'kettlebell-walk',
            variant: 'overhead',
            value: 2,
            limit: 11,
            source: REHAB_SOURCE,
            params: { movement: 'kettlebell-walk (overhead)', zone: 'red', step: 'down', peakPlace: 'same', peakDose: reps(1, 7), dose: reps(1, 7), to: reps(1, 6) },
          },
          WINDOW,
          {
            rule: 'pain-during',
            message: 'kettlebell-walk (overhead) on 2026-11-20: pain during 6/10, above 5/10 (red).',
            movement: 'kettlebell-walk',
            variant: 'overhead',
            date: '2026-11-20',
            value: 6,
            limit: 5,
            source: 'pain-monitoring model: Silbernagel, Thomeé, Eriksson, Karlsson 2007, Am J Sports Med 35:897',
            params: { movement: 'kettlebell-walk (overhead)', date: '2026-11-20', time: '', pain: 6, limit: 5, zone: 'red' },
          },
        ],
      },
    })
    const green = decide({ movement: 'kettlebell-walk', variant: 'by-the-side', sessions: walks, mornings: calmMornings(-2, 0) })
    expect(green._tag === 'Right' && green.right).toMatchObject({ variant: 'by-the-side', action: 'progress', dose: reps(1, 8) })
    expect(green._tag === 'Right' && green.right.reasons.slice(1)).toEqual([WINDOW])
  })

  it('reads its own verdict, not that of another movement done in the week', () => {
    // cat-camel comes before hip-bridge in the catalog and went into the red; hip-bridge stayed green.
    const week = [session(-1, 'cat-camel', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 7))]
    const result = decide({ movement: 'hip-bridge', sessions: week, mornings: calmMornings(0) })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'progress', dose: reps(1, 8) })
  })

  it('answers the red of the day the ceiling names for the variant, not the day before', () => {
    const today = [
      session(-1, 'kettlebell-walk', reps(1, 6), { variant: 'overhead' }),
      session(0, 'kettlebell-walk', reps(1, 7), { variant: 'overhead', time: '08:00', painDuring: 6 }),
      session(0, 'kettlebell-walk', reps(1, 6), { variant: 'overhead', time: '13:00' }),
    ]
    const result = decide({ movement: 'kettlebell-walk', variant: 'overhead', sessions: today, mornings: calmMornings(0) })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
    expect(result._tag === 'Right' && result.right.reasons[0]?.message).toBe('kettlebell-walk (overhead) went into the red at 1 x 7: stay at 1 x 6, below it.')
  })

  it('judges a last session older than the window on its own, still under the ceiling\'s cap', () => {
    // A deadbug done 10 days ago and nothing logged since: its settling was never shown, and nothing in the week shows a step up is safe.
    expect(rules({ movement: 'deadbug', sessions: [session(-10, 'deadbug', hold(30))] })).toEqual(['ladder-hold', 'window', 'no-recent-logs', 'unproven-settling'])
    expect(decide({ movement: 'deadbug', sessions: [session(-10, 'deadbug', hold(30))] })).toMatchObject({ _tag: 'Right', right: { action: 'hold', dose: hold(30) } })
  })

  it('holds, with the ceiling\'s reasons after its own, when a morning is amber', () => {
    expect(rules({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 6))], mornings: [{ date: TODAY, backPain: 2 }] })).toEqual([
      'ladder-hold',
      'window',
      'morning-rise',
      'next-morning',
    ])
  })

  it('pauses on repeated red, at the rung in use, with no dose', () => {
    const red = [session(-3, 'hip-bridge', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 6), { painDuring: 6 })]
    const result = decide({ movement: 'hip-bridge', sessions: red, mornings: calmMornings(-2, 0) })
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'Paused', movement: 'hip-bridge', resumeOn: day(7) })
    expect(result._tag === 'Left' && result.left.reasons[0]).toMatchObject({ rule: 'ceiling-pause', value: 2 })
    expect(result._tag === 'Left' && PausedSchema.safeParse(result.left).success).toBe(true)
  })

  it('refers from the rung in use when the ceiling says stop', () => {
    const result = decide({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7), { painDuring: 8 })], mornings: calmMornings(0) })
    expect(result._tag === 'Left' && result.left.reasons[0]).toEqual({
      rule: 'ceiling-stop',
      message: `hip-bridge is at 1 x 7, rung 3 of 11; the ceiling says stop and see a clinician. ${ADVICE}`,
      movement: 'hip-bridge',
      value: 3,
      limit: 11,
      source: REHAB_SOURCE,
      params: { movement: 'hip-bridge', atDose: reps(1, 7), rung: 3, rungs: 11, started: true },
    })
    expect(result._tag === 'Left' && result.left.reasons.map((reason) => reason.rule)).toEqual(['ceiling-stop', 'window', 'refer-pain', 'pain-during'])
  })
})
