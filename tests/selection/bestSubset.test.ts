import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestSubset, countBits } from '../../src/selection/bestSubset.js'
import { bruteForceSubset } from '../support/selectionOracle.js'

describe('countBits', () => {
  it('counts the set bits at the edges of a 32-bit mask', () => {
    expect(countBits(0)).toBe(0)
    expect(countBits(1)).toBe(1)
    expect(countBits(0b1011)).toBe(3)
    expect(countBits(2 ** 31)).toBe(1)
    expect(countBits(2 ** 32 - 1)).toBe(32)
    expect(countBits(0x55555555)).toBe(16)
    expect(countBits(0xaaaaaaaa)).toBe(16)
    expect(countBits(0x0f0f0f0f)).toBe(16)
    expect(countBits(0xf0f0f0f0)).toBe(16)
  })

  it('agrees with counting the ones of the binary digits for any 32-bit mask', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), (mask) => {
        expect(countBits(mask)).toBe([...mask.toString(2)].filter((digit) => digit === '1').length)
      }),
      { numRuns: 300 },
    )
  })
})

/** Every candidate a family of its own. */
const apart = (masks: readonly number[]): number[] => masks.map((_, index) => index)

describe('bestSubset', () => {
  it('takes at most one candidate of a family, even when two of it would cover more', () => {
    // The first two together would cover both bits at no pain; one of them and the third is all there is.
    expect(bestSubset([0b01, 0b10, 0b01], [0, 0, 5], [0, 0, 1], 2)).toEqual([1, 2])
    // Within a family, the lower pain wins.
    expect(bestSubset([0b11, 0b11, 0b100], [3, 1, 0], [0, 0, 1], 2)).toEqual([1, 2])
  })

  it('takes the subset that covers the most bits, even at a higher pain', () => {
    // Indexes 0 and 1 are painless but cover the same bit; 2 hurts but adds a bit.
    expect(bestSubset([0b01, 0b01, 0b10], [0, 0, 9], apart([0b01, 0b01, 0b10]), 2)).toEqual([0, 2])
  })

  it('breaks a tie on coverage by the lower total pain', () => {
    expect(bestSubset([0b01, 0b10, 0b10], [0, 3, 2], apart([0b01, 0b10, 0b10]), 2)).toEqual([0, 2])
  })

  it('breaks a tie on coverage and pain by the earliest indexes', () => {
    expect(bestSubset([0b01, 0b01, 0b01, 0b01], [1, 1, 1, 1], apart([0b01, 0b01, 0b01, 0b01]), 2)).toEqual([0, 1])
    expect(bestSubset([0b1, 0b10, 0b1, 0b10], [2, 2, 2, 2], apart([0b1, 0b10, 0b1, 0b10]), 2)).toEqual([0, 1])
  })

  it('keeps a later subset only when it is strictly better', () => {
    // [0, 1] and [2, 3] tie on coverage and pain; [1, 2] covers the same with less pain.
    expect(bestSubset([0b01, 0b10, 0b01, 0b10], [3, 1, 1, 3], apart([0b01, 0b10, 0b01, 0b10]), 2)).toEqual([1, 2])
  })

  it('still chooses when no candidate covers anything', () => {
    expect(bestSubset([0, 0, 0], [2, 0, 1], apart([0, 0, 0]), 2)).toEqual([1, 2])
    expect(bestSubset([0, 0], [0, 0], apart([0, 0]), 2)).toEqual([0, 1])
  })

  it('can reach the last candidate', () => {
    expect(bestSubset([0b1, 0b1, 0b10], [0, 0, 0], apart([0b1, 0b1, 0b10]), 2)).toEqual([0, 2])
    expect(bestSubset([0b1, 0b1, 0b1], [5, 5, 0], apart([0b1, 0b1, 0b1]), 1)).toEqual([2])
  })

  it('takes every candidate when the size is the count', () => {
    expect(bestSubset([0b1, 0b1, 0b1, 0b1], [9, 9, 9, 9], apart([0b1, 0b1, 0b1, 0b1]), 4)).toEqual([0, 1, 2, 3])
  })

  it('finds what a search over every subset finds, on masks that overlap often', () => {
    const problem = fc.integer({ min: 1, max: 9 }).chain((count) =>
      fc.tuple(
        fc.array(fc.nat({ max: 0b11111 }), { minLength: count, maxLength: count }),
        fc.array(fc.nat({ max: 4 }), { minLength: count, maxLength: count }),
        fc.array(fc.nat({ max: 3 }), { minLength: count, maxLength: count }),
      ),
    )
    fc.assert(
      fc.property(problem, ([masks, pains, families]) => {
        // Up to five of as many families as there are, some candidates sharing one.
        const size = Math.min(new Set(families).size, 5)
        expect(bestSubset(masks, pains, families, size)).toEqual(bruteForceSubset(masks, pains, families, size))
      }),
      { numRuns: 400 },
    )
  })

  it('finds what a search over every subset finds, on masks of up to 30 bits', () => {
    const problem = fc.integer({ min: 1, max: 9 }).chain((count) =>
      fc.tuple(
        fc.array(fc.nat({ max: 2 ** 30 - 1 }), { minLength: count, maxLength: count }),
        fc.array(fc.nat({ max: 10 }), { minLength: count, maxLength: count }),
        fc.integer({ min: 1, max: Math.min(count, 5) }),
      ),
    )
    fc.assert(
      fc.property(problem, ([masks, pains, size]) => {
        expect(bestSubset(masks, pains, apart(masks), size)).toEqual(bruteForceSubset(masks, pains, apart(masks), size))
      }),
      { numRuns: 200 },
    )
  })
})
