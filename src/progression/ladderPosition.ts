import type { Ladder } from '../catalog/ladder.js'
import { describeMovement } from '../catalog/lookUpMovement.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import { formatDose } from '../shared/formatDose.js'
import { movementRef, type MovementRef } from '../shared/movementRef.js'
import type { Reason } from '../shared/reason.js'
import type { ProgressionRuleId } from '../shared/rules.js'
import type { DoseCase } from './doseCase.js'
import { inUnitOf, rungOf, startingLadder } from './steps/rungInUse.js'

/** Where a movement stands on its ladder, from its own sessions. */
export interface LadderPosition {
  readonly subject: MovementRef
  /** How the movement reads in messages: `kettlebell-walk (overhead)`. */
  readonly name: string
  readonly ladder: Ladder
  /** This movement's own sessions (this variant's, for a movement with variants). */
  readonly own: readonly SessionLog[]
  readonly today: string
}

/** A position with a last session: the rung in use and the load carried. */
export interface StartedPosition extends LadderPosition {
  readonly last: SessionLog
  readonly current: number
  readonly loadKg: number | undefined
}

/** The values a reason's message speaks of, by name. */
export type ReasonParams = NonNullable<Reason['params']>

/** A reason of a ladder rule, with the rung it concerns (1-based) out of the ladder's rungs, and the values its message speaks of. */
export const rungReason = (position: LadderPosition, rule: ProgressionRuleId, message: string, rung: number, params: ReasonParams): Reason => ({
  rule,
  message,
  ...position.subject,
  value: rung + 1,
  limit: position.ladder.rungs.length,
  source: position.ladder.source,
  params,
})

/** `deadbug is at 2 x 30 s, rung 3 of 9`. */
export const describePosition = (position: StartedPosition): string =>
  `${position.name} is at ${formatDose(position.ladder.rungs[position.current]!)}, rung ${position.current + 1} of ${position.ladder.rungs.length}`

/** The values `describePosition` speaks of: the movement as messages name it, the dose of its rung, the rung (1-based) and the ladder's rungs. */
export const positionParams = (position: StartedPosition) =>
  ({ movement: position.name, dose: position.ladder.rungs[position.current]!, rung: position.current + 1, rungs: position.ladder.rungs.length }) as const

/** The latest of some sessions under `order`, found in one pass: a sort would cost more than the decision. */
export const latestSession = (sessions: readonly SessionLog[], order: (a: SessionLog, b: SessionLog) => number): SessionLog | undefined => {
  let latest: SessionLog | undefined
  for (const session of sessions) if (latest === undefined || order(session, latest) > 0) latest = session
  return latest
}

/** The position of the case's movement, and its last session when it has one. */
export const ladderPosition = (input: DoseCase, order: (a: SessionLog, b: SessionLog) => number): LadderPosition | StartedPosition => {
  const subject = movementRef(input.movement.id, input.variant)
  const name = describeMovement(subject)
  const own = input.sessions.filter((session) => session.movement === input.movement.id && session.variant === input.variant)
  const { today } = input
  const last = latestSession(own, order)
  if (last === undefined) return { subject, name, ladder: startingLadder(input.ladder, input.walkUnit), own, today }
  const done = input.credited?.get(last)?.dose ?? last.performed
  // The next dose comes in the unit of the last session: a walk logged in metres goes on in metres.
  const ladder = inUnitOf(input.ladder, done)
  return { subject, name, ladder, own, today, last, current: rungOf(ladder, done), loadKg: done.kind === 'reps' ? done.loadKg : undefined }
}

/** Whether a position has a last session. */
export const isStarted = (position: LadderPosition | StartedPosition): position is StartedPosition => 'last' in position
