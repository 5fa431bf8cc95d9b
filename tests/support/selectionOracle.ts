// Slow, obvious versions of the selection rule, sharing no code with the engine: property tests hold the
// engine's pruned search to them.
import type { AssessmentResult, Catalog } from '../../src/index.js'
import { scorableEntries } from '../arbitraries/assessment.js'

/** A movement and variant as one string, so selections compare as sorted lists. */
export const keyOf = (item: { readonly movement: string; readonly variant?: string | undefined }): string =>
  `${item.movement}/${item.variant ?? ''}`

const popCount = (mask: number): number => mask.toString(2).split('').filter((bit) => bit === '1').length

/** Every way to pick `size` of the indexes 0..count-1, in lexicographic order. */
const combinations = (count: number, size: number): number[][] => {
  if (size === 0) return [[]]
  const all: number[][] = []
  const visit = (from: number, picked: number[]) => {
    if (picked.length === size) {
      all.push(picked)
      return
    }
    for (let index = from; index < count; index++) visit(index + 1, [...picked, index])
  }
  visit(0, [])
  return all
}

/** Whether a pick holds two indexes of one family. */
const repeatsFamily = (picked: readonly number[], families: readonly unknown[]): boolean => new Set(picked.map((index) => families[index])).size < picked.length

/**
 * The indexes the subset search should return: no two of one family, most bits covered, then least
 * pain, then the lexicographically smallest list of indexes.
 */
export const bruteForceSubset = (masks: readonly number[], pains: readonly number[], families: readonly number[], size: number): number[] => {
  let best: { readonly picked: number[]; readonly coverage: number; readonly pain: number } | undefined
  for (const picked of combinations(masks.length, size)) {
    if (repeatsFamily(picked, families)) continue
    const coverage = popCount(picked.reduce((mask, index) => mask | masks[index]!, 0))
    const pain = picked.reduce((sum, index) => sum + pains[index]!, 0)
    // Combinations come in lexicographic order, so only a strictly better one replaces the first found.
    if (best === undefined || coverage > best.coverage || (coverage === best.coverage && pain < best.pain)) best = { picked, coverage, pain }
  }
  return best?.picked ?? []
}

/**
 * Each movement's family, by walking the harder and easier forms both ways: the ids it reaches,
 * sorted and joined. A movement's variants are the movement, so they share it.
 */
export const familiesOf = (catalog: Catalog): ((movement: string) => string) => {
  const links = new Map<string, string[]>(catalog.map((movement) => [movement.id, []]))
  for (const movement of catalog) {
    for (const other of [movement.harderForm, movement.easierForm]) {
      if (other === undefined || !links.has(other)) continue
      links.get(movement.id)!.push(other)
      links.get(other)!.push(movement.id)
    }
  }
  return (movement) => {
    const reached = new Set([movement])
    for (const id of reached) for (const next of links.get(id) ?? []) reached.add(next)
    return [...reached].sort().join('+')
  }
}

const orderKey = (order: readonly [number, number]): string => `${String(order[0]).padStart(4, '0')}.${String(order[1]).padStart(4, '0')}`

/**
 * The movements seed 001's rule picks from `results`, written over every subset of the eligible ones:
 * those within the ceiling, five of them (four when only four are), the most distinct focus tags, then
 * the least total pain, then the earliest in catalog order. Undefined when fewer than four are eligible,
 * or when a movement hurt 8/10 or more.
 * Returns sorted keys.
 */
export const bruteForceSelection = (catalog: Catalog, results: readonly AssessmentResult[], painCeiling: number): string[] | undefined => {
  // A movement that hurt 8/10 or more refers before anything is chosen (domain.md section 3).
  if (results.some((result) => result.pain >= 8)) return undefined
  const byKey = new Map(scorableEntries(catalog).map((entry) => [keyOf(entry), entry]))
  const familyOf = familiesOf(catalog)
  const eligible = results.filter((result) => result.pain <= painCeiling).map((result) => ({ result, entry: byKey.get(keyOf(result))! }))
  const families = eligible.map((member) => familyOf(member.result.movement))
  // Four to five different movements: variants, and a movement with its harder form, count once.
  const distinct = new Set(families).size
  if (distinct < 4) return undefined
  const size = Math.min(5, distinct)
  let best: { readonly coverage: number; readonly pain: number; readonly order: string; readonly keys: string[] } | undefined
  for (const picked of combinations(eligible.length, size)) {
    if (repeatsFamily(picked, families)) continue
    const members = picked.map((index) => eligible[index]!)
    const candidate = {
      coverage: new Set(members.flatMap((member) => member.entry.focus)).size,
      pain: members.reduce((sum, member) => sum + member.result.pain, 0),
      order: members
        .map((member) => orderKey(member.entry.order))
        .sort()
        .join(','),
      keys: members.map((member) => keyOf(member.result)).sort(),
    }
    const better =
      best === undefined ||
      (candidate.coverage !== best.coverage
        ? candidate.coverage > best.coverage
        : candidate.pain !== best.pain
          ? candidate.pain < best.pain
          : candidate.order < best.order)
    if (better) best = candidate
  }
  return best?.keys
}
