import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extend } from '../../src/_lib/extend.js'

// Plain records with keys that may overlap, as the engine's own objects have.
const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'movement', 'reasons'), fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)))

describe('extend', () => {
  it('writes what a spread writes: the same keys, in the same order, with the same values', () => {
    fc.assert(
      fc.property(record, record, (base, more) => {
        const extended = extend(base, more)
        expect(Object.keys(extended)).toEqual(Object.keys({ ...base, ...more }))
        expect(extended).toStrictEqual({ ...base, ...more })
      }),
    )
  })

  it('changes neither object it is given', () => {
    const base = { movement: 'hip-bridge', zone: 'green' }
    const more = { zone: 'amber', action: 'hold' }
    const extended = extend(base, more)
    expect(extended).toStrictEqual({ movement: 'hip-bridge', zone: 'amber', action: 'hold' })
    expect(base).toStrictEqual({ movement: 'hip-bridge', zone: 'green' })
    expect(more).toStrictEqual({ zone: 'amber', action: 'hold' })
    expect(extended).not.toBe(base)
  })
})
