import { describe, expect, it } from 'vitest'
import { FindMovementInputSchema, findMovement } from '../../src/index.js'
import { catalogOption } from '../../src/catalog/catalogOption.js'

describe('the catalog option', () => {
  it('lets any value through the options schema, to be checked once when the catalog is resolved', () => {
    for (const value of [undefined, [], 'catalog', 3, { id: 'x' }]) expect(catalogOption.safeParse(value).success).toBe(true)
    expect(FindMovementInputSchema.safeParse({ movement: 'deadbug', options: { catalog: [] } }).success).toBe(true)
  })

  it('leaves the problems of a catalog to the catalog check, which names them', () => {
    expect(findMovement({ movement: 'deadbug', options: { catalog: [] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_small', path: ['options', 'catalog'], message: 'must hold at least 1 item(s)' }] },
    })
  })
})
