import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'
import type { SorenessVerdict } from '../../ceiling/soreness/sorenessReport.js'
import { movementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { describeEvent, eventParams, type EventRef } from '../eventRef.js'

/**
 * A soreness report of warning pain after a movement counts as a red
 * session of that movement (domain section 7): the movement's last session
 * on or before the report is red, whatever pain was logged during it, with
 * this reason. Undefined for any other verdict, or with no session to mark.
 */
export const sorenessAsRed = (verdict: SorenessVerdict, session: SessionLog | undefined, ref: EventRef): Reason | undefined => {
  if (verdict.classification !== 'warning-pain' || session === undefined) return undefined
  const signs = verdict.reasons.map((reason) => reason.rule)
  return {
    rule: 'soreness-as-red',
    message: `${describeMovement(session)} on ${session.date} was followed by warning pain, not soreness (${describeEvent(ref)}: ${signs.join(', ')}): that session counts as red.`,
    ...movementRef(session.movement, session.variant),
    date: session.date,
    value: ref.date,
    source: SOURCES.soreness,
    params: { movement: describeMovement(session), date: session.date, ...eventParams(ref), signs },
  }
}
