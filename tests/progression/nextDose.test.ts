import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  DoseActionSchema,
  DoseDecisionSchema,
  NextDoseInputSchema,
  NextDoseOptionsSchema,
  PausedSchema,
  nextDose,
  type Dose,
  type DoseDecision,
  type NextDoseInput,
} from '../../src/index.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'
import { calmMornings, day, hold, reps, session, TODAY } from '../support/progressionCases.js'
import { CLEAR_INTAKE, clearedIntakeArbitrary, flaggedIntake, referralOf } from '../arbitraries/intake.js'

const base = { intake: CLEAR_INTAKE, movement: 'deadbug', sessions: [], mornings: [], baselinePain: 1, today: TODAY }

const decide = (input: Partial<NextDoseInput> & { movement: string }): DoseDecision => {
  const result = nextDose({ ...base, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a decision, got ${JSON.stringify(result.left)}`)
  return result.right
}
const issues = (input: unknown) => {
  const result = nextDose(input as NextDoseInput)
  return result._tag === 'Left' && result.left._tag === 'InvalidInput' ? result.left.issues : result
}

describe('nextDose: start doses (seed 000 and seed 004, domain section 5)', () => {
  it.each<[string, Dose]>([
    // seed 000: deadbug 2 sets of 20-30 s to start; the advanced hold starts again low.
    ['deadbug', hold(20)],
    ['advanced-iso-hold', hold(15)],
    // seed 000: hip thrust 1 set of 20; thoracic press 2 sets of 8-10; warm-ups 10-15 a side and 20 in total.
    ['hip-thrust', reps(1, 20)],
    ['thoracic-press', reps(2, 8)],
    ['back-mobility-warm-up', reps(1, 10, { perSide: true })],
    ['hamstring-mobility-warm-up', reps(1, 20)],
    // seed 004: squat 10-20 reps; raising the roof about 5.
    ['progressive-bodyweight-squat', reps(1, 10)],
    ['raising-the-roof', reps(1, 5)],
    // seed 001: rehab movements 1 set of 5, per side where the movement is.
    ['hip-bridge', reps(1, 5)],
    ['bird-dog', reps(1, 5, { perSide: true })],
  ])('starts %s at %j, today', (movement, dose) => {
    expect(decide({ movement })).toMatchObject({ movement, action: 'start', dose, nextEarliest: TODAY })
  })

  it('starts every movement of the built-in catalog', () => {
    for (const movement of BUILT_IN_CATALOG) expect(decide({ movement: movement.id }).action).toBe('start')
  })
})

describe('nextDose: the intake is screened first', () => {
  const started = { ...base, movement: 'hip-bridge', sessions: [session(-2, 'hip-bridge', reps(1, 5))], mornings: calmMornings(-1, 0) }

  it('refers an intake with an emergency red flag, with no dose', () => {
    const result = nextDose({ ...started, intake: flaggedIntake() })
    expect(result).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' } })
  })

  it('refers it also when the rest of the input is malformed or missing', () => {
    for (const input of [
      { intake: flaggedIntake() },
      { ...started, intake: flaggedIntake(), movement: 'handstand', baselinePain: 11 },
      { ...started, intake: flaggedIntake(), sessions: 'none', extra: 1 },
    ]) {
      expect(nextDose(input as NextDoseInput)).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    }
  })

  it('lists an invalid intake under intake, first, with the other problems', () => {
    expect(issues({ ...started, intake: { ...CLEAR_INTAKE, age: 121 }, baselinePain: 11 })).toEqual([
      { code: 'too_big', path: ['intake', 'age'], message: 'must be at most 120' },
      { code: 'too_big', path: ['baselinePain'], message: 'must be at most 10' },
    ])
    const { intake: _intake, ...withoutIntake } = started
    expect(issues(withoutIntake)).toEqual([{ code: 'required', path: ['intake'], message: 'is required' }])
  })

  it('decides as before for any intake the screening clears', () => {
    expect(decide(started)).toMatchObject({ action: 'progress', dose: reps(1, 6) })
    fc.assert(
      fc.property(clearedIntakeArbitrary, (intake) => {
        expect(nextDose({ ...started, intake })).toEqual(nextDose(started))
      }),
      { numRuns: 50 },
    )
  })
})

describe('nextDose: Left for a stop, never with a dose', () => {
  it('refers a movement not started yet when the ceiling says stop', () => {
    const result = nextDose({ ...base, mornings: [{ date: TODAY, backPain: 8 }] })
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'Referral', cause: 'ceiling', urgency: 'soon' })
    expect(result._tag === 'Left' && 'dose' in result.left).toBe(false)
  })

  it('refers on pain of 8 or more during a session, and on red across two movements in a day', () => {
    const severe = nextDose({ ...base, movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7), { painDuring: 8 })], mornings: calmMornings(0) })
    expect(severe._tag === 'Left' && severe.left._tag === 'Referral' && severe.left.reasons.map((reason) => reason.rule)).toEqual([
      'ceiling-stop',
      'window',
      'refer-pain',
      'pain-during',
    ])
    const acrossMovements = [
      session(-4, 'deadbug', hold(25)),
      session(-1, 'bird-dog', reps(1, 5, { perSide: true }), { painDuring: 6 }),
      session(-1, 'cat-camel', reps(1, 5), { painDuring: 6 }),
    ]
    const across = nextDose({ ...base, sessions: acrossMovements, mornings: calmMornings(-3, 0) })
    expect(across._tag === 'Left' && across.left).toMatchObject({ _tag: 'Referral', cause: 'ceiling' })
    expect(across._tag === 'Left' && across.left._tag === 'Referral' && across.left.reasons.map((reason) => reason.rule)).toContain('refer-red-movements')
  })

  it('does not refer at pain 7 during a session, which is red but not severe', () => {
    const result = nextDose({ ...base, movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(1, 7), { painDuring: 7 })], mornings: calmMornings(0) })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'step-down', dose: reps(1, 6) })
  })

  it('refers at a lower pain when the referPain option asks', () => {
    const result = nextDose({
      ...base,
      movement: 'hip-bridge',
      sessions: [session(-1, 'hip-bridge', reps(1, 7), { painDuring: 6 })],
      mornings: calmMornings(0),
      options: { referPain: 6 },
    })
    expect(result._tag === 'Left' && result.left._tag).toBe('Referral')
  })

  it('pauses a movement red twice, with a week\'s rest and no dose', () => {
    const red = [session(-3, 'hip-bridge', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 6), { painDuring: 6 })]
    const result = nextDose({ ...base, movement: 'hip-bridge', sessions: red, mornings: calmMornings(-2, 0) })
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'Paused', movement: 'hip-bridge', resumeOn: day(7) })
    expect(result._tag === 'Left' && PausedSchema.safeParse(result.left).success).toBe(true)
  })
})

describe('nextDose: a step up needs the last session green, completed and settled (domain section 5)', () => {
  it('does not step up after a red session that has fallen out of the week the ceiling looks at', () => {
    // Done 8 days ago at pain 6/10 (red), nothing since but a calm morning today.
    const decision = decide({ movement: 'hip-bridge', sessions: [session(-8, 'hip-bridge', reps(1, 7), { painDuring: 6 })], mornings: calmMornings(0) })
    expect(['progress', 'advance']).not.toContain(decision.action)
  })

  it('does not step up after an old session whose next morning was never checked', () => {
    const decision = decide({ movement: 'hip-bridge', sessions: [session(-8, 'hip-bridge', reps(1, 7))], mornings: calmMornings(0) })
    expect(['progress', 'advance']).not.toContain(decision.action)
  })

  it('steps up after an old session that was green and settled', () => {
    expect(decide({ movement: 'hip-bridge', sessions: [session(-8, 'hip-bridge', reps(1, 7))], mornings: calmMornings(-7, 0) })).toMatchObject({
      action: 'progress',
      dose: reps(1, 8),
    })
  })
})

describe('nextDose: invalid input', () => {
  const press = (extra = {}) => session(-1, 'thoracic-press', reps(2, 8), extra)

  it('names the movement, the variant and each option at fault', () => {
    expect(issues({ ...base, movement: 'handstand' })).toEqual([{ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }])
    expect(issues({ ...base, variant: 'x' })).toEqual([{ code: 'not_in_catalog', path: ['variant'], message: '"deadbug" has no variants' }])
    expect(issues({ ...base, movement: 'kettlebell-walk', variant: 'x' })).toEqual([
      {
        code: 'not_in_catalog',
        path: ['variant'],
        message: '"x" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
      },
    ])
    // ACSM 2009: load steps of 2-10%.
    expect(issues({ ...base, options: { loadStepPercent: 11 } })).toEqual([{ code: 'too_big', path: ['options', 'loadStepPercent'], message: 'must be at most 10' }])
    expect(issues({ ...base, options: { loadStepPercent: 1 } })).toEqual([{ code: 'too_small', path: ['options', 'loadStepPercent'], message: 'must be at least 2' }])
    expect(issues({ ...base, options: { loadStepPercent: 5.5 } })).toEqual([{ code: 'invalid_type', path: ['options', 'loadStepPercent'], message: 'must be a whole number' }])
    expect(issues({ ...base, options: { catalog: 'mine' } })).toEqual([{ code: 'invalid_type', path: ['options', 'catalog'], message: 'must be a list' }])
  })

  it('accepts a load step of 2% and of 10%', () => {
    for (const loadStepPercent of [2, 10]) expect(nextDose({ ...base, options: { loadStepPercent } })._tag).toBe('Right')
  })

  it('names the log at fault', () => {
    expect(issues({ ...base, sessions: [press({ date: day(1) })] })).toEqual([{ code: 'after_today', path: ['sessions', 0, 'date'], message: `is after today (${TODAY})` }])
    expect(issues({ ...base, sessions: [press(), press({ painDuring: 11 })] })).toEqual([
      { code: 'too_big', path: ['sessions', 1, 'painDuring'], message: 'must be at most 10' },
    ])
    expect(issues({ ...base, mornings: [{ date: day(-1), backPain: 1 }, { date: day(-1), backPain: 2 }] })).toEqual([
      { code: 'duplicate', path: ['mornings', 1, 'date'], message: `${day(-1)} already has a morning check, at mornings.0` },
    ])
  })

  it('names the fields themselves', () => {
    expect(issues({ ...base, today: '2026-02-30' })).toEqual([{ code: 'invalid_format', path: ['today'], message: 'must be a calendar date written YYYY-MM-DD' }])
    expect(issues({ ...base, baselinePain: 11 })).toEqual([{ code: 'too_big', path: ['baselinePain'], message: 'must be at most 10' }])
    expect(issues({ ...base, extra: 1 })).toEqual([{ code: 'unknown_key', path: ['extra'], message: 'is not a known field' }])
    expect(issues({ movement: 'deadbug' })).toEqual([
      { code: 'required', path: ['intake'], message: 'is required' },
      { code: 'required', path: ['sessions'], message: 'is required' },
      { code: 'required', path: ['mornings'], message: 'is required' },
      { code: 'required', path: ['baselinePain'], message: 'is required' },
      { code: 'required', path: ['today'], message: 'is required' },
    ])
    expect(issues(null)).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
  })

  it('refuses an assessment alone when everything else is fine', () => {
    expect(issues({ ...base, assessment: { date: TODAY, results: [{ movement: 'handstand', pain: 1 }] } })).toEqual([
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
    ])
  })

  it('lists the assessment\'s problems before the logs\'', () => {
    expect(
      issues({
        ...base,
        movement: 'hip-bridge',
        sessions: [session(1, 'hip-bridge', reps(1, 5))],
        assessment: { date: TODAY, results: [{ movement: 'deadbug', pain: 1 }] },
      }),
    ).toEqual([
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' },
      { code: 'after_today', path: ['sessions', 0, 'date'], message: `is after today (${TODAY})` },
    ])
  })

  it('lists the movement, the assessment and the logs problems together, in that order', () => {
    expect(
      issues({
        ...base,
        movement: 'handstand',
        sessions: [session(1, 'hip-bridge', reps(1, 5))],
        mornings: [{ date: day(1), backPain: 1 }],
        assessment: { date: TODAY, results: [{ movement: 'deadbug', pain: 1 }] },
      }),
    ).toEqual([
      { code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' },
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' },
      { code: 'after_today', path: ['sessions', 0, 'date'], message: `is after today (${TODAY})` },
      { code: 'after_today', path: ['mornings', 0, 'date'], message: `is after today (${TODAY})` },
    ])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_, value) => {
    for (const input of [value, { ...base, sessions: value }, { ...base, options: value }]) {
      const result = nextDose(input as NextDoseInput)
      expect(result._tag === 'Left' && result.left._tag).toBe('InvalidInput')
    }
    expect(prototypeIsClean()).toBe(true)
  })
})

describe('nextDose: its schemas', () => {
  it('describes its input and options', () => {
    expect(NextDoseInputSchema.safeParse(base).success).toBe(true)
    expect(NextDoseInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 2 }).success).toBe(true)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 10, referPain: 6 }).success).toBe(true)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 1 }).success).toBe(false)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 5.5 }).success).toBe(false)
  })

  it('describes a decision that always carries a dose and at least one reason', () => {
    const decision = decide({ movement: 'hip-bridge' })
    expect(DoseDecisionSchema.safeParse(decision).success).toBe(true)
    const { dose: _dose, ...withoutDose } = decision
    expect(DoseDecisionSchema.safeParse(withoutDose).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision, reasons: [] }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision, substitute: { movement: 'bird-dog', pain: 2 } }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision, harderForm: { movement: 'kettlebell-walk', variant: 'bottoms-up' } }).success).toBe(true)
    expect(DoseDecisionSchema.safeParse({ ...decision, advanceTo: { movement: 'x', extra: 1 } }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision, nextEarliest: 'tomorrow' }).success).toBe(false)
  })

  it('takes the five actions of a dose, and neither a pause nor a referral', () => {
    for (const action of ['start', 'progress', 'hold', 'step-down', 'advance']) expect(DoseActionSchema.safeParse(action).success).toBe(true)
    for (const action of ['pause', 'stop-and-refer']) expect(DoseActionSchema.safeParse(action).success).toBe(false)
  })

  it('describes a pause that never carries a dose', () => {
    const paused = { _tag: 'Paused', movement: 'hip-bridge', resumeOn: day(7), reasons: [{ rule: 'ceiling-pause', message: 'paused' }] }
    expect(PausedSchema.safeParse(paused).success).toBe(true)
    expect(PausedSchema.safeParse({ ...paused, substitute: { movement: 'bird-dog', pain: 2 } }).success).toBe(true)
    expect(PausedSchema.safeParse({ ...paused, substitute: { movement: 'bird-dog' } }).success).toBe(false)
    expect(PausedSchema.safeParse({ ...paused, dose: reps(1, 5) }).success).toBe(false)
    expect(PausedSchema.safeParse({ ...paused, reasons: [] }).success).toBe(false)
  })
})
