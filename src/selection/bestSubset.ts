/** Counts the set bits of a 32-bit mask. */
export const countBits = (mask: number): number => {
  let bits = mask - ((mask >>> 1) & 0x55555555)
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * The indexes of the best `size` candidates with no two of one family (one
 * movement, whatever its variant or form): the most focus bits covered, then
 * the lowest total pain, then the earliest indexes (callers order candidates
 * by catalog rank, so this is catalog order).
 *
 * Subsets are visited in lexicographic order and the best is replaced only by
 * a strictly better one, so among equals the first, lexicographically
 * smallest, is kept. A branch stops as soon as even the union of every mask
 * still reachable cannot beat the best, or can only tie it on coverage
 * without a lower pain (pains are never negative). Reachable masks only shrink
 * along a level, so the rest of that level is cut too.
 *
 * A family already in the subset is skipped; the cut above still holds, as the
 * reachable masks it reads are an upper bound.
 *
 * Requires `masks.length === pains.length === families.length`, and at least
 * `size >= 1` distinct families.
 */
export const bestSubset = (masks: readonly number[], pains: readonly number[], families: readonly number[], size: number): number[] => {
  const count = masks.length
  const reachableFrom = new Array<number>(count + 1).fill(0)
  for (let index = count - 1; index >= 0; index--) reachableFrom[index] = masks[index]! | reachableFrom[index + 1]!

  const current = new Array<number>(size).fill(0)
  // Families are small whole numbers (catalog positions): a flag per family is cheaper than a Set.
  const taken = new Uint8Array(Math.max(0, ...families) + 1)
  let best: number[] = []
  let bestCoverage = -1
  let bestPain = Number.POSITIVE_INFINITY

  const extend = (from: number, depth: number, mask: number, pain: number): void => {
    if (depth === size) {
      const coverage = countBits(mask)
      if (coverage > bestCoverage || (coverage === bestCoverage && pain < bestPain)) {
        bestCoverage = coverage
        bestPain = pain
        best = current.slice()
      }
      return
    }
    for (let index = from; index <= count - (size - depth); index++) {
      const reachable = countBits(mask | reachableFrom[index]!)
      if (reachable < bestCoverage || (reachable === bestCoverage && pain >= bestPain)) return
      const family = families[index]!
      if (taken[family] === 1) continue
      current[depth] = index
      taken[family] = 1
      extend(index + 1, depth + 1, mask | masks[index]!, pain + pains[index]!)
      taken[family] = 0
    }
  }
  extend(0, 0, 0, 0)
  return best
}
