import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG } from '../../src/index.js'
import { compileCatalog } from '../../src/catalog/compiledCatalog.js'
import { describeMovement, lookUpMovement, rankOf, sessionRank } from '../../src/catalog/lookUpMovement.js'

const catalog = compileCatalog(BUILT_IN_CATALOG)
const compiled = (id: string) => {
  const found = catalog.byId.get(id)
  if (found === undefined) throw new Error(`no movement ${id}`)
  return found
}

// Catalog order: hip-mobility is the first movement, kettlebell-walk the tenth with five variants, deadbug the thirteenth.
describe('rankOf', () => {
  it('places a movement by its catalog position, and its variants right after it in their order', () => {
    expect(rankOf(compiled('hip-mobility'), undefined)).toBe(0)
    expect(rankOf(compiled('kettlebell-walk'), undefined)).toBe(9 * 32)
    expect(rankOf(compiled('kettlebell-walk'), 'by-the-side')).toBe(9 * 32 + 1)
    expect(rankOf(compiled('kettlebell-walk'), 'bottoms-up-overhead')).toBe(9 * 32 + 5)
  })

  it('has no rank for a variant the movement does not have', () => {
    expect(rankOf(compiled('kettlebell-walk'), 'sideways')).toBeUndefined()
    expect(rankOf(compiled('hip-bridge'), 'overhead')).toBeUndefined()
  })
})

describe('sessionRank', () => {
  it("gives a logged session its movement and variant's rank", () => {
    expect(sessionRank(catalog, { movement: 'deadbug' })).toBe(12 * 32)
    expect(sessionRank(catalog, { movement: 'kettlebell-walk', variant: 'overhead' })).toBe(9 * 32 + 3)
  })

  it('sorts a session the catalog cannot place after every other', () => {
    expect(sessionRank(catalog, { movement: 'handstand' })).toBe(Number.MAX_SAFE_INTEGER)
    expect(sessionRank(catalog, { movement: 'kettlebell-walk', variant: 'sideways' })).toBe(Number.MAX_SAFE_INTEGER)
  })
})

describe('lookUpMovement', () => {
  it('finds a movement, or a variant of it, with its rank', () => {
    expect(lookUpMovement(catalog, { movement: 'deadbug' }, [])).toEqual({ _tag: 'Right', right: { compiled: compiled('deadbug'), rank: 12 * 32 } })
    expect(lookUpMovement(catalog, { movement: 'kettlebell-walk', variant: 'overhead' }, [], 'assessment')).toEqual({
      _tag: 'Right',
      right: { compiled: compiled('kettlebell-walk'), rank: 9 * 32 + 3 },
    })
  })

  it('refuses a movement the catalog does not hold, under the path given', () => {
    expect(lookUpMovement(catalog, { movement: 'handstand' }, ['results', 2])).toEqual({
      _tag: 'Left',
      left: { code: 'not_in_catalog', path: ['results', 2, 'movement'], message: '"handstand" is not a movement of the catalog' },
    })
  })

  it('refuses a movement of another role, with the article the role needs', () => {
    expect(lookUpMovement(catalog, { movement: 'deadbug' }, ['results', 0], 'assessment')).toEqual({
      _tag: 'Left',
      left: { code: 'not_in_catalog', path: ['results', 0, 'movement'], message: '"deadbug" is not an assessment movement' },
    })
    expect(lookUpMovement(catalog, { movement: 'hip-bridge' }, [], 'protocol')).toEqual({
      _tag: 'Left',
      left: { code: 'not_in_catalog', path: ['movement'], message: '"hip-bridge" is not a protocol movement' },
    })
    expect(lookUpMovement(catalog, { movement: 'deadbug' }, [], 'between-sets')).toEqual({
      _tag: 'Left',
      left: { code: 'not_in_catalog', path: ['movement'], message: '"deadbug" is not a between-sets movement' },
    })
  })

  it('refuses an unknown variant at its own path, listing the variants the movement has, or saying it has none', () => {
    expect(lookUpMovement(catalog, { movement: 'kettlebell-walk', variant: 'sideways' }, ['results', 1])).toEqual({
      _tag: 'Left',
      left: {
        code: 'not_in_catalog',
        path: ['results', 1, 'variant'],
        message: '"sideways" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
      },
    })
    expect(lookUpMovement(catalog, { movement: 'hip-bridge', variant: 'overhead' }, [])).toEqual({
      _tag: 'Left',
      left: { code: 'not_in_catalog', path: ['variant'], message: '"hip-bridge" has no variants' },
    })
  })
})

describe('describeMovement', () => {
  it('names a movement, with its variant in brackets when there is one', () => {
    expect(describeMovement({ movement: 'hip-bridge' })).toBe('hip-bridge')
    expect(describeMovement({ movement: 'kettlebell-walk', variant: 'overhead' })).toBe('kettlebell-walk (overhead)')
  })
})
