import type { CeilingAction, MovementVerdict } from '../../ceiling/ceilingVerdict.js'
import { formatDose } from '../../shared/formatDose.js'
import type { Reason } from '../../shared/reason.js'
import type { DoseCase } from '../doseCase.js'
import type { DoseDecision } from '../doseDecision.js'
import { describePosition, rungReason, type StartedPosition } from '../ladderPosition.js'
import { afterTop } from './afterTop.js'
import type { Decide } from './decide.js'

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
    return decide('hold', current, rungReason(position, 'incomplete', `${at}, but the last session did not complete its dose: repeat it.`, current))
  }
  if (current < position.ladder.rungs.length - 1) {
    const next = formatDose(position.ladder.rungs[current + 1]!)
    return decide('progress', current + 1, rungReason(position, 'ladder-step-up', `${at}, green and completed: one rung up, to ${next}.`, current + 1))
  }
  return afterTop(position, input.movement, input.catalog, input.loadStepPercent, decide)
}

/**
 * Why a movement holds: its last session is green but no morning check has
 * followed it yet (a wait, not a pain problem), or the ceiling says hold.
 */
export const holdReason = (position: StartedPosition, cap: CeilingAction, own: MovementVerdict | undefined): Reason => {
  const at = describePosition(position)
  const awaitingMorning = cap === 'progress' && own?.zone === 'green' && own.reasons.some((reason) => reason.rule === 'unproven-settling')
  return awaitingMorning
    ? rungReason(position, 'awaiting-next-morning', `${at}; its last session has no morning check after it yet, so it holds until the next morning shows it settled.`, position.current)
    : rungReason(position, 'ladder-hold', `${at}; the ceiling says hold (see the reasons below).`, position.current)
}
