import { describe, expect, it } from 'vitest'
import { isTrusted, markTrusted } from '../../src/_lib/trustedValues.js'

describe('markTrusted and isTrusted', () => {
  it('know a value only once the engine has marked it, and give that same value back', () => {
    const value = Object.freeze({ id: 'x' })
    expect(isTrusted(value)).toBe(false)
    expect(markTrusted(value)).toBe(value)
    expect(isTrusted(value)).toBe(true)
  })

  it('do not extend trust to an equal copy or to what the value holds', () => {
    const inner = Object.freeze({ id: 'y' })
    markTrusted(Object.freeze({ inner }))
    expect(isTrusted({ inner })).toBe(false)
    expect(isTrusted(inner)).toBe(false)
  })

  it('never trust a primitive or null', () => {
    for (const value of [null, undefined, 0, 'text', true]) expect(isTrusted(value)).toBe(false)
  })
})
