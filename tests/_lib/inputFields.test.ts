import { describe, expect, it } from 'vitest'
import { inputFields } from '../../src/_lib/inputFields.js'

describe('inputFields', () => {
  it('gives each field of an object, missing ones as undefined, and an issue for each key it should not have, in key order', () => {
    expect(inputFields({ assessment: 1, notes: 'x', extra: true }, ['assessment', 'options'])).toEqual({
      _tag: 'Right',
      right: {
        fields: { assessment: 1, options: undefined },
        unknownKeys: [
          { code: 'unknown_key', path: ['notes'], message: 'is not a known field' },
          { code: 'unknown_key', path: ['extra'], message: 'is not a known field' },
        ],
      },
    })
  })

  it('reads own fields only, not what a prototype offers', () => {
    const input = Object.create({ assessment: 'inherited' }) as Record<string, unknown>
    expect(inputFields(input, ['assessment'])).toEqual({ _tag: 'Right', right: { fields: { assessment: undefined }, unknownKeys: [] } })
  })

  it('refuses what is not an object: missing, a list, null or a value', () => {
    expect(inputFields(undefined, ['a'])).toEqual({ _tag: 'Left', left: [{ code: 'required', path: [], message: 'is required' }] })
    for (const input of [null, [1, 2], 'plan', 3, true]) {
      expect(inputFields(input, ['a'])).toEqual({ _tag: 'Left', left: [{ code: 'invalid_type', path: [], message: 'must be an object' }] })
    }
  })

  it('leaves the input as it was', () => {
    const input = { a: [1], b: 2 }
    inputFields(input, ['a'])
    expect(input).toEqual({ a: [1], b: 2 })
    expect(Object.isFrozen(input)).toBe(false)
  })
})
