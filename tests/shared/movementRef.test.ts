import { describe, expect, it } from 'vitest'
import { movementRef, withMovement } from '../../src/shared/movementRef.js'

describe('movementRef', () => {
  it('names a movement without a variant key at all when there is none, so JSON gives it back the same', () => {
    const ref = movementRef('hip-bridge', undefined)
    expect(ref).toStrictEqual({ movement: 'hip-bridge' })
    expect('variant' in ref).toBe(false)
  })

  it('names the variant when there is one', () => {
    expect(movementRef('kettlebell-walk', 'overhead')).toStrictEqual({ movement: 'kettlebell-walk', variant: 'overhead' })
  })
})

describe('withMovement', () => {
  it('puts the movement first, then the variant only when there is one, then the fields in their order', () => {
    const plain = withMovement({ movement: 'hip-bridge', variant: undefined }, { zone: 'green', action: 'progress' })
    expect(Object.keys(plain)).toEqual(['movement', 'zone', 'action'])
    expect(plain).toStrictEqual({ movement: 'hip-bridge', zone: 'green', action: 'progress' })
    const walk = withMovement({ movement: 'kettlebell-walk', variant: 'overhead' }, { zone: 'amber' })
    expect(Object.keys(walk)).toEqual(['movement', 'variant', 'zone'])
  })

  it('builds a new object and leaves the reference it read alone', () => {
    const ref = movementRef('deadbug', undefined)
    const item = withMovement(ref, { status: 'hold' })
    expect(item).not.toBe(ref)
    expect(ref).toStrictEqual({ movement: 'deadbug' })
  })
})
