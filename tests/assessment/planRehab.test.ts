import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  InvalidInputSchema,
  RehabPlanSchema,
  planRehab,
  type Assessment,
  type Intake,
  type PlanRehabInput,
} from '../../src/index.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { clearedIntakeArbitrary, intakeArbitrary, noRedFlags } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }

const assessment: Assessment = {
  date: '2026-11-02',
  results: [
    { movement: 'hip-mobility', pain: 1 },
    { movement: 'cat-camel', pain: 2 },
    { movement: 'hip-bridge', pain: 0 },
    { movement: 'bird-dog', pain: 3 },
    { movement: 'side-plank-clam-shell', pain: 5 },
  ],
}
const intake: Intake = { age: 41, redFlags: noRedFlags() }

describe('planRehab', () => {
  it('screens, then selects', () => {
    const result = planRehab({ intake, assessment })
    expect(result._tag === 'Right' && result.right.screening).toMatchObject({ _tag: 'Cleared', risk: 'unknown' })
    expect(result._tag === 'Right' && result.right.selection.selected.map((item) => item.movement)).toEqual([
      'hip-mobility',
      'cat-camel',
      'hip-bridge',
      'bird-dog',
    ])
  })

  it('ends with the referral, not a plan, when a red flag is present', () => {
    const result = planRehab({ intake: { ...intake, redFlags: { ...noRedFlags(), trauma: true } }, assessment })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', urgency: 'soon', flags: ['trauma'] } })
  })

  it('ends with NotEnoughTolerableMovements when too few are tolerable', () => {
    const result = planRehab({ intake, assessment }, { painCeiling: 1 })
    expect(result._tag === 'Left' && result.left._tag).toBe('NotEnoughTolerableMovements')
  })

  it('lists the problems of the intake, the assessment and the options together, each under its own path', () => {
    const { fever: _fever, ...unanswered } = noRedFlags()
    const result = planRehab(
      {
        intake: { age: 41, redFlags: unanswered } as unknown as Intake,
        assessment: { date: '2026-11-02', results: [{ movement: 'hip-bridge', pain: 12 }] },
      },
      { painCeiling: 9 },
    )
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues).toEqual([
      { path: 'intake.redFlags.fever', message: 'must be answered true or false: an unanswered red flag is never taken as "no"' },
      { path: 'assessment.results.0.pain', message: 'must be at most 10' },
      { path: 'options.painCeiling', message: 'must be at most 5' },
    ])
  })

  it('names a missing part and an unknown part of its input', () => {
    const result = planRehab({ assessment, notes: 'x' } as unknown as PlanRehabInput)
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues).toEqual([
      { path: 'intake', message: 'is required' },
      { path: 'notes', message: 'is not a known field' },
    ])
    const missing = planRehab({ assessment } as unknown as PlanRehabInput)
    expect(missing._tag === 'Left' && missing.left._tag === 'InvalidInput' && missing.left.issues).toEqual([
      { path: 'intake', message: 'is required' },
    ])
  })

  it('refers on a red flag even when the assessment and options are malformed', () => {
    const result = planRehab(
      { intake: { ...intake, redFlags: { ...noRedFlags(), 'saddle-numbness': true } }, assessment: { date: 'soon' } as unknown as Assessment },
      { painCeiling: 99 },
    )
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', urgency: 'emergency' } })
  })

  test.prop([intakeArbitrary, fc.oneof(assessmentArbitrary(), anyJson), fc.integer({ min: -2, max: 8 })], RUNS)(
    'never plans for a flagged intake, whatever the assessment and options, even malformed ones',
    (anyIntake, anyAssessment, painCeiling) => {
      const flagged = Object.values(anyIntake.redFlags).some(Boolean) || anyIntake.age < 20 || anyIntake.age > 50
      const result = planRehab({ intake: anyIntake, assessment: anyAssessment as Assessment }, { painCeiling })
      if (flagged) expect(result._tag === 'Left' && result.left._tag).toBe('Referral')
      else expect(result._tag === 'Left' && result.left._tag).not.toBe('Referral')
    },
  )

  test.prop([clearedIntakeArbitrary, assessmentArbitrary()], RUNS)(
    'is deterministic, leaves its input unchanged and gives plans that pass their own schema',
    (anyIntake, anyAssessment) => {
      expectPure(planRehab, { intake: anyIntake, assessment: anyAssessment }, RehabPlanSchema)
    },
  )

  test.prop([anyJson, anyJson], RUNS)('answers arbitrary JSON with InvalidInput, never a throw', (intakeJson, assessmentJson) => {
    for (const input of [intakeJson, { intake: intakeJson, assessment: assessmentJson }]) {
      const result = planRehab(input as PlanRehabInput)
      expect(result._tag === 'Left' && result.left._tag).toBe('InvalidInput')
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})
