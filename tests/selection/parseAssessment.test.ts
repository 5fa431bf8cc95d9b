import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  NO_RED_FLAGS,
  parseAssessment,
  parseCatalog,
  planRehab,
  selectRehabMovements,
  type AssessmentInput,
  type ParsedAssessment,
  type SelectRehabMovementsInput,
} from '../../src/index.js'
import { assessmentArbitrary, catalogArbitrary } from '../arbitraries/assessment.js'
import { anyJson } from '../arbitraries/json.js'
import { hostileValues } from '../support/hostile.js'
import { allAt, appMovement, DATE, frozenAnywhere, SEVEN } from '../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const FOUR = allAt(1, ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility'])

const parsed = (assessment: AssessmentInput, options?: SelectRehabMovementsInput['options']): ParsedAssessment => {
  const result = parseAssessment({ assessment, ...(options === undefined ? {} : { options }) })
  if (result._tag !== 'Right') throw new Error(`expected a parsed assessment, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('parseAssessment', () => {
  it('gives the selection the same answer as the unchecked assessment, for any ceiling', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), fc.integer({ min: 0, max: 5 }), (assessment, painCeiling) => {
        expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: parsed(assessment), options: { painCeiling } })).toEqual(
          selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { painCeiling } }),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('reports exactly the issues the selection reports, for any JSON', () => {
    fc.assert(
      fc.property(anyJson, fc.boolean(), (value, wrapped) => {
        const input = (wrapped ? { assessment: value } : value) as SelectRehabMovementsInput
        const result = parseAssessment(input)
        // The same input with a clear intake beside it, where it is an object: the intake is screened, not parsed here.
        const screened = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input, intake: CLEAR_INTAKE } : input
        const selection = selectRehabMovements(screened)
        if (result._tag === 'Left') expect(selection).toEqual(result)
        else expect(selection._tag === 'Left' && selection.left._tag).not.toBe('InvalidInput')
      }),
      { numRuns: 200 },
    )
  })

  it('returns a frozen copy and leaves the caller its own object, unfrozen and unchanged', () => {
    const assessment = { date: DATE, results: [{ movement: 'kettlebell-walk', variant: 'overhead', pain: 1 }] }
    const before = structuredClone(assessment)
    const copy = parsed(assessment)
    expect(copy).toEqual(assessment)
    expect(copy).not.toBe(assessment)
    expect([Object.isFrozen(copy), Object.isFrozen(copy.results), Object.isFrozen(copy.results[0])]).toEqual([true, true, true])
    expect(frozenAnywhere(assessment)).toBe(false)
    expect(assessment).toEqual(before)
  })

  it('freezes and changes nothing it was given, an app catalog included', () => {
    fc.assert(
      fc.property(catalogArbitrary.chain((catalog) => fc.tuple(fc.constant(catalog), assessmentArbitrary(catalog))), ([catalog, assessment]) => {
        const input = { assessment, options: { catalog } }
        const before = structuredClone(input)
        expect(parseAssessment(input)._tag).toBe('Right')
        expect(frozenAnywhere(input)).toBe(false)
        expect(input).toEqual(before)
      }),
      { numRuns: 100 },
    )
  })

  it('answers a parsed assessment given again with an equal one', () => {
    const copy = parsed({ date: DATE, results: FOUR })
    expect(parsed(copy)).toEqual(copy)
  })

  it('still checks the options given with a parsed assessment', () => {
    const copy = parsed({ date: DATE, results: SEVEN })
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: copy, options: { painCeiling: 7 } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' }] },
    })
  })

  it('checks a parsed assessment again when it comes with another catalog', () => {
    const copy = parsed({ date: DATE, results: SEVEN })
    const other = parseCatalog(BUILT_IN_CATALOG.filter((movement) => movement.id !== 'cat-camel'))
    if (other._tag !== 'Right') throw new Error('expected a catalog')
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: copy, options: { catalog: other.right } })).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [{ code: 'not_in_catalog', path: ['assessment', 'results', 1, 'movement'], message: '"cat-camel" is not a movement of the catalog' }],
      },
    })
  })

  it('checks against the catalog it is given, and binds the copy to it', () => {
    const app = parseCatalog([...BUILT_IN_CATALOG, appMovement('wall-sit', ['quads'])])
    if (app._tag !== 'Right') throw new Error('expected a catalog')
    const results = [{ movement: 'wall-sit', pain: 0 }, ...FOUR]
    expect(parseAssessment({ assessment: { date: DATE, results } })._tag).toBe('Left')
    const copy = parsed({ date: DATE, results }, { catalog: app.right })
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: copy, options: { catalog: app.right } })._tag).toBe('Right')
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: copy })).toMatchObject({ left: { issues: [{ path: ['assessment', 'results', 0, 'movement'] }] } })
  })

  it('reports its own problems under the assessment, and a bad catalog under options.catalog', () => {
    expect(parseAssessment({ assessment: { date: DATE, results: [] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_small', path: ['assessment', 'results'], message: 'must hold at least 1 item(s)' }] },
    })
    expect(parseAssessment({ assessment: { date: DATE, results: [{ movement: 'deadbug', pain: 1 }] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' }] },
    })
    const bad = parseAssessment({ assessment: { date: DATE, results: SEVEN }, options: { catalog: [] } })
    expect(bad._tag === 'Left' && bad.left.issues).toEqual([{ code: 'too_small', path: ['options', 'catalog'], message: 'must hold at least 1 item(s)' }])
  })

  it('names a missing assessment and an unknown key of its input', () => {
    expect(parseAssessment({ scores: FOUR } as unknown as SelectRehabMovementsInput)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [
          { code: 'required', path: ['assessment'], message: 'is required' },
          { code: 'unknown_key', path: ['scores'], message: 'is not a known field' },
        ],
      },
    })
  })

  it('refuses an unknown key of its input beside a valid assessment, naming that key alone', () => {
    expect(parseAssessment({ assessment: { date: DATE, results: FOUR }, notes: 'x' } as unknown as SelectRehabMovementsInput)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'unknown_key', path: ['notes'], message: 'is not a known field' }] },
    })
  })

  it('answers hostile JavaScript values with InvalidInput, never a throw', () => {
    for (const [name, value] of hostileValues()) {
      for (const input of [value, { assessment: value }, { assessment: { date: DATE, results: FOUR }, options: value }]) {
        const result = parseAssessment(input as SelectRehabMovementsInput)
        expect([name, result._tag === 'Left' && result.left._tag]).toEqual([name, 'InvalidInput'])
      }
    }
  })

  it('is trusted by planRehab too, which still screens first', () => {
    const copy = parsed({ date: DATE, results: FOUR })
    expect(planRehab({ intake: { age: 40, redFlags: NO_RED_FLAGS }, assessment: copy })._tag).toBe('Right')
    expect(planRehab({ intake: { age: 40, redFlags: { ...NO_RED_FLAGS, fever: true } }, assessment: copy })).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'Referral', cause: 'red-flag' },
    })
  })
})
