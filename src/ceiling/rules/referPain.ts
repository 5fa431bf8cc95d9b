import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingRules } from '../ceilingOptions.js'

/** When severe pain was felt: during or after a movement's session, or at a morning check. */
export type SeverePainAt = { readonly when: 'during' | 'after'; readonly subject: MovementRef } | { readonly when: 'morning' }

/**
 * Severe pain stops exercise and refers: pain during or after a session, or
 * morning back pain, at or above `referPain` (8 by default) anywhere in the
 * window. Undefined when the pain is below it.
 */
export const referPain = (pain: number, at: SeverePainAt, date: string, rules: CeilingRules): Reason | undefined => {
  if (pain < rules.referPain) return undefined
  // A morning's pain comes from no movement: its reason names none, and its movement param is empty.
  const movement = at.when === 'morning' ? '' : describeMovement(at.subject)
  return {
    rule: 'refer-pain',
    message: `${at.when === 'morning' ? 'Morning back pain' : `Pain ${at.when} ${movement}`} reached ${pain}/10 on ${date}, at or above ${rules.referPain}/10: stop and see a clinician.`,
    ...(at.when === 'morning' ? {} : at.subject),
    date,
    value: pain,
    limit: rules.referPain,
    source: SOURCES.ceilingMethod,
    params: { when: at.when, movement, pain, date, limit: rules.referPain },
  }
}
