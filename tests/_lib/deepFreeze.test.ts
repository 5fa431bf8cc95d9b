import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/_lib/deepFreeze.js'

describe('deepFreeze', () => {
  it('freezes a value and everything inside it, and returns that same value', () => {
    const value = { list: [{ pain: 1 }], inner: { deeper: { id: 'x' } } }
    expect(deepFreeze(value)).toBe(value)
    expect([value, value.list, value.list[0], value.inner, value.inner.deeper].map((part) => Object.isFrozen(part))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })

  it('returns primitives and null as they are', () => {
    expect(deepFreeze(3)).toBe(3)
    expect(deepFreeze('text')).toBe('text')
    expect(deepFreeze(null)).toBe(null)
    expect(deepFreeze(undefined)).toBe(undefined)
  })

  it('leaves functions unfrozen, as they are not data', () => {
    const read = () => 1
    expect(Object.isFrozen(deepFreeze(read))).toBe(false)
  })

  it('ends on a value that refers to itself', () => {
    const cyclic: Record<string, unknown> = { id: 'x' }
    cyclic['self'] = cyclic
    expect(Object.isFrozen(deepFreeze(cyclic))).toBe(true)
  })

  it('does not walk into a value that is already frozen', () => {
    const inner = { id: 'x' }
    deepFreeze(Object.freeze({ inner }))
    expect(Object.isFrozen(inner)).toBe(false)
  })
})
