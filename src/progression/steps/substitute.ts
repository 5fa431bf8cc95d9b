import type { Movement } from '../../catalog/movement.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import { movementRef, type MovementRef } from '../../shared/movementRef.js'

/** A movement to do while another is paused, with the pain it scored at the last assessment. */
export type Substitute = MovementRef & { readonly pain: number }

const sharedFocus = (entry: ScoredEntry, paused: Movement): number => entry.movement.focus.filter((tag) => paused.focus.includes(tag)).length

/**
 * The assessment movement to do instead of a paused one (domain rule: another
 * movement that scored within the ceiling): most shared focus, then least
 * pain, then catalog order. Undefined when there is no assessment or no
 * movement other than the paused one within the ceiling.
 */
export const chooseSubstitute = (
  paused: Movement,
  variant: string | undefined,
  entries: readonly ScoredEntry[] | undefined,
  painCeiling: number,
): Substitute | undefined => {
  const candidates = (entries ?? [])
    .filter((entry) => entry.pain <= painCeiling && !(entry.movement.id === paused.id && entry.variant === variant))
    .sort((a, b) => sharedFocus(b, paused) - sharedFocus(a, paused) || a.pain - b.pain || a.rank - b.rank)
  const best = candidates[0]
  return best === undefined ? undefined : { ...movementRef(best.movement.id, best.variant), pain: best.pain }
}

/** How a substitute reads in a message: `bird-dog (it scored 1/10 at the last assessment)`. */
export const describeSubstitute = (substitute: Substitute): string =>
  `${describeMovement(substitute)} instead (it scored ${substitute.pain}/10 at the last assessment)`
