import { addIsoDays } from '../../_lib/isoDays.js'
import type { MovementVerdict } from '../../ceiling/ceilingVerdict.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import { PROGRESSION_DEFAULTS } from '../../progression/progressionDefaults.js'
import { movementRef, type MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { describeEvent, eventParams, type EventRef } from '../eventRef.js'

/** A movement the episode holds paused: from the day the ceiling paused it until `resumeOn`, fixed then. */
export interface HeldPause {
  readonly subject: MovementRef
  readonly since: string
  readonly resumeOn: string
  readonly causedBy: EventRef
  /** The ceiling's reasons on the day the pause began. */
  readonly reasons: readonly Reason[]
}

/**
 * Repeated red pauses a movement for `pauseDays` from the day it went red
 * again (engine default, a week: the ceiling's window), a date fixed on that
 * day, so asking again never moves it.
 */
export const pauseFrom = (verdict: MovementVerdict, ref: EventRef): HeldPause => ({
  subject: movementRef(verdict.movement, verdict.variant),
  since: ref.date,
  resumeOn: addIsoDays(ref.date, PROGRESSION_DEFAULTS.pauseDays),
  causedBy: ref,
  reasons: verdict.reasons,
})

/** Why a movement is paused today, and what ends the pause. */
export const pauseHeldReason = (pause: HeldPause): Reason => ({
  rule: 'pause-held',
  message: `${describeMovement(pause.subject)} went into the red repeatedly (${describeEvent(pause.causedBy)}): it rests until ${pause.resumeOn}, a date fixed on ${pause.since}, unless a clinician's clearance of its pause comes first.`,
  ...pause.subject,
  date: pause.resumeOn,
  value: pause.since,
  source: SOURCES.engine,
  params: { movement: describeMovement(pause.subject), ...eventParams(pause.causedBy), resumeOn: pause.resumeOn, since: pause.since },
})

/** Why a movement is back after a pause, and at what: the dose decision after a red, one rung below. */
export const pauseEndedReason = (pause: HeldPause, endedOn: string, how: 'date' | 'clearance'): Reason => ({
  rule: 'pause-ended',
  message:
    how === 'date'
      ? `The pause of ${describeMovement(pause.subject)} ended on ${endedOn}: it comes back below the dose that went red.`
      : `A clinician lifted the pause of ${describeMovement(pause.subject)} on ${endedOn}: it comes back below the dose that went red.`,
  ...pause.subject,
  date: endedOn,
  value: pause.since,
  source: SOURCES.engine,
  params: { movement: describeMovement(pause.subject), endedOn, how },
})
