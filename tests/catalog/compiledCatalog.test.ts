import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, BUILT_IN_LADDERS, type Catalog } from '../../src/index.js'
import { isTrusted } from '../../src/_lib/trustedValues.js'
import { compileCatalog, ladderFor, trustCatalog, trustedCatalog } from '../../src/catalog/compiledCatalog.js'
import { REHAB_LADDERS } from '../../src/catalog/rehabLadder.js'
import { appMovement } from '../support/catalogMovements.js'

const byId = (id: string) => BUILT_IN_CATALOG.find((movement) => movement.id === id)!

describe('ladderFor', () => {
  it("gives a movement's own ladder first", () => {
    expect(ladderFor(byId('deadbug'))).toBe(BUILT_IN_LADDERS.deadbug)
    const ladder = { rungs: [{ kind: 'reps', sets: 1, reps: 8 }], afterTop: { kind: 'stay' }, frequency: { perDay: 1, minDaysApart: 1 }, source: 'clinic' }
    expect(ladderFor(appMovement('wall-sit', { ladder }))).toBe(ladder)
  })

  it('gives an assessment movement without one the rehab ladder, per side when it is dosed per side', () => {
    expect(ladderFor(byId('hip-bridge'))).toBe(REHAB_LADDERS.bothSides)
    expect(ladderFor(byId('bird-dog'))).toBe(REHAB_LADDERS.perSide)
  })

  it('gives no ladder to a movement of another role that brings none', () => {
    expect(ladderFor(appMovement('stretch', { roles: ['protocol'] }))).toBeUndefined()
    expect(ladderFor(appMovement('stretch', { roles: ['between-sets', 'protocol'] }))).toBeUndefined()
    expect(ladderFor(appMovement('stretch', { roles: ['protocol', 'assessment'] }))).toBe(REHAB_LADDERS.bothSides)
  })
})

describe('compileCatalog', () => {
  const catalog: Catalog = [
    appMovement('first', { focus: ['core', 'hips'] }),
    appMovement('second', { focus: ['hips', 'glutes'], variants: [{ id: 'easy', name: 'Easy' }, { id: 'hard', name: 'Hard' }], dose: { kinds: ['reps'], perSide: true } }),
    appMovement('third', { focus: ['glutes'], roles: ['protocol'] }),
  ]
  const compiled = compileCatalog(catalog)

  it('numbers the focus tags in the order they first appear, and gives each movement one bit per tag', () => {
    expect(compiled.focusTags).toEqual(['core', 'hips', 'glutes'])
    expect(['first', 'second', 'third'].map((id) => compiled.byId.get(id)?.focusMask)).toEqual([0b011, 0b110, 0b100])
  })

  it('ranks the movements in catalog order, 32 apart, with their variants in between', () => {
    expect(['first', 'second', 'third'].map((id) => compiled.byId.get(id)?.rank)).toEqual([0, 32, 64])
    expect([...(compiled.byId.get('second')?.variantRanks ?? [])]).toEqual([
      ['easy', 33],
      ['hard', 34],
    ])
    expect(compiled.byId.get('first')?.variantRanks.size).toBe(0)
  })

  it('gives a movement and its harder and easier forms one family, the position of the first of them, whichever side names the link', () => {
    const forms = compileCatalog([
      appMovement('a'),
      appMovement('b', { harderForm: 'd' }),
      appMovement('c'),
      appMovement('d'),
      appMovement('e', { easierForm: 'd' }),
      appMovement('f', { harderForm: 'missing' }),
    ])
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => forms.byId.get(id)?.family)).toEqual([0, 1, 2, 1, 1, 5])
    const builtIn = compileCatalog(BUILT_IN_CATALOG)
    expect(builtIn.byId.get('single-leg-hip-bridge')?.family).toBe(builtIn.byId.get('hip-bridge')?.family)
    expect(builtIn.byId.get('advanced-iso-hold')?.family).toBe(builtIn.byId.get('deadbug')?.family)
    expect(builtIn.byId.get('bird-dog')?.family).not.toBe(builtIn.byId.get('hip-bridge')?.family)
  })

  it('keeps each movement, its ladder and the catalog itself', () => {
    expect(compiled.movements).toBe(catalog)
    expect(compiled.byId.get('first')?.movement).toBe(catalog[0])
    expect(compiled.byId.get('second')?.ladder).toBe(REHAB_LADDERS.perSide)
    expect(compiled.byId.get('third')?.ladder).toBeUndefined()
    expect([...compiled.byId.keys()]).toEqual(['first', 'second', 'third'])
  })
})

describe('trustCatalog and trustedCatalog', () => {
  it('index a catalog once and find that index again, marking the catalog as the engine\'s own', () => {
    const catalog: Catalog = Object.freeze([appMovement('only')])
    expect(trustedCatalog(catalog)).toBeUndefined()
    const first = trustCatalog(catalog)
    expect(first.byId.has('only')).toBe(true)
    expect(trustCatalog(catalog)).toBe(first)
    expect(trustedCatalog(catalog)).toBe(first)
    expect(isTrusted(catalog)).toBe(true)
  })

  it('know nothing of an equal copy, or of a value that is not an object', () => {
    expect(trustedCatalog([...BUILT_IN_CATALOG])).toBeUndefined()
    expect(trustedCatalog(BUILT_IN_CATALOG)?.movements).toBe(BUILT_IN_CATALOG)
    for (const value of [undefined, null, 'catalog', 3]) expect(trustedCatalog(value)).toBeUndefined()
  })
})
