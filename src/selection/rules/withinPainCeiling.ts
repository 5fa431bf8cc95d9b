import { describeMovement } from '../../catalog/lookUpMovement.js'
import { PAIN_CEILING } from '../../shared/pain.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { ScoredEntry } from '../resolveAssessment.js'
import type { ExcludedMovement } from '../selection.js'
import type { ValidSelectionOptions } from '../selectionOptions.js'
import { excludedEntry } from './excludedEntry.js'

/** Seed 001: only movements that hurt no more than the ceiling are eligible. */
export const isWithinCeiling = (entry: ScoredEntry, painCeiling: number): boolean => entry.pain <= painCeiling

/** The reason every selection gives: which ceiling applied, and whether the caller set it. */
export const ceilingReason = (options: ValidSelectionOptions): Reason => ({
  rule: 'pain-ceiling',
  message: options.painCeilingIsDefault
    ? `Movements that hurt more than ${options.painCeiling}/10 are left out (the default ceiling).`
    : `Movements that hurt more than ${options.painCeiling}/10 are left out (ceiling set by the caller; default ${PAIN_CEILING.default}, at most ${PAIN_CEILING.max}).`,
  value: options.painCeiling,
  limit: PAIN_CEILING.max,
  source: SOURCES.selection,
})

/** A movement left out because it hurt more than the ceiling. */
export const aboveCeiling = (entry: ScoredEntry, painCeiling: number): ExcludedMovement =>
  excludedEntry(entry, 'pain-ceiling', `${describeMovement({ movement: entry.movement.id, variant: entry.variant })} hurt ${entry.pain}/10, above the ceiling of ${painCeiling}/10.`, painCeiling)
