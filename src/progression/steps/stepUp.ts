import { formatDose } from '../../shared/formatDose.js'
import type { DoseCase } from '../doseCase.js'
import type { DoseDecision } from '../doseDecision.js'
import { describePosition, positionParams, rungReason, type StartedPosition } from '../ladderPosition.js'
import { afterTop } from './afterTop.js'
import type { Decide } from './decide.js'
import { extend } from '../../_lib/extend.js'

/**
 * A green ceiling allows a step up (domain rule: the prescribed dose completed
 * with the ceiling held, the next morning included): one rung up when the last
 * session completed its dose, or what follows the top once there. A session
 * that did not complete its dose is repeated.
 */
export const stepUp = (position: StartedPosition, input: DoseCase, decide: Decide): DoseDecision => {
  const at = describePosition(position)
  const { current } = position
  if (!position.last.completed) {
    return decide('hold', current, rungReason(position, 'incomplete', `${at}, but the last session did not complete its dose: repeat it.`, current, positionParams(position)))
  }
  if (current < position.ladder.rungs.length - 1) {
    const next = position.ladder.rungs[current + 1]!
    const message = `${at}, green and completed: one rung up, to ${formatDose(next)}.`
    return decide('progress', current + 1, rungReason(position, 'ladder-step-up', message, current + 1, extend(positionParams(position), { to: next })))
  }
  return afterTop(position, input.movement, input.catalog, input.loadStepPercent, decide)
}
