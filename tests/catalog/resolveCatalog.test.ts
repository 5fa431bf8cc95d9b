import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, parseCatalog } from '../../src/index.js'
import { resolveCatalog } from '../../src/catalog/resolveCatalog.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'

const resolved = (candidate: unknown) => {
  const result = resolveCatalog(candidate, ['options', 'catalog'])
  if (result._tag !== 'Right') throw new Error(`expected a catalog, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('resolveCatalog', () => {
  it('gives the index of the built-in catalog when none is asked for, the same one every time', () => {
    const builtIn = resolved(undefined)
    expect(builtIn.movements).toBe(BUILT_IN_CATALOG)
    expect(builtIn.byId.size).toBe(22)
    expect(resolved(undefined)).toBe(builtIn)
    expect(resolved(BUILT_IN_CATALOG)).toBe(builtIn)
  })

  it('uses the index of a catalog parseCatalog made without checking it again', () => {
    const parsed = parseCatalog([wallSit])
    if (parsed._tag !== 'Right') throw new Error('expected a catalog')
    expect(resolved(parsed.right)).toBe(resolved(parsed.right))
    expect(resolved(parsed.right).movements).toBe(parsed.right)
  })

  it("checks and indexes a caller's own catalog afresh on every call", () => {
    const own = [wallSit, appMovement('other')]
    const first = resolved(own)
    expect([...first.byId.keys()]).toEqual(['wall-sit', 'other'])
    expect(resolved(own)).not.toBe(first)
  })

  it('reports the problems of a catalog under the path given', () => {
    expect(resolveCatalog([appMovement('wall-sit', { name: '' })], ['options', 'catalog'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_small', path: ['options', 'catalog', 0, 'name'], message: 'must not be empty' }],
    })
    expect(resolveCatalog([], ['catalog'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_small', path: ['catalog'], message: 'must hold at least 1 item(s)' }],
    })
  })
})
