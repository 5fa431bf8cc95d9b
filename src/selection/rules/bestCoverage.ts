import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { bestSubset, countBits } from '../bestSubset.js'
import type { ScoredEntry } from '../resolveAssessment.js'
import type { ExcludedMovement } from '../selection.js'
import { SELECTION_SIZE } from '../selectionDefaults.js'
import { excludedEntry } from './excludedEntry.js'

/** The chosen movements, why they were chosen, and why each other eligible one was not. */
export interface Choice {
  readonly chosen: ReadonlySet<ScoredEntry>
  readonly reasons: readonly Reason[]
  readonly notChosen: (entry: ScoredEntry) => ExcludedMovement
}

const focusNames = (mask: number, tags: readonly string[]): string[] => tags.filter((_, bit) => (mask & (1 << bit)) !== 0)

/**
 * Five of the eligible movements, or four when only four are (seed 001): the
 * set that covers the most focus areas (seed 000: the body works as a kinetic
 * chain), then the lowest total pain, then the earliest in catalog order.
 * `eligible` is in catalog order and holds at least SELECTION_SIZE.min.
 */
export const chooseBestCoverage = (eligible: readonly ScoredEntry[], painCeiling: number, focusTags: readonly string[]): Choice => {
  const size = Math.min(eligible.length, SELECTION_SIZE.max)
  const indexes = bestSubset(eligible.map((entry) => entry.focusMask), eligible.map((entry) => entry.pain), size)
  const chosen = new Set(indexes.map((index) => eligible[index]!))
  let coveredMask = 0
  let totalPain = 0
  for (const entry of chosen) {
    coveredMask |= entry.focusMask
    totalPain += entry.pain
  }
  const reachableMask = eligible.reduce((mask, entry) => mask | entry.focusMask, 0)
  const covered = countBits(coveredMask)
  const reasons: Reason[] = [
    {
      rule: 'selection-size',
      message: `${eligible.length} movements hurt ${painCeiling}/10 or less; ${size} are chosen (${SELECTION_SIZE.min}-${SELECTION_SIZE.max}).`,
      value: size,
      limit: SELECTION_SIZE.max,
      source: SOURCES.selection,
    },
    {
      rule: 'focus-coverage',
      message: `The chosen movements cover ${covered} of the ${countBits(reachableMask)} focus areas the eligible ones reach: ${focusNames(coveredMask, focusTags).join(', ')}.`,
      value: focusNames(coveredMask, focusTags),
      limit: countBits(reachableMask),
      source: SOURCES.coverage,
    },
    {
      rule: 'total-pain',
      message: `Among the choices with the most coverage, this one has the lowest total pain (${totalPain}); ties go to catalog order.`,
      value: totalPain,
      source: SOURCES.selection,
    },
  ]
  const notChosen = (entry: ScoredEntry) =>
    excludedEntry(
      entry,
      'not-chosen',
      `${describeMovement({ movement: entry.movement.id, variant: entry.variant })} was within the ceiling, but every set of ${size} that includes it covers fewer focus areas than the chosen ${covered}, or as many with more total pain than ${totalPain}, or ties on both and comes later in catalog order.`,
      size,
    )
  return { chosen, reasons, notChosen }
}
