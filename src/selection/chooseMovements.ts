import { left, right, type Either } from '../_lib/either.js'
import type { Referral } from '../shared/referral.js'
import type { ScoredEntry } from './resolveAssessment.js'
import { chooseBestCoverage } from './rules/bestCoverage.js'
import { dosedSelection, REHAB_DOSE_REASON } from './rules/rehabDose.js'
import { tooFewTolerable } from './rules/tooFewTolerable.js'
import { aboveCeiling, ceilingReason, isWithinCeiling } from './rules/withinPainCeiling.js'
import type { RehabSelection } from './selection.js'
import type { ValidSelectionOptions } from './selectionOptions.js'

/**
 * The selection over entries already matched to the catalog, in catalog
 * order: the pain ceiling, then at least four tolerable movements or a
 * referral, then the best coverage, each chosen movement at seed 001's dose.
 */
export const chooseMovements = (entries: readonly ScoredEntry[], options: ValidSelectionOptions): Either<Referral, RehabSelection> => {
  const { painCeiling } = options
  const eligible = entries.filter((entry) => isWithinCeiling(entry, painCeiling))
  const referral = tooFewTolerable(entries, eligible, options)
  if (referral !== undefined) return left(referral)
  const choice = chooseBestCoverage(eligible, painCeiling, options.catalog.focusTags)
  return right({
    selected: entries.filter((entry) => choice.chosen.has(entry)).map(dosedSelection),
    excluded: entries
      .filter((entry) => !choice.chosen.has(entry))
      .map((entry) => (isWithinCeiling(entry, painCeiling) ? choice.notChosen(entry) : aboveCeiling(entry, options))),
    painCeiling,
    reasons: [ceilingReason(options), ...choice.reasons, REHAB_DOSE_REASON],
  })
}
