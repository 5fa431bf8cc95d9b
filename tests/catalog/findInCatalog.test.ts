import { describe, expect, it } from 'vitest'
import { BUILT_IN_LADDERS, FindMovementInputSchema } from '../../src/index.js'
import { findInCatalog } from '../../src/catalog/findInCatalog.js'
import { REHAB_LADDERS } from '../../src/catalog/rehabLadder.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'

describe('findInCatalog', () => {
  it('gives the movement with its ladder and its place in catalog order', () => {
    const found = findInCatalog({ movement: 'deadbug' })
    expect(found._tag === 'Right' && [found.right.movement.id, found.right.ladder, found.right.rank]).toEqual(['deadbug', BUILT_IN_LADDERS.deadbug, 12 * 32])
    const bridge = findInCatalog({ movement: 'hip-bridge' })
    expect(bridge._tag === 'Right' && bridge.right.ladder).toBe(REHAB_LADDERS.bothSides)
  })

  it("finds a movement of the app's catalog, first in it", () => {
    const found = findInCatalog({ movement: 'wall-sit', options: { catalog: [wallSit, appMovement('other')] } })
    expect(found._tag === 'Right' && [found.right.movement, found.right.rank]).toEqual([wallSit, 0])
  })

  it('reports each kind of problem as an InvalidInput', () => {
    expect(findInCatalog({ movement: 'handstand' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }] },
    })
    expect(findInCatalog({ movement: 'deadbug', options: { catalog: [] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_small', path: ['options', 'catalog'], message: 'must hold at least 1 item(s)' }] },
    })
    expect(findInCatalog({ movement: '' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_small', path: ['movement'], message: 'must not be empty' }] },
    })
  })
})

describe('FindMovementInputSchema', () => {
  it('takes a movement id and, optionally, options with a catalog', () => {
    expect(FindMovementInputSchema.safeParse({ movement: 'deadbug' }).success).toBe(true)
    expect(FindMovementInputSchema.safeParse({ movement: 'deadbug', options: {} }).success).toBe(true)
    expect(FindMovementInputSchema.safeParse({ movement: 'deadbug', options: { catalog: [wallSit] } }).success).toBe(true)
    expect(FindMovementInputSchema.safeParse({ movement: 'deadbug', variant: 'x' }).success).toBe(false)
  })
})
