import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, parseCatalog, selectRehabMovements, SelectionOptionsSchema } from '../../src/index.js'
import { parseSelectionOptions } from '../../src/selection/selectionOptions.js'
import { appMovement, allAt, DATE } from '../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const catalogIds = (options: unknown) => {
  const parsed = parseSelectionOptions(options)
  return parsed._tag === 'Right' ? parsed.right.catalog.movements.map((movement) => movement.id) : parsed.left
}

describe('parseSelectionOptions', () => {
  // Seed 001 (domain.md section 2): the ceiling is 3 unless the caller sets it.
  it('applies the default ceiling of 3 and the built-in catalog when no options are given', () => {
    for (const options of [undefined, {}]) {
      const parsed = parseSelectionOptions(options)
      expect(parsed._tag === 'Right' && [parsed.right.painCeiling, parsed.right.painCeilingIsDefault]).toEqual([3, true])
      expect(parsed._tag === 'Right' && parsed.right.catalog.movements).toBe(BUILT_IN_CATALOG)
    }
  })

  it('records a ceiling the caller set as set, even when it is the default', () => {
    for (const painCeiling of [0, 3, 5]) {
      const parsed = parseSelectionOptions({ painCeiling })
      expect(parsed._tag === 'Right' && [parsed.right.painCeiling, parsed.right.painCeilingIsDefault]).toEqual([painCeiling, false])
    }
  })

  // Clinical bound (pain-monitoring model, domain.md section 2): a caller may raise the ceiling to 5, never higher.
  it.each([
    [6, 'too_big', 'must be at most 5'],
    [-1, 'too_small', 'must be at least 0'],
  ])('refuses a ceiling of %j under options.painCeiling', (painCeiling, code, message) => {
    expect(parseSelectionOptions({ painCeiling })).toEqual({ _tag: 'Left', left: [{ code, path: ['options', 'painCeiling'], message }] })
  })

  it('names the problem of a ceiling that is not a whole number', () => {
    for (const [painCeiling, message] of [
      [2.5, 'must be a whole number'],
      ['3', 'must be a number'],
    ] as const) {
      const parsed = parseSelectionOptions({ painCeiling })
      expect(parsed._tag === 'Left' && parsed.left.map((issue) => [issue.path, issue.message])).toEqual([[['options', 'painCeiling'], message]])
    }
  })

  it('refuses an unknown option', () => {
    expect(parseSelectionOptions({ ceiling: 4 })).toEqual({
      _tag: 'Left',
      left: [{ code: 'unknown_key', path: ['options', 'ceiling'], message: 'is not a known field' }],
    })
  })

  it('takes an app catalog, parsed or raw, and checks a raw one under options.catalog', () => {
    const raw = [appMovement('wall-sit', ['quads'])]
    const parsed = parseCatalog(raw)
    expect(catalogIds({ catalog: raw })).toEqual(['wall-sit'])
    expect(catalogIds({ catalog: parsed._tag === 'Right' ? parsed.right : undefined })).toEqual(['wall-sit'])
    expect(catalogIds({ catalog: [] })).toEqual([{ code: 'too_small', path: ['options', 'catalog'], message: 'must hold at least 1 item(s)' }])
    const broken = catalogIds({ catalog: [{ ...raw[0], focus: [] }], painCeiling: 4 })
    expect(Array.isArray(broken) && broken.map((issue) => (typeof issue === 'string' ? issue : issue.path))).toEqual([['options', 'catalog', 0, 'focus']])
  })

  it('reports a bad ceiling before looking at the catalog', () => {
    const parsed = parseSelectionOptions({ painCeiling: 9, catalog: [] })
    expect(parsed._tag === 'Left' && parsed.left.map((issue) => issue.path)).toEqual([['options', 'painCeiling']])
  })
})

describe('SelectionOptionsSchema', () => {
  it('describes the ceiling from 0 to 5 as optional and no other key', () => {
    expect(SelectionOptionsSchema.safeParse({}).success).toBe(true)
    expect(SelectionOptionsSchema.safeParse({ painCeiling: 0 }).success).toBe(true)
    expect(SelectionOptionsSchema.safeParse({ painCeiling: 5 }).success).toBe(true)
    expect(SelectionOptionsSchema.safeParse({ painCeiling: 6 }).success).toBe(false)
    expect(SelectionOptionsSchema.safeParse({ painCeiling: -1 }).success).toBe(false)
    expect(SelectionOptionsSchema.safeParse({ other: 1 }).success).toBe(false)
  })
})

describe('the options through selectRehabMovements', () => {
  it('selects with an app catalog as with the same movements built in', () => {
    const parsed = parseCatalog(BUILT_IN_CATALOG)
    if (parsed._tag === 'Left') throw new Error('expected a catalog')
    const assessment = { date: DATE, results: allAt(1) }
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { catalog: parsed.right } })).toEqual(selectRehabMovements({ intake: CLEAR_INTAKE, assessment }))
  })

  it('reports option problems next to assessment problems', () => {
    expect(
      selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: [{ movement: 'hip-bridge', pain: 11 }] }, options: { painCeiling: 7 } }),
    ).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [
          { code: 'too_big', path: ['assessment', 'results', 0, 'pain'], message: 'must be at most 10' },
          { code: 'too_big', path: ['options', 'painCeiling'], message: 'must be at most 5' },
        ],
      },
    })
  })
})
