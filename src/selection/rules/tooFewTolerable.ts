import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { Referral } from '../../shared/referral.js'
import { SOURCES } from '../../shared/sources.js'
import { distinctMovements, type ScoredEntry } from '../resolveAssessment.js'
import { SELECTION_SIZE } from '../selectionDefaults.js'
import type { ValidSelectionOptions } from '../selectionOptions.js'
import { ceilingReason } from './withinPainCeiling.js'

const ADVICE =
  'Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.'

/**
 * Seed 001 needs at least four tolerable movements, four different ones
 * (a movement's variants and forms count once); with fewer there is no
 * plan, and seed 003 says to stop and have the pain checked: a routine
 * referral. Undefined when there are enough.
 */
export const tooFewTolerable = (
  entries: readonly ScoredEntry[],
  eligible: readonly ScoredEntry[],
  options: ValidSelectionOptions,
): Referral | undefined => {
  const distinct = distinctMovements(eligible)
  if (distinct >= SELECTION_SIZE.min) return undefined
  const assessed = distinctMovements(entries)
  const names = eligible.map((entry) => describeMovement({ movement: entry.movement.id, variant: entry.variant }))
  // Four variants of one walk are one movement: say so when that is why the count is short.
  const countedOnce = distinct < eligible.length
  const once = countedOnce ? ' (variants and harder or easier forms of one movement count once)' : ''
  return {
    _tag: 'Referral',
    cause: 'too-few-tolerable',
    urgency: 'routine',
    advice: ADVICE,
    reasons: [
      ceilingReason(options),
      {
        rule: 'too-few-tolerable',
        message: `${distinct} of ${assessed} assessed movements hurt ${options.painCeiling}/10 or less${names.length > 0 ? ` (${names.join(', ')})` : ''}; a plan needs at least ${SELECTION_SIZE.min}${once}. ${ADVICE}`,
        value: names,
        limit: SELECTION_SIZE.min,
        source: `${SOURCES.selection}; ${SOURCES.checkFirst}`,
        params: { eligible: distinct, assessed, ceiling: options.painCeiling, movements: names, min: SELECTION_SIZE.min, countedOnce },
      },
    ],
  }
}
