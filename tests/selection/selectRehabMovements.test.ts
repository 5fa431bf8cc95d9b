import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  InvalidInputSchema,
  parseCatalog,
  ReferralSchema,
  RehabSelectionSchema,
  SelectRehabMovementsInputSchema,
  selectRehabMovements,
  type Assessment,
  type InvalidInput,
  type Referral,
  type RehabSelection,
  type SelectRehabMovementsInput,
} from '../../src/index.js'
import type { Either } from '../../src/_lib/either.js'
import { assessmentArbitrary, catalogArbitrary, scorableEntries } from '../arbitraries/assessment.js'
import { anyJson } from '../arbitraries/json.js'
import { deepFreeze, jsonRoundTrip } from '../support/deepFreeze.js'
import { expectPure } from '../support/expectPure.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'
import { allAt, ASSESSMENT_MOVEMENTS, DATE, frozenAnywhere, SEVEN } from '../support/selectionFixtures.js'
import { bruteForceSelection, familiesOf, keyOf } from '../support/selectionOracle.js'
import { CLEAR_INTAKE, clearedIntakeArbitrary, flaggedIntake, noRedFlags, referralOf } from '../arbitraries/intake.js'

const ceilingArbitrary = fc.integer({ min: 0, max: 5 })

const select = (results: Assessment['results'], options?: SelectRehabMovementsInput['options']) =>
  selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results }, ...(options === undefined ? {} : { options }) })

const selectedIds = (result: ReturnType<typeof selectRehabMovements>): string[] =>
  result._tag === 'Right' ? result.right.selected.map((item) => item.movement) : []

/** The input with a clear intake added when it is an object without one: most tests here are about the other fields. */
const withIntake = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && !Object.hasOwn(input, 'intake') ? { intake: CLEAR_INTAKE, ...input } : input

const issuesOf = (input: unknown) => {
  const result = selectRehabMovements(withIntake(input) as SelectRehabMovementsInput)
  if (result._tag !== 'Left' || result.left._tag !== 'InvalidInput') throw new Error(`expected InvalidInput, got ${JSON.stringify(result)}`)
  return result.left.issues
}

const assessmentIssues = (assessment: unknown) => issuesOf({ assessment })

describe('selectRehabMovements: the seed 001 rule', () => {
  // Seed 001 (001_2a2f85c75c354375.txt; domain.md section 2, step 2): a pain not higher than 3 is eligible.
  it('keeps pain 3 and leaves out pain 4 by default', () => {
    const result = select([
      { movement: 'hip-mobility', pain: 3 },
      { movement: 'cat-camel', pain: 4 },
      { movement: 'hip-bridge', pain: 3 },
      { movement: 'bird-dog', pain: 3 },
      { movement: 'side-plank-clam-shell', pain: 3 },
    ])
    expect(selectedIds(result)).toEqual(['hip-mobility', 'hip-bridge', 'side-plank-clam-shell', 'bird-dog'])
    expect(result._tag === 'Right' && result.right.excluded.map((item) => [item.movement, item.reason.rule, item.reason.value, item.reason.limit])).toEqual([
      ['cat-camel', 'pain-ceiling', 4, 3],
    ])
    expect(result._tag === 'Right' && result.right.painCeiling).toBe(3)
  })

  // Seed 001 (domain.md section 2, step 3): choose 4-5 movements.
  it('chooses five when five or more are eligible, and four when exactly four are', () => {
    expect(selectedIds(select(allAt(1)))).toHaveLength(5)
    expect(selectedIds(select(allAt(1, ASSESSMENT_MOVEMENTS.slice(0, 5))))).toHaveLength(5)
    expect(selectedIds(select(allAt(1, ASSESSMENT_MOVEMENTS.slice(0, 4))))).toEqual(ASSESSMENT_MOVEMENTS.slice(0, 4))
  })

  // Seed 001 (domain.md section 2, step 5) and seed 003: fewer than 4 eligible is no plan; see a clinician.
  it('refers routinely, naming the eligible movements, when only three are eligible', () => {
    const result = select([
      { movement: 'hip-mobility', pain: 2 },
      { movement: 'cat-camel', pain: 0 },
      { movement: 'hip-bridge', pain: 3 },
      { movement: 'bird-dog', pain: 4 },
      { movement: 'side-plank-clam-shell', pain: 7 },
    ])
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'too-few-tolerable', urgency: 'routine' } })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.reasons.find((reason) => reason.rule === 'too-few-tolerable')?.value).toEqual([
      'hip-mobility',
      'cat-camel',
      'hip-bridge',
    ])
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.advice).toMatch(/doctor or physiotherapist/)
  })

  // Seed 001 (domain.md section 2, step 4; section 5): 5-10 reps, 1-2 sets, 3 times a day, from 1 x 5.
  it('doses every chosen movement at 5-10 reps in 1-2 sets, 3 times a day, starting at 1 x 5', () => {
    const result = select(allAt(0))
    expect(result._tag === 'Right' && result.right.selected.map(({ reps, sets, timesPerDay, start }) => ({ reps, sets, timesPerDay, startSets: start.sets, startReps: start.reps }))).toEqual(
      Array(5).fill({ reps: { min: 5, max: 10 }, sets: { min: 1, max: 2 }, timesPerDay: 3, startSets: 1, startReps: 5 }),
    )
  })

  it('counts the start per side for a movement done one side at a time', () => {
    const result = select(allAt(0, ['bird-dog', 'hip-bridge', 'cat-camel', 'hip-mobility']))
    const starts = result._tag === 'Right' ? Object.fromEntries(result.right.selected.map((item) => [item.movement, item.start])) : {}
    expect(starts).toEqual({
      'hip-mobility': { kind: 'reps', sets: 1, reps: 5 },
      'cat-camel': { kind: 'reps', sets: 1, reps: 5 },
      'hip-bridge': { kind: 'reps', sets: 1, reps: 5 },
      'bird-dog': { kind: 'reps', sets: 1, reps: 5, perSide: true },
    })
  })

  it('gives the reasons of the choice in a fixed order', () => {
    const result = select(SEVEN)
    expect(result._tag === 'Right' && result.right.reasons.map((reason) => reason.rule)).toEqual([
      'pain-ceiling',
      'selection-size',
      'focus-coverage',
      'total-pain',
      'rehab-dose',
    ])
    expect(result._tag === 'Right' && result.right.excluded.map((item) => item.reason.rule)).toEqual(['pain-ceiling', 'same-movement'])
  })
})

describe('selectRehabMovements: the intake is screened first', () => {
  const assessment = { date: DATE, results: SEVEN }

  it('refers an intake with an emergency red flag: no movement is chosen', () => {
    const result = selectRehabMovements({ intake: flaggedIntake(), assessment })
    expect(result).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' } })
  })

  it('refers it also when the rest of the input is malformed or missing', () => {
    for (const input of [
      { intake: flaggedIntake() },
      { intake: flaggedIntake(), assessment: { date: '2026-02-30', results: [{ movement: 'handstand', pain: 11 }] } },
      { intake: flaggedIntake(), assessment, options: { painCeiling: 9 }, notes: 'x' },
    ]) {
      expect(selectRehabMovements(input as SelectRehabMovementsInput)).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    }
  })

  it('lists an invalid intake under intake, first, with the other problems', () => {
    expect(issuesOf({ intake: { ...CLEAR_INTAKE, age: 121 }, assessment, options: { painCeiling: 6 } })).toEqual([
      { code: 'too_big', path: ['intake', 'age'], message: 'must be at most 120' },
      { code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' },
    ])
    expect(issuesOf({ intake: undefined, assessment })).toEqual([{ code: 'required', path: ['intake'], message: 'is required' }])
  })

  it('chooses as before for any intake the screening clears', () => {
    expect(selectedIds(selectRehabMovements({ intake: CLEAR_INTAKE, assessment }))).toEqual(selectedIds(select(SEVEN)))
    expect(selectedIds(select(SEVEN))).toHaveLength(5)
    fc.assert(
      fc.property(clearedIntakeArbitrary, (intake) => {
        expect(selectRehabMovements({ intake, assessment })).toEqual(select(SEVEN))
      }),
      { numRuns: 50 },
    )
  })
})

describe('selectRehabMovements: the pain ceiling option', () => {
  const results = ASSESSMENT_MOVEMENTS.map((movement, index) => ({ movement, pain: index % 6 }))

  // Clinical bound (pain-monitoring model, domain.md section 2): a caller may set 0-5, never higher.
  it('accepts each whole number from 0 to 5, and refers when it leaves fewer than four', () => {
    const answers = [0, 1, 2, 3, 4, 5].map((painCeiling) => {
      const result = select(results, { painCeiling })
      return result._tag === 'Right' ? [result.right.painCeiling, result.right.selected.length] : [result.left._tag === 'Referral' && result.left.cause]
    })
    // Pains 0-5 then 0-3: two movements at each of 0-3 and one at each of 4 and 5.
    expect(answers).toEqual([['too-few-tolerable'], [1, 4], [2, 5], [3, 5], [4, 5], [5, 5]])
  })

  it.each([
    [6, 'too_big', 'must be at most 5'],
    [-1, 'too_small', 'must be at least 0'],
  ])('refuses a ceiling of %j', (painCeiling, code, message) => {
    expect(issuesOf({ assessment: { date: DATE, results }, options: { painCeiling } })).toEqual([{ code, path: ['options', 'painCeiling'], message }])
  })

  it.each([
    [2.5, 'must be a whole number'],
    ['3', 'must be a number'],
  ])('refuses a ceiling of %j as the wrong type', (painCeiling, message) => {
    expect(issuesOf({ assessment: { date: DATE, results }, options: { painCeiling } }).map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['options', 'painCeiling'], message },
    ])
  })

  it('refuses unknown options and options that are not an object', () => {
    expect(issuesOf({ assessment: { date: DATE, results }, options: { ceiling: 4 } })).toEqual([
      { code: 'unknown_key', path: ['options', 'ceiling'], message: 'is not a known field' },
    ])
    expect(issuesOf({ assessment: { date: DATE, results }, options: null }).map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['options'], message: 'must be an object' },
    ])
  })
})

describe('selectRehabMovements: invalid input', () => {
  const valid = { movement: 'hip-bridge', pain: 1 }

  it.each([
    ['pain above 10', { movement: 'hip-bridge', pain: 11 }, 'pain', 'too_big', 'must be at most 10'],
    ['pain below 0', { movement: 'hip-bridge', pain: -1 }, 'pain', 'too_small', 'must be at least 0'],
    ['pain missing', { movement: 'hip-bridge' }, 'pain', 'required', 'is required'],
    ['an empty movement', { movement: '', pain: 1 }, 'movement', 'too_small', 'must not be empty'],
    ['a movement id past 64 characters', { movement: 'x'.repeat(65), pain: 1 }, 'movement', 'too_big', 'must be at most 64 characters'],
    ['an empty variant', { movement: 'hip-bridge', variant: '', pain: 1 }, 'variant', 'too_small', 'must not be empty'],
    ['an unknown field', { movement: 'hip-bridge', pain: 1, note: 'x' }, 'note', 'unknown_key', 'is not a known field'],
  ])('names the field for %s', (_, result, field, code, message) => {
    expect(assessmentIssues({ date: DATE, results: [result] })).toEqual([{ code, path: ['assessment', 'results', 0, field], message }])
  })

  it.each([
    ['pain not a whole number', 2.5, 'must be a whole number'],
    ['pain as text', '2', 'must be a number'],
  ])('names the field for %s', (_, pain, message) => {
    expect(assessmentIssues({ date: DATE, results: [{ movement: 'hip-bridge', pain }] }).map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['assessment', 'results', 0, 'pain'], message },
    ])
  })

  // A value that is there but of the wrong kind is not a missing value: an app highlights the two differently.
  it('reports a value of the wrong type as invalid_type, and only a missing one as required', () => {
    expect(assessmentIssues({ date: DATE, results: [{ movement: 'hip-bridge', pain: '2' }] })).toEqual([
      { code: 'invalid_type', path: ['assessment', 'results', 0, 'pain'], message: 'must be a number' },
    ])
    expect(issuesOf({ assessment: 'scores' })).toEqual([{ code: 'invalid_type', path: ['assessment'], message: 'must be an object' }])
    expect(issuesOf({})).toEqual([{ code: 'required', path: ['assessment'], message: 'is required' }])
  })

  it('names every problem of the shape at once', () => {
    expect(assessmentIssues({ date: '2026-02-30', results: [valid, { movement: 'cat-camel', pain: 12 }], extra: true })).toEqual([
      { code: 'invalid_format', path: ['assessment', 'date'], message: 'must be a calendar date written YYYY-MM-DD' },
      { code: 'too_big', path: ['assessment', 'results', 1, 'pain'], message: 'must be at most 10' },
      { code: 'unknown_key', path: ['assessment', 'extra'], message: 'is not a known field' },
    ])
  })

  it.each(['2026-13-01', '2026-2-3', '02/11/2026', '2026-11-02T10:00:00Z', ''])('refuses the date %j', (date) => {
    expect(assessmentIssues({ date, results: [valid] })).toEqual([
      { code: 'invalid_format', path: ['assessment', 'date'], message: 'must be a calendar date written YYYY-MM-DD' },
    ])
  })

  it('takes dates from 1900-01-01 to 2999-12-31 only', () => {
    const message = 'must be a date from 1900-01-01 to 2999-12-31'
    expect(assessmentIssues({ date: '1899-12-31', results: [valid] })).toEqual([{ code: 'too_small', path: ['assessment', 'date'], message }])
    expect(assessmentIssues({ date: '3000-01-01', results: [valid] })).toEqual([{ code: 'too_big', path: ['assessment', 'date'], message }])
    for (const date of ['1900-01-01', '2999-12-31']) expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date, results: allAt(1) } })._tag).toBe('Right')
  })

  it('checks movements and variants against the catalog, and refuses the same one twice', () => {
    expect(
      assessmentIssues({
        date: DATE,
        results: [
          { movement: 'handstand', pain: 1 },
          { movement: 'deadbug', pain: 1 },
          { movement: 'kettlebell-walk', variant: 'overhead', pain: 1 },
          { movement: 'kettlebell-walk', pain: 1 },
          { movement: 'kettlebell-walk', variant: 'overhead', pain: 2 },
        ],
      }),
    ).toEqual([
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
      { code: 'not_in_catalog', path: ['assessment', 'results', 1, 'movement'], message: '"deadbug" is not an assessment movement' },
      { code: 'duplicate', path: ['assessment', 'results', 4], message: 'kettlebell-walk (overhead) is already scored at results.2' },
    ])
  })

  it.each([[null], ['assessment'], [42], [true], [[]]])('answers %j with one issue at the root', (input) => {
    expect(issuesOf(input).map(({ path, message }) => ({ path, message }))).toEqual([{ path: [], message: 'must be an object' }])
  })

  it('names a missing assessment and an unknown key of the input', () => {
    expect(issuesOf({ assesment: { date: DATE, results: [valid] } })).toEqual([
      { code: 'required', path: ['assessment'], message: 'is required' },
      { code: 'unknown_key', path: ['assesment'], message: 'is not a known field' },
    ])
  })

  it('refuses an unknown key of the input beside a valid assessment, naming that key alone', () => {
    expect(issuesOf({ assessment: { date: DATE, results: SEVEN }, options: { painCeiling: 3 }, notes: 'x' })).toEqual([
      { code: 'unknown_key', path: ['notes'], message: 'is not a known field' },
    ])
  })

  it('refuses an empty or over-long list without looking at its items', () => {
    expect(assessmentIssues({ date: DATE, results: [] })).toEqual([
      { code: 'too_small', path: ['assessment', 'results'], message: 'must hold at least 1 item(s)' },
    ])
    expect(assessmentIssues({ date: DATE, results: new Array(65).fill('x') })).toEqual([
      { code: 'too_big', path: ['assessment', 'results'], message: 'must hold at most 64 items' },
    ])
  })

  it('treats __proto__ and constructor as unknown fields and leaves Object.prototype alone', () => {
    const hostile = JSON.parse(
      '{"date":"2026-11-02","results":[{"movement":"hip-bridge","pain":1,"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}',
    )
    expect(assessmentIssues(hostile)).toEqual([
      { code: 'unknown_key', path: ['assessment', 'results', 0, '__proto__'], message: 'is not a known field' },
      { code: 'unknown_key', path: ['assessment', 'constructor'], message: 'is not a known field' },
    ])
    expect(prototypeIsClean()).toBe(true)
  })

  it('answers hostile JavaScript values anywhere in the input with InvalidInput, never a throw', () => {
    for (const [name, value] of hostileValues()) {
      const intake = CLEAR_INTAKE
      const inputs = [
        value,
        { intake: value, assessment: { date: DATE, results: allAt(1) } },
        { intake, assessment: value },
        { intake, assessment: { date: DATE, results: [value] } },
        { intake, assessment: { date: DATE, results: allAt(1) }, options: value },
        { intake, assessment: { date: DATE, results: allAt(1) }, options: { catalog: value } },
      ]
      for (const input of inputs) {
        const result = selectRehabMovements(input as SelectRehabMovementsInput)
        expect([name, result._tag === 'Left' && result.left._tag]).toEqual([name, 'InvalidInput'])
      }
    }
    expect(prototypeIsClean()).toBe(true)
  })
})

describe('selectRehabMovements: properties', () => {
  const catalogWithAssessment = catalogArbitrary.chain((catalog) => fc.tuple(fc.constant(catalog), assessmentArbitrary(catalog), ceilingArbitrary))
  const selectedKeys = (result: ReturnType<typeof selectRehabMovements>) => (result._tag === 'Right' ? result.right.selected.map(keyOf).sort() : undefined)

  it('chooses what a search over every subset of the built-in catalog chooses', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        expect(selectedKeys(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } }))).toEqual(
          bruteForceSelection(BUILT_IN_CATALOG, assessment.results, painCeiling),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('chooses what a search over every subset chooses, in app catalogs whose focus areas overlap', () => {
    fc.assert(
      fc.property(catalogWithAssessment, ([catalog, assessment, painCeiling]) => {
        const parsed = parseCatalog(catalog)
        if (parsed._tag === 'Left') throw new Error(`expected a catalog, got ${JSON.stringify(parsed.left)}`)
        expect(selectedKeys(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling, catalog: parsed.right } }))).toEqual(
          bruteForceSelection(catalog, assessment.results, painCeiling),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('chooses nothing above the pain ceiling', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } })
        const pains = result._tag === 'Right' ? result.right.selected.map((item) => item.pain) : []
        expect(pains.filter((pain) => pain > painCeiling)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('refers on a movement that hurt 8/10 or more, else chooses five, four or none by the different movements eligible, and names the eligible ones when none', () => {
    const catalogOrder = scorableEntries(BUILT_IN_CATALOG).map(keyOf)
    const familyOf = familiesOf(BUILT_IN_CATALOG)
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        const eligible = assessment.results.filter((result) => result.pain <= painCeiling)
        const distinct = new Set(eligible.map((result) => familyOf(result.movement))).size
        const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } })
        if (assessment.results.some((scored) => scored.pain >= 8)) {
          expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.cause).toBe('assessment-pain')
        } else if (distinct >= 4) {
          expect(result._tag === 'Right' && result.right.selected.length).toBe(Math.min(distinct, 5))
        } else {
          const names = [...eligible]
            .sort((a, b) => catalogOrder.indexOf(keyOf(a)) - catalogOrder.indexOf(keyOf(b)))
            .map((item) => (item.variant === undefined ? item.movement : `${item.movement} (${item.variant})`))
          expect(result._tag === 'Left' && result.left._tag === 'Referral' && [result.left.cause, result.left.reasons.at(-1)?.value]).toEqual([
            'too-few-tolerable',
            names,
          ])
        }
      }),
      { numRuns: 200 },
    )
  })

  it('never holds two variants of one movement, or a movement beside its harder form', () => {
    const familyOf = familiesOf(BUILT_IN_CATALOG)
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } })
        if (result._tag === 'Left') return
        const families = result.right.selected.map((item) => familyOf(item.movement))
        expect(new Set(families).size).toBe(families.length)
      }),
      { numRuns: 300 },
    )
  })

  it('accounts for every result exactly once, chosen or left out with the rule that left it out', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } })
        if (result._tag === 'Left') return
        expect([...result.right.selected, ...result.right.excluded].map(keyOf).sort()).toEqual(assessment.results.map(keyOf).sort())
        const familyOf = familiesOf(BUILT_IN_CATALOG)
        const chosenFamilies = new Set(result.right.selected.map((item) => familyOf(item.movement)))
        for (const item of result.right.excluded) {
          expect(item.reason.rule).toBe(item.pain > painCeiling ? 'pain-ceiling' : chosenFamilies.has(familyOf(item.movement)) ? 'same-movement' : 'not-chosen')
        }
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same answer whatever the order of the results', () => {
    const reordered = assessmentArbitrary().chain((assessment) =>
      fc.tuple(fc.constant(assessment), fc.shuffledSubarray([...assessment.results], { minLength: assessment.results.length }), ceilingArbitrary),
    )
    fc.assert(
      fc.property(reordered, ([assessment, results, painCeiling]) => {
        expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { ...assessment, results }, options: { painCeiling } })).toEqual(
          selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } }),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('answers the same twice, changes nothing it was given, and gives outputs that survive JSON and pass their schema', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), ceilingArbitrary, (assessment, painCeiling) => {
        const result = expectPure(selectRehabMovements, { intake: CLEAR_INTAKE, assessment, options: { painCeiling } }, RehabSelectionSchema)
        if (result._tag === 'Left') expect(ReferralSchema.safeParse(result.left).success).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('freezes nothing it was given, an app catalog included', () => {
    fc.assert(
      fc.property(catalogWithAssessment, ([catalog, assessment, painCeiling]) => {
        const input = { intake: { age: 38, redFlags: noRedFlags() }, assessment, options: { painCeiling, catalog } }
        const before = structuredClone(input)
        selectRehabMovements(input)
        expect(frozenAnywhere(input)).toBe(false)
        expect(input).toEqual(before)
      }),
      { numRuns: 100 },
    )
  })

  it('answers arbitrary JSON with a result that survives JSON, never a throw', () => {
    fc.assert(
      fc.property(anyJson, fc.oneof(fc.constant(undefined), anyJson), (assessment, options) => {
        const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options } as SelectRehabMovementsInput)
        if (result._tag === 'Left' && result.left._tag === 'InvalidInput') expect(InvalidInputSchema.safeParse(result.left).success).toBe(true)
        expect(jsonRoundTrip(result)).toEqual(result)
        expect(prototypeIsClean()).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('answers a deep-frozen input as it answers the same input unfrozen', () => {
    const input = { intake: CLEAR_INTAKE, assessment: { date: DATE, results: SEVEN }, options: { painCeiling: 3 } }
    expect(selectRehabMovements(deepFreeze(structuredClone(input)))).toEqual(selectRehabMovements(input))
  })
})

describe('selectRehabMovements: its input schema and types', () => {
  it('describes its input as a schema', () => {
    const assessment = { date: DATE, results: SEVEN }
    const intake = CLEAR_INTAKE
    expect(SelectRehabMovementsInputSchema.safeParse({ intake, assessment }).success).toBe(true)
    expect(SelectRehabMovementsInputSchema.safeParse({ intake, assessment, options: { painCeiling: 5 } }).success).toBe(true)
    expect(SelectRehabMovementsInputSchema.safeParse({ intake, assessment, options: { painCeiling: 6 } }).success).toBe(false)
    expect(SelectRehabMovementsInputSchema.safeParse({ intake, assessment, notes: '' }).success).toBe(false)
    expect(SelectRehabMovementsInputSchema.safeParse({ intake, options: {} }).success).toBe(false)
    expect(SelectRehabMovementsInputSchema.safeParse({ assessment }).success).toBe(false)
  })

  it('returns an Either of invalid input or a referral, or a selection', () => {
    expectTypeOf(selectRehabMovements).returns.toEqualTypeOf<Either<InvalidInput | Referral, RehabSelection>>()
    expectTypeOf<RehabSelection['selected'][number]['variant']>().toEqualTypeOf<string | undefined>()
  })
})
