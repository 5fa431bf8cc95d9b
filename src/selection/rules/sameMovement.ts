import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { ScoredEntry } from '../resolveAssessment.js'
import type { ExcludedMovement } from '../selection.js'
import { excludedEntry } from './excludedEntry.js'

/** How many entries of one movement a plan holds: one, whatever its variants and forms. */
const ONE_PER_MOVEMENT = 1

/**
 * A movement left out because another entry of the same movement was chosen:
 * another variant of it, or its harder or easier form. Seed 001's "4-5
 * movements" counts different movements, and a movement beside its own harder
 * form is the same work twice; the choice between them is the one that
 * covers most, then hurts least, then comes first in the catalog.
 */
export const sameMovement = (entry: ScoredEntry, chosen: ScoredEntry): ExcludedMovement => {
  const name = describeMovement({ movement: entry.movement.id, variant: entry.variant })
  const kept = describeMovement({ movement: chosen.movement.id, variant: chosen.variant })
  return excludedEntry(
    entry,
    'same-movement',
    `${name} was within the ceiling, but ${kept} is chosen and is the same movement (a variant of it, or its harder or easier form): a plan holds each movement once.`,
    ONE_PER_MOVEMENT,
    { movement: name, chosen: kept },
  )
}
