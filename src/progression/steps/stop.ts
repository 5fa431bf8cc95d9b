import { addIsoDays } from '../../_lib/isoDays.js'
import { CEILING_DEFAULTS } from '../../ceiling/ceilingDefaults.js'
import type { Reason } from '../../shared/reason.js'
import { CEILING_STOP_ADVICE, type Referral } from '../../shared/referral.js'
import type { Paused } from '../doseDecision.js'
import type { DoseCase } from '../doseCase.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import { describePosition, isStarted, positionParams, rungReason, type LadderPosition, type StartedPosition } from '../ladderPosition.js'
import { PROGRESSION_DEFAULTS } from '../progressionDefaults.js'
import { chooseSubstitute, describeSubstitute } from './substitute.js'
import { extend } from '../../_lib/extend.js'

/**
 * The ceiling says stop and refer: no dose, for a movement not started yet
 * either, from the rung in use (the first for a movement not started).
 */
export const ceilingReferral = (position: LadderPosition | StartedPosition, ceilingReasons: readonly Reason[]): Referral => {
  const started = isStarted(position)
  const rung = started ? position.current : 0
  const lead = started ? describePosition(position) : `No ${position.name} session yet`
  // A movement not started yet speaks of its first rung, the one it would have started at. A stop carries no
  // dose to do: the dose the movement was at is `atDose`.
  const { dose: atDose, ...at } = started ? positionParams(position) : { movement: position.name, dose: position.ladder.rungs[0]!, rung: 1, rungs: position.ladder.rungs.length }
  const message = `${lead}; the ceiling says stop and see a clinician. ${CEILING_STOP_ADVICE}`
  return {
    _tag: 'Referral',
    cause: 'ceiling',
    urgency: CEILING_DEFAULTS.referralUrgency,
    advice: CEILING_STOP_ADVICE,
    reasons: [rungReason(position, 'ceiling-stop', message, rung, extend(at, { atDose, started })), ...ceilingReasons],
  }
}

/**
 * Repeated red pauses the movement for a week (domain rule; the week is an
 * engine default), with a substitute from the last assessment when one scored
 * within the ceiling.
 */
export const pauseMovement = (position: LadderPosition, rung: number, input: DoseCase, ceilingReasons: readonly Reason[]): Paused => {
  const resumeOn = addIsoDays(input.today, PROGRESSION_DEFAULTS.pauseDays)
  const substitute = chooseSubstitute(input.catalog, input.movement, input.variant, input.assessment, input.rules.painCeiling)
  const lead = `${position.name} went into the red repeatedly: pause it until ${resumeOn}`
  const message = substitute === undefined ? `${lead}.` : `${lead} and do ${describeSubstitute(substitute)}.`
  // No substitute is written as an empty name (and no pain), which the patterns select on.
  const reason = rungReason(position, 'ceiling-pause', message, rung, {
    movement: position.name,
    resumeOn,
    substitute: substitute === undefined ? '' : describeMovement(substitute),
    substitutePain: substitute?.pain ?? 0,
  })
  return {
    _tag: 'Paused',
    ...position.subject,
    resumeOn,
    ...(substitute === undefined ? {} : { substitute }),
    reasons: [reason, ...ceilingReasons],
  }
}
