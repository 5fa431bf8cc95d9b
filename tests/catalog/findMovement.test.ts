import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, findMovement, parseCatalog, type FindMovementInput } from '../../src/index.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'

const invalid = (...issues: unknown[]) => ({ _tag: 'Left', left: { _tag: 'InvalidInput', issues } })

describe('findMovement', () => {
  it('finds a movement of the built-in catalog by id, as the catalog holds it', () => {
    const found = findMovement({ movement: 'hip-bridge' })
    expect(found).toEqual({ _tag: 'Right', right: BUILT_IN_CATALOG.find((movement) => movement.id === 'hip-bridge') })
    expect(found._tag === 'Right' && found.right.harderForm).toBe('single-leg-hip-bridge')
  })

  it('refuses an id the catalog does not hold, at the path of the movement', () => {
    expect(findMovement({ movement: 'handstand' })).toEqual(
      invalid({ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }),
    )
  })

  it("looks in the app's catalog when one is given, parsed or not, and only there", () => {
    expect(findMovement({ movement: 'wall-sit', options: { catalog: [wallSit] } })).toEqual({ _tag: 'Right', right: wallSit })
    const parsed = parseCatalog([...BUILT_IN_CATALOG, wallSit])
    if (parsed._tag !== 'Right') throw new Error('expected a catalog')
    expect(findMovement({ movement: 'wall-sit', options: { catalog: parsed.right } })).toEqual({ _tag: 'Right', right: wallSit })
    expect(findMovement({ movement: 'wall-sit' })._tag).toBe('Left')
    expect(findMovement({ movement: 'hip-bridge', options: { catalog: [wallSit] } })).toEqual(
      invalid({ code: 'not_in_catalog', path: ['movement'], message: '"hip-bridge" is not a movement of the catalog' }),
    )
  })

  it('reports the problems of a catalog given with it under options.catalog', () => {
    expect(findMovement({ movement: 'wall-sit', options: { catalog: [appMovement('wall-sit', { focus: [] })] } })).toEqual(
      invalid({ code: 'too_small', path: ['options', 'catalog', 0, 'focus'], message: 'must hold at least 1 item(s)' }),
    )
  })

  it('refuses a malformed input, naming each problem', () => {
    expect(findMovement({ movement: '' })).toEqual(invalid({ code: 'too_small', path: ['movement'], message: 'must not be empty' }))
    expect(findMovement({ movement: 'deadbug', note: 'x' } as FindMovementInput)).toEqual(
      invalid({ code: 'unknown_key', path: ['note'], message: 'is not a known field' }),
    )
    expect(findMovement({ movement: 'deadbug', options: { painCeiling: 3 } } as FindMovementInput)).toEqual(
      invalid({ code: 'unknown_key', path: ['options', 'painCeiling'], message: 'is not a known field' }),
    )
    expect(findMovement({} as FindMovementInput)).toEqual(invalid({ code: 'required', path: ['movement'], message: 'is required' }))
  })

  it('refuses what is not plain data', () => {
    expect(findMovement({ movement: 'deadbug', options: { catalog: new Map() } } as unknown as FindMovementInput)).toEqual(
      invalid({ code: 'not_plain_data', path: ['options', 'catalog'], message: 'must be plain data, not Map' }),
    )
  })
})
