import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingRules } from '../ceilingOptions.js'

/**
 * Severe pain stops exercise and refers: pain during or after a session, or
 * morning back pain, at or above `referPain` (8 by default) anywhere in the
 * window. Undefined when the pain is below it.
 */
export const referPain = (pain: number, what: string, date: string, subject: MovementRef | undefined, rules: CeilingRules): Reason | undefined =>
  pain < rules.referPain
    ? undefined
    : {
        rule: 'refer-pain',
        message: `${what} reached ${pain}/10 on ${date}, at or above ${rules.referPain}/10: stop and see a clinician.`,
        ...subject,
        date,
        value: pain,
        limit: rules.referPain,
        source: SOURCES.ceilingMethod,
      }
