import { withMovement } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import type { DoseAction, DoseDecision } from '../doseDecision.js'
import type { StartedPosition } from '../ladderPosition.js'
import { earliestNext } from './frequency.js'
import { withLoad } from './loadStep.js'

/** Builds a decision at a rung, with its reason first and the ceiling's reasons after it. */
export type Decide = (action: DoseAction, rung: number, reason: Reason) => DoseDecision

/** The decision builder of a started position: the rung's dose with the load carried, at the ladder's frequency. */
export const decider =
  (position: StartedPosition, ceilingReasons: readonly Reason[]): Decide =>
  (action, rung, reason) =>
    withMovement(position.subject, {
      action,
      dose: withLoad(position.ladder.rungs[rung]!, position.loadKg),
      nextEarliest: earliestNext(position.ladder, position.own, position.last, position.today),
      reasons: [reason, ...ceilingReasons],
    })
