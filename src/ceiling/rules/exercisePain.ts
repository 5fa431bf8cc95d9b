import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingRules } from '../ceilingOptions.js'
import type { Zone } from '../ceilingVerdict.js'
import type { SessionLog } from '../sessionLog.js'
import { painLimit, painZone, worseZone } from '../zones.js'

/** What a session's own pain says: its zone, and a reason for each pain that left green. */
export interface OwnPain {
  readonly zone: Zone
  readonly reasons: readonly Reason[]
}

// Most sessions are green: they share one answer, which no caller changes.
const GREEN: OwnPain = Object.freeze({ zone: 'green', reasons: Object.freeze([]) })

/** Why one pain of a session left green. */
const painReason = (session: SessionLog, when: 'during' | 'after', pain: number, zone: Zone, name: string, subject: MovementRef, rules: CeilingRules): Reason => ({
  rule: when === 'during' ? 'pain-during' : 'pain-after',
  message: `${name} on ${session.date}${session.time === undefined ? '' : ` ${session.time}`}: pain ${when} ${pain}/10, above ${painLimit(zone, rules)}/10 (${zone}).`,
  ...subject,
  date: session.date,
  value: pain,
  limit: painLimit(zone, rules),
  source: SOURCES.painMonitoring,
  // A session logged without a time of day gives an empty time.
  params: { movement: name, date: session.date, time: session.time ?? '', pain, limit: painLimit(zone, rules), zone },
})

/**
 * Pain during and after a session (the pain-monitoring model): at or under the
 * ceiling green, up to 5 amber, above red. Each that leaves green gives its
 * own reason; the session's zone is the worse of the two.
 */
export const exercisePain = (session: SessionLog, name: string, subject: MovementRef, rules: CeilingRules): OwnPain => {
  const during = painZone(session.painDuring, rules)
  const after = session.painAfter === undefined ? 'green' : painZone(session.painAfter, rules)
  if (during === 'green' && after === 'green') return GREEN
  const reasons: Reason[] = []
  if (during !== 'green') reasons.push(painReason(session, 'during', session.painDuring, during, name, subject, rules))
  if (after !== 'green') reasons.push(painReason(session, 'after', session.painAfter!, after, name, subject, rules))
  return { zone: worseZone(during, after), reasons }
}
