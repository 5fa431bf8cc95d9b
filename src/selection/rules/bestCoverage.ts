import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { bestSubset, countBits } from '../bestSubset.js'
import { distinctMovements, type ScoredEntry } from '../resolveAssessment.js'
import type { ExcludedMovement } from '../selection.js'
import { SELECTION_SIZE } from '../selectionDefaults.js'
import { excludedEntry } from './excludedEntry.js'
import { sameMovement } from './sameMovement.js'

/** The chosen movements, why they were chosen, and why each other eligible one was not. */
export interface Choice {
  readonly chosen: ReadonlySet<ScoredEntry>
  readonly reasons: readonly Reason[]
  readonly notChosen: (entry: ScoredEntry) => ExcludedMovement
}

const focusNames = (mask: number, tags: readonly string[]): string[] => tags.filter((_, bit) => (mask & (1 << bit)) !== 0)

/**
 * Five of the eligible movements, or four when only four are (seed 001),
 * five different movements: at most one variant or form of each. The set
 * that covers the most focus areas (seed 000: the body works as a kinetic
 * chain), then the lowest total pain, then the earliest in catalog order.
 * `eligible` is in catalog order and holds at least SELECTION_SIZE.min
 * different movements.
 */
export const chooseBestCoverage = (eligible: readonly ScoredEntry[], painCeiling: number, focusTags: readonly string[]): Choice => {
  const distinct = distinctMovements(eligible)
  const size = Math.min(distinct, SELECTION_SIZE.max)
  const indexes = bestSubset(
    eligible.map((entry) => entry.focusMask),
    eligible.map((entry) => entry.pain),
    eligible.map((entry) => entry.family),
    size,
  )
  const chosen = new Set(indexes.map((index) => eligible[index]!))
  const chosenOf = new Map([...chosen].map((entry) => [entry.family, entry]))
  let coveredMask = 0
  let totalPain = 0
  for (const entry of chosen) {
    coveredMask |= entry.focusMask
    totalPain += entry.pain
  }
  const reachableMask = eligible.reduce((mask, entry) => mask | entry.focusMask, 0)
  const covered = countBits(coveredMask)
  const reachable = countBits(reachableMask)
  const focusAreas = focusNames(coveredMask, focusTags)
  const reasons: Reason[] = [
    {
      rule: 'selection-size',
      message: `${distinct} movements hurt ${painCeiling}/10 or less; ${size} are chosen (${SELECTION_SIZE.min}-${SELECTION_SIZE.max}).`,
      value: size,
      limit: SELECTION_SIZE.max,
      source: SOURCES.selection,
      params: { eligible: distinct, ceiling: painCeiling, size, min: SELECTION_SIZE.min, max: SELECTION_SIZE.max },
    },
    {
      rule: 'focus-coverage',
      message: `The chosen movements cover ${covered} of the ${reachable} focus areas the eligible ones reach: ${focusAreas.join(', ')}.`,
      value: focusAreas,
      limit: reachable,
      source: SOURCES.coverage,
      params: { covered, reachable, focusAreas },
    },
    {
      rule: 'total-pain',
      message: `Among the choices with the most coverage, this one has the lowest total pain (${totalPain}); ties go to catalog order.`,
      value: totalPain,
      source: SOURCES.selection,
      params: { totalPain },
    },
  ]
  const notChosen = (entry: ScoredEntry) => {
    const same = chosenOf.get(entry.family)
    if (same !== undefined) return sameMovement(entry, same)
    const name = describeMovement({ movement: entry.movement.id, variant: entry.variant })
    return excludedEntry(
      entry,
      'not-chosen',
      `${name} was within the ceiling, but every set of ${size} that includes it covers fewer focus areas than the chosen ${covered}, or as many with more total pain than ${totalPain}, or ties on both and comes later in catalog order.`,
      size,
      { movement: name, size, covered, totalPain },
    )
  }
  return { chosen, reasons, notChosen }
}
