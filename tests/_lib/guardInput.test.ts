import { describe, expect, it } from 'vitest'
import { right } from '../../src/_lib/either.js'
import { guardInput } from '../../src/_lib/guardInput.js'

describe('guardInput', () => {
  it('hands plain data to the body and gives back its answer', () => {
    const seen: unknown[] = []
    const guarded = guardInput((input) => {
      seen.push(input)
      return right('read')
    })
    const input = { movement: 'hip-bridge' }
    expect(guarded(input)).toEqual(right('read'))
    expect(seen).toEqual([input])
    expect(seen[0]).toBe(input)
  })

  it('refuses what is not plain data before the body reads any of it', () => {
    let calls = 0
    const guarded = guardInput(() => {
      calls++
      return right('read')
    })
    const getter = Object.defineProperty({}, 'movement', {
      enumerable: true,
      get: () => {
        throw new Error('read too early')
      },
    })
    expect(guarded({ movement: () => 'hip-bridge' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_plain_data', path: ['movement'], message: 'must be plain data, not a function' }] },
    })
    expect(guarded(getter)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'unreadable', path: ['movement'], message: 'could not be read (read too early)' }] },
    })
    expect(calls).toBe(0)
  })
})
