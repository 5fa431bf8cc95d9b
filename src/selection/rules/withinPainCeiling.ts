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

/*
 * Both reasons of the rule carry the same params: the selection's reason names
 * no movement (movement '', pain 0), and a movement's names the ceiling as the
 * selection's does.
 */
const ceilingParams = (movement: string, pain: number, options: ValidSelectionOptions): NonNullable<Reason['params']> => ({
  movement,
  pain,
  ceiling: options.painCeiling,
  ceilingIsDefault: options.painCeilingIsDefault,
  defaultCeiling: PAIN_CEILING.default,
  maxCeiling: PAIN_CEILING.max,
})

/** The reason every selection gives: which ceiling applied, and whether the caller set it. */
export const ceilingReason = (options: ValidSelectionOptions): Reason => ({
  rule: 'pain-ceiling',
  message: options.painCeilingIsDefault
    ? `Movements that hurt more than ${options.painCeiling}/10 are left out (the default ceiling).`
    : `Movements that hurt more than ${options.painCeiling}/10 are left out (ceiling set by the caller; default ${PAIN_CEILING.default}, at most ${PAIN_CEILING.max}).`,
  value: options.painCeiling,
  limit: PAIN_CEILING.max,
  source: SOURCES.selection,
  params: ceilingParams('', 0, options),
})

/** A movement left out because it hurt more than the ceiling. */
export const aboveCeiling = (entry: ScoredEntry, options: ValidSelectionOptions): ExcludedMovement => {
  const name = describeMovement({ movement: entry.movement.id, variant: entry.variant })
  const { painCeiling } = options
  return excludedEntry(entry, 'pain-ceiling', `${name} hurt ${entry.pain}/10, above the ceiling of ${painCeiling}/10.`, painCeiling, ceilingParams(name, entry.pain, options))
}
