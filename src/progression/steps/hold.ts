import type { CeilingAction, MovementVerdict } from '../../ceiling/ceilingVerdict.js'
import type { Reason } from '../../shared/reason.js'
import { describePosition, positionParams, rungReason, type StartedPosition } from '../ladderPosition.js'

/**
 * Why a movement holds: its last session is green but no morning check has
 * followed it yet (a wait, not a pain problem), or the ceiling says hold.
 */
export const holdReason = (position: StartedPosition, cap: CeilingAction, own: MovementVerdict | undefined): Reason => {
  const at = describePosition(position)
  const awaitingMorning = cap === 'progress' && own?.zone === 'green' && own.reasons.some((reason) => reason.rule === 'unproven-settling')
  const params = positionParams(position)
  return awaitingMorning
    ? rungReason(position, 'awaiting-next-morning', `${at}; its last session has no morning check after it yet, so it holds until the next morning shows it settled.`, position.current, params)
    : rungReason(position, 'ladder-hold', `${at}; the ceiling says hold (see the reasons below).`, position.current, params)
}
