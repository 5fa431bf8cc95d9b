import type { CompiledCatalog } from '../../catalog/compiledCatalog.js'
import type { Movement } from '../../catalog/movement.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import { movementRef, type MovementRef } from '../../shared/movementRef.js'

/** A movement to do while another is paused, with the pain it scored at the last assessment. */
export type Substitute = MovementRef & { readonly pain: number }

const sharedFocus = (entry: ScoredEntry, paused: Movement): number => entry.movement.focus.filter((tag) => paused.focus.includes(tag)).length

/** Whether `target` is harder than `from`: reached from it by steps up, a link named from either side. */
const isHarder = (catalog: CompiledCatalog, from: string, target: string): boolean => {
  const reached = new Set([from])
  // A set visited while it grows: each harder form reached is walked in turn.
  for (const id of reached) {
    for (const next of catalog.byId.get(id)?.harder ?? []) {
      if (next === target) return true
      reached.add(next)
    }
  }
  return false
}

/** Easier than the paused movement (0), unrelated (1), or harder (2): its own later variants, and its harder forms, are harder. */
const difficulty = (catalog: CompiledCatalog, entry: ScoredEntry, paused: Movement, pausedRank: number): number => {
  const { movement } = entry
  // Variants are listed easiest first, the plain movement before them.
  if (movement.id === paused.id) return entry.rank < pausedRank ? 0 : 2
  if (isHarder(catalog, paused.id, movement.id)) return 2
  return isHarder(catalog, movement.id, paused.id) ? 0 : 1
}

/**
 * The assessment movement to do instead of a paused one (domain rule:
 * another movement that scored within the ceiling), never a harder one: not
 * the paused movement's harder form, nor a later variant of it. Its easier
 * form, or an earlier variant, comes first; then most shared focus, then
 * least pain, then catalog order. Undefined when there is no assessment or
 * no such movement within the ceiling.
 */
export const chooseSubstitute = (
  catalog: CompiledCatalog,
  paused: Movement,
  variant: string | undefined,
  entries: readonly ScoredEntry[] | undefined,
  painCeiling: number,
): Substitute | undefined => {
  const compiled = catalog.byId.get(paused.id)
  const pausedRank = (variant === undefined ? compiled?.rank : compiled?.variantRanks.get(variant)) ?? 0
  const candidates = (entries ?? [])
    .map((entry) => ({ entry, difficulty: difficulty(catalog, entry, paused, pausedRank) }))
    .filter(({ entry, difficulty }) => entry.pain <= painCeiling && difficulty < 2)
    .sort((a, b) => a.difficulty - b.difficulty || sharedFocus(b.entry, paused) - sharedFocus(a.entry, paused) || a.entry.pain - b.entry.pain || a.entry.rank - b.entry.rank)
  const best = candidates[0]?.entry
  return best === undefined ? undefined : { ...movementRef(best.movement.id, best.variant), pain: best.pain }
}

/** How a substitute reads in a message: `bird-dog (it scored 1/10 at the last assessment)`. */
export const describeSubstitute = (substitute: Substitute): string =>
  `${describeMovement(substitute)} instead (it scored ${substitute.pain}/10 at the last assessment)`
