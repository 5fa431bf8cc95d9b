import { describe, expect, it } from 'vitest'
import { movementRef } from '../../src/shared/movementRef.js'

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
