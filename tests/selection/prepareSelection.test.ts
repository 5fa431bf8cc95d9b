import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, parseAssessment, parseCatalog, type AssessmentInput } from '../../src/index.js'
import { prepareSelection } from '../../src/selection/prepareSelection.js'
import { validOptions } from '../support/selectionEntries.js'
import { allAt, appMovement, DATE } from '../support/selectionFixtures.js'

const FOUR = allAt(1, ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility'])

const parsedOf = (assessment: AssessmentInput, options?: unknown) => {
  const parsed = parseAssessment({ assessment, ...(options === undefined ? {} : { options }) } as never)
  if (parsed._tag === 'Left') throw new Error(`expected a parsed assessment, got ${JSON.stringify(parsed.left)}`)
  return parsed.right
}

describe('prepareSelection', () => {
  it('gives its own checked copy of the assessment, the entries in catalog order, and the options', () => {
    const assessment = { date: DATE, results: FOUR }
    const prepared = prepareSelection(assessment, { painCeiling: 4 }, ['assessment'])
    if (prepared._tag === 'Left') throw new Error('expected a prepared selection')
    expect(prepared.right.assessment).toEqual(assessment)
    expect(prepared.right.assessment).not.toBe(assessment)
    expect(prepared.right.entries.map((entry) => entry.movement.id)).toEqual(['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'])
    expect(prepared.right.options).toEqual({ painCeiling: 4, painCeilingIsDefault: false, catalog: validOptions().catalog })
  })

  it('reports the problems of the assessment under the prefix and of the options under options, together', () => {
    expect(prepareSelection({ date: DATE, results: [{ movement: 'hip-bridge', pain: 12 }] }, { painCeiling: 6 }, ['input', 'scores'])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'too_big', path: ['input', 'scores', 'results', 0, 'pain'], message: 'must be at most 10' },
        { code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' },
      ],
    })
  })

  it('checks the results against the catalog only once the shapes are right', () => {
    const unknown = { date: DATE, results: [{ movement: 'handstand', pain: 1 }] }
    expect(prepareSelection(unknown, { painCeiling: 6 }, [])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' }],
    })
    expect(prepareSelection(unknown, undefined, [])).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' }],
    })
  })

  it('uses a parsed assessment as it is, with the catalog it was checked against', () => {
    const parsed = parsedOf({ date: DATE, results: FOUR })
    const prepared = prepareSelection(parsed, { painCeiling: 2 }, ['assessment'])
    if (prepared._tag === 'Left') throw new Error('expected a prepared selection')
    expect(prepared.right.assessment).toBe(parsed)
    expect(Object.isFrozen(prepared.right.entries)).toBe(true)
    expect(prepared.right.options.painCeiling).toBe(2)
    // The same catalog given again by value, once parsed, is the same catalog.
    const again = prepareSelection(parsed, { catalog: BUILT_IN_CATALOG }, ['assessment'])
    expect(again._tag === 'Right' && again.right.assessment).toBe(parsed)
  })

  it('still checks the options given with a parsed assessment', () => {
    expect(prepareSelection(parsedOf({ date: DATE, results: FOUR }), { painCeiling: 7 }, ['assessment'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' }],
    })
  })

  it('checks a parsed assessment again against another catalog', () => {
    const other = parseCatalog(BUILT_IN_CATALOG.filter((movement) => movement.id !== 'cat-camel'))
    if (other._tag === 'Left') throw new Error('expected a catalog')
    const parsed = parsedOf({ date: DATE, results: FOUR })
    expect(prepareSelection(parsed, { catalog: other.right }, ['assessment'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['assessment', 'results', 2, 'movement'], message: '"cat-camel" is not a movement of the catalog' }],
    })
    const rechecked = prepareSelection(parsed, { catalog: BUILT_IN_CATALOG.filter((movement) => movement.id !== 'raising-the-roof') }, ['assessment'])
    expect(rechecked._tag === 'Right' && rechecked.right.assessment).not.toBe(parsed)
    expect(rechecked._tag === 'Right' && rechecked.right.assessment).toEqual(parsed)
  })

  it('checks against the built-in catalog an assessment parsed with an app catalog', () => {
    const app = parseCatalog([appMovement('wall-sit', ['quads']), ...BUILT_IN_CATALOG])
    if (app._tag === 'Left') throw new Error('expected a catalog')
    const parsed = parsedOf({ date: DATE, results: [{ movement: 'wall-sit', pain: 0 }, ...FOUR] }, { catalog: app.right })
    expect(prepareSelection(parsed, { catalog: app.right }, ['assessment'])._tag).toBe('Right')
    expect(prepareSelection(parsed, undefined, ['assessment'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"wall-sit" is not a movement of the catalog' }],
    })
  })
})
