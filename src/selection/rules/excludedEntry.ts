import type { Reason } from '../../shared/reason.js'
import type { SelectionRuleId } from '../../shared/rules.js'
import { SOURCES } from '../../shared/sources.js'
import type { ScoredEntry } from '../resolveAssessment.js'
import type { ExcludedMovement } from '../selection.js'

/*
 * Built field by field rather than with spreads: outputs with and without a
 * variant have different shapes, and spreading them puts V8 on a slow path
 * that cost most of the selection's time.
 */
/** An assessed movement left out of the selection, with the rule that left it out. */
export const excludedEntry = (entry: ScoredEntry, rule: SelectionRuleId, message: string, limit: number, params: NonNullable<Reason['params']>): ExcludedMovement => {
  const movement = entry.movement.id
  return entry.variant === undefined
    ? { movement, pain: entry.pain, reason: { rule, message, movement, value: entry.pain, limit, source: SOURCES.selection, params } }
    : {
        movement,
        variant: entry.variant,
        pain: entry.pain,
        reason: { rule, message, movement, variant: entry.variant, value: entry.pain, limit, source: SOURCES.selection, params },
      }
}
