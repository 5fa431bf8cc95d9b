import type { CeilingContext } from '../../ceiling/ceilingContext.js'
import { chronologically } from '../../ceiling/chronologically.js'
import type { CeilingAction, MovementVerdict } from '../../ceiling/ceilingVerdict.js'
import { judgeSessions } from '../../ceiling/movementStates.js'
import { movementVerdicts } from '../../ceiling/movementVerdicts.js'
import { unsettledAmberDays } from '../../ceiling/judgeCeiling.js'
import type { StartedPosition } from '../ladderPosition.js'

/**
 * The verdict on a movement whose last session day is older than the
 * ceiling's window, so the window holds no verdict of its own for it. That
 * day is judged by the ceiling's own session rules (its pain during and after,
 * and its next morning), as if it were in the window: a step up needs the
 * movement's own last session green and settled, however long ago, and after
 * a red session the next dose is lower, however long ago (domain.md section 7).
 * The rules that speak for every movement still cap it.
 */
export const lastSessionVerdict = (
  position: StartedPosition,
  context: CeilingContext,
  cap: CeilingAction,
): { readonly verdict: MovementVerdict; readonly amberDay: string | undefined } => {
  // In the ceiling's own order, so the reasons do not depend on the order the logs came in.
  const lastDay = position.own.filter((session) => session.date === position.last.date).sort(chronologically(context.catalog))
  const states = judgeSessions({ ...context, windowSessions: lastDay }).states
  // The day holds the last session, and only this movement's sessions: one verdict, always.
  return { verdict: movementVerdicts(states.values(), cap)[0]!, amberDay: unsettledAmberDays(states).get(position.name) }
}
