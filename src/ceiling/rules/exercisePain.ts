import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingRules } from '../ceilingOptions.js'
import type { Zone } from '../ceilingVerdict.js'
import type { SessionLog } from '../sessionLog.js'
import { painLimit, painZone, worseZone } from '../zones.js'

/**
 * Pain during and after a session (the pain-monitoring model): at or under the
 * ceiling green, up to 5 amber, above red. Each that leaves green gives its
 * own reason; the session's zone is the worse of the two.
 */
export const exercisePain = (session: SessionLog, name: string, subject: MovementRef, rules: CeilingRules): { zone: Zone; reasons: Reason[] } => {
  const at = `${session.date}${session.time === undefined ? '' : ` ${session.time}`}`
  const reasons: Reason[] = []
  const judge = (when: 'during' | 'after', pain: number): Zone => {
    const zone = painZone(pain, rules)
    if (zone !== 'green') {
      reasons.push({
        rule: when === 'during' ? 'pain-during' : 'pain-after',
        message: `${name} on ${at}: pain ${when} ${pain}/10, above ${painLimit(zone, rules)}/10 (${zone}).`,
        ...subject,
        date: session.date,
        value: pain,
        limit: painLimit(zone, rules),
        source: SOURCES.painMonitoring,
        // A session logged without a time of day gives an empty time.
        params: { movement: name, date: session.date, time: session.time ?? '', pain, limit: painLimit(zone, rules), zone },
      })
    }
    return zone
  }
  const during = judge('during', session.painDuring)
  const zone = session.painAfter === undefined ? during : worseZone(during, judge('after', session.painAfter))
  return { zone, reasons }
}
