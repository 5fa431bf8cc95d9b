import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  InvalidInputSchema,
  PlanRehabInputSchema,
  RehabPlanSchema,
  planRehab,
  screenIntake,
  selectRehabMovements,
  type Intake,
  type InvalidInput,
  type PlanRehabInput,
  type Referral,
  type RehabPlan,
} from '../../src/index.js'
import type { Either } from '../../src/_lib/either.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { clearedIntakeArbitrary, hasRedFlag, intakeArbitrary, noRedFlags, CLEAR_INTAKE } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'
import { DATE, frozenAnywhere, SEVEN } from '../support/selectionFixtures.js'

const assessment = {
  date: DATE,
  results: [
    { movement: 'hip-mobility', pain: 1 },
    { movement: 'cat-camel', pain: 2 },
    { movement: 'hip-bridge', pain: 0 },
    { movement: 'bird-dog', pain: 3 },
    { movement: 'side-plank-clam-shell', pain: 5 },
  ],
}
const intake: Intake = { age: 41, redFlags: noRedFlags() }
const flagged = (...flags: string[]): Intake => ({ age: 41, redFlags: { ...noRedFlags(), ...Object.fromEntries(flags.map((flag) => [flag, true])) } })

/** The referral screenIntake gives for an intake, which planRehab must pass on unchanged. */
const referralOf = (screened: Intake) => {
  const screening = screenIntake(screened)
  if (screening._tag !== 'Right' || screening.right._tag !== 'Referral') throw new Error('expected a referral')
  return screening.right
}

const issuesOf = (input: unknown) => {
  const result = planRehab(input as PlanRehabInput)
  if (result._tag !== 'Left' || result.left._tag !== 'InvalidInput') throw new Error(`expected InvalidInput, got ${JSON.stringify(result)}`)
  return result.left.issues
}

/** Whether an intake has a red flag: a sign answered yes, or new pain under 20 or over 50. */
describe('planRehab', () => {
  it('screens, then selects, and returns both', () => {
    const screening = screenIntake(intake)
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment })
    expect(planRehab({ intake, assessment })).toEqual({
      _tag: 'Right',
      right: { screening: screening._tag === 'Right' && screening.right, selection: selection._tag === 'Right' && selection.right },
    })
    const plan = planRehab({ intake, assessment })
    expect(plan._tag === 'Right' && plan.right.selection.selected.map((item) => item.movement)).toEqual(['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'])
  })

  it('selects with the options it is given', () => {
    const plan = planRehab({ intake, assessment, options: { painCeiling: 5 } })
    expect(plan._tag === 'Right' && [plan.right.selection.painCeiling, plan.right.selection.selected.length]).toEqual([5, 5])
  })

  it('ends with the screening referral, not a plan, when a red flag is present', () => {
    const result = planRehab({ intake: flagged('trauma'), assessment })
    expect(result).toEqual({ _tag: 'Left', left: referralOf(flagged('trauma')) })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'red-flag', urgency: 'soon' } })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.reasons.map((reason) => reason.rule)).toEqual(['red-flag'])
  })

  it('ends with a routine referral when too few movements are tolerable', () => {
    const result = planRehab({ intake, assessment, options: { painCeiling: 1 } })
    expect(result).toEqual(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling: 1 } }))
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'too-few-tolerable', urgency: 'routine' } })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.reasons.at(-1)?.value).toEqual(['hip-mobility', 'hip-bridge'])
  })

  // Safety before input hygiene (domain.md section 3): no malformed assessment or option can hide a red flag.
  it('refers on a red flag even when the assessment and the options are malformed', () => {
    const expected = { _tag: 'Left', left: referralOf(flagged('saddle-numbness')) }
    expect(planRehab({ intake: flagged('saddle-numbness'), assessment: { date: 'soon' }, options: { painCeiling: 99 } } as unknown as PlanRehabInput)).toEqual(expected)
    expect(planRehab({ intake: flagged('saddle-numbness'), assessment: null, options: 'strict' } as unknown as PlanRehabInput)).toEqual(expected)
    expect(planRehab({ intake: flagged('saddle-numbness'), assessment: { date: DATE, results: [{ movement: 'deadbug', pain: 1 }] } })).toEqual(expected)
    expect(expected.left.urgency).toBe('emergency')
  })

  it('refers on a red flag even when the assessment is left out', () => {
    expect(planRehab({ intake: flagged('fever') } as unknown as PlanRehabInput)).toEqual({ _tag: 'Left', left: referralOf(flagged('fever')) })
  })

  it('refers on age alone, over 50, whatever the assessment', () => {
    const older = { age: 51, redFlags: noRedFlags() }
    expect(planRehab({ intake: older, assessment: { date: DATE, results: [] } })).toEqual({ _tag: 'Left', left: referralOf(older) })
  })

  it('lists the problems of the intake, the assessment and the options together, each under its own path', () => {
    const { fever: _fever, ...unanswered } = noRedFlags()
    expect(
      issuesOf({
        intake: { age: 41, redFlags: unanswered },
        assessment: { date: DATE, results: [{ movement: 'hip-bridge', pain: 12 }] },
        options: { painCeiling: 9 },
      }),
    ).toEqual([
      { code: 'required', path: ['intake', 'redFlags', 'fever'], message: 'must be answered true or false: an unanswered red flag is never taken as "no"' },
      { code: 'too_big', path: ['assessment', 'results', 0, 'pain'], message: 'must be at most 10' },
      { code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' },
    ])
  })

  it('lists only the intake problems when the assessment is fine, and only the assessment problems when the intake is', () => {
    expect(issuesOf({ intake: { ...intake, age: 200 }, assessment: { date: DATE, results: SEVEN } })).toEqual([
      { code: 'too_big', path: ['intake', 'age'], message: 'must be at most 120' },
    ])
    expect(issuesOf({ intake, assessment: { date: DATE, results: [{ movement: 'hip-bridge', pain: 11 }] } })).toEqual([
      { code: 'too_big', path: ['assessment', 'results', 0, 'pain'], message: 'must be at most 10' },
    ])
    expect(issuesOf({ intake, assessment: { date: DATE, results: [{ movement: 'handstand', pain: 1 }] } })).toEqual([
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
    ])
  })

  it('checks an intake with a red flag before trusting it, and lists its problems with the others', () => {
    expect(issuesOf({ intake: { ...flagged('fever'), name: 'x' }, assessment: { date: DATE, results: [] } })).toEqual([
      { code: 'unknown_key', path: ['intake', 'name'], message: 'is not a known field' },
      { code: 'too_small', path: ['assessment', 'results'], message: 'must hold at least 1 item(s)' },
    ])
  })

  it('names a missing part and an unknown part of its input', () => {
    expect(issuesOf({ assessment, notes: 'x' })).toEqual([
      { code: 'required', path: ['intake'], message: 'is required' },
      { code: 'unknown_key', path: ['notes'], message: 'is not a known field' },
    ])
    expect(issuesOf({ assessment })).toEqual([{ code: 'required', path: ['intake'], message: 'is required' }])
  })

  it('refuses an unknown part of its input even when the intake is clear and everything else is valid', () => {
    expect(issuesOf({ intake, assessment, options: { painCeiling: 3 }, notes: 'x' })).toEqual([
      { code: 'unknown_key', path: ['notes'], message: 'is not a known field' },
    ])
  })

  it.each([[null], ['plan'], [7], [[]]])('answers %j with one issue at the root', (input) => {
    expect(issuesOf(input).map(({ path, message }) => ({ path, message }))).toEqual([{ path: [], message: 'must be an object' }])
  })

  it('answers hostile JavaScript values anywhere in the input with InvalidInput, never a throw', () => {
    for (const [name, value] of hostileValues()) {
      for (const input of [value, { intake: value, assessment }, { intake, assessment: value }, { intake, assessment, options: value }]) {
        const result = planRehab(input as PlanRehabInput)
        expect([name, result._tag === 'Left' && result.left._tag]).toEqual([name, 'InvalidInput'])
      }
    }
    expect(prototypeIsClean()).toBe(true)
  })
})

describe('planRehab: properties', () => {
  it('never plans for an intake with a red flag, whatever the assessment and options, and never refers a clear one for a red flag', () => {
    fc.assert(
      fc.property(intakeArbitrary, fc.oneof(assessmentArbitrary(), anyJson), fc.integer({ min: -2, max: 8 }), (anyIntake, anyAssessment, painCeiling) => {
        const result = planRehab({ intake: anyIntake, assessment: anyAssessment, options: { painCeiling } } as PlanRehabInput)
        const cause = result._tag === 'Left' && result.left._tag === 'Referral' ? result.left.cause : undefined
        if (hasRedFlag(anyIntake)) expect(result).toEqual({ _tag: 'Left', left: referralOf(anyIntake) })
        else expect(cause).not.toBe('red-flag')
      }),
      { numRuns: 200 },
    )
  })

  it('answers the same twice, changes nothing it was given, and gives plans that pass their own schema', () => {
    fc.assert(
      fc.property(clearedIntakeArbitrary, assessmentArbitrary(), fc.integer({ min: 0, max: 5 }), (anyIntake, anyAssessment, painCeiling) => {
        expectPure(planRehab, { intake: anyIntake, assessment: anyAssessment, options: { painCeiling } }, RehabPlanSchema)
      }),
      { numRuns: 100 },
    )
  })

  it('freezes nothing it was given', () => {
    fc.assert(
      fc.property(intakeArbitrary, assessmentArbitrary(), (anyIntake, anyAssessment) => {
        const input = { intake: anyIntake, assessment: anyAssessment, options: { painCeiling: 4 } }
        const before = structuredClone(input)
        planRehab(input)
        expect(frozenAnywhere(input)).toBe(false)
        expect(input).toEqual(before)
      }),
      { numRuns: 100 },
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    fc.assert(
      fc.property(anyJson, anyJson, (intakeJson, assessmentJson) => {
        for (const input of [intakeJson, { intake: intakeJson, assessment: assessmentJson }]) {
          const result = planRehab(input as PlanRehabInput)
          expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
        }
        expect(prototypeIsClean()).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('planRehab: its input schema and types', () => {
  it('describes its input as a schema', () => {
    expect(PlanRehabInputSchema.safeParse({ intake, assessment }).success).toBe(true)
    expect(PlanRehabInputSchema.safeParse({ intake, assessment, options: { painCeiling: 5 } }).success).toBe(true)
    expect(PlanRehabInputSchema.safeParse({ intake, assessment, options: { painCeiling: 6 } }).success).toBe(false)
    expect(PlanRehabInputSchema.safeParse({ intake, assessment, notes: '' }).success).toBe(false)
    expect(PlanRehabInputSchema.safeParse({ intake }).success).toBe(false)
    expect(PlanRehabInputSchema.safeParse({ intake: { age: 41 }, assessment }).success).toBe(false)
  })

  it('returns an Either of invalid input or a referral, or a plan', () => {
    expectTypeOf(planRehab).returns.toEqualTypeOf<Either<InvalidInput | Referral, RehabPlan>>()
  })
})
