import { addIsoDays } from '../../_lib/isoDays.js'
import { CEILING_DEFAULTS } from '../../ceiling/ceilingDefaults.js'
import type { Reason } from '../../shared/reason.js'
import { CEILING_STOP_ADVICE, type Referral } from '../../shared/referral.js'
import type { Paused } from '../doseDecision.js'
import type { DoseCase } from '../doseCase.js'
import { rungReason, type LadderPosition } from '../ladderPosition.js'
import { PROGRESSION_DEFAULTS } from '../progressionDefaults.js'
import { chooseSubstitute, describeSubstitute } from './substitute.js'


/** The ceiling says stop and refer: no dose, for a movement not started yet either. */
export const ceilingReferral = (position: LadderPosition, rung: number, lead: string, ceilingReasons: readonly Reason[]): Referral => ({
  _tag: 'Referral',
  cause: 'ceiling',
  urgency: CEILING_DEFAULTS.referralUrgency,
  advice: CEILING_STOP_ADVICE,
  reasons: [rungReason(position, 'ceiling-stop', `${lead}; the ceiling says stop and see a clinician. ${CEILING_STOP_ADVICE}`, rung), ...ceilingReasons],
})

/**
 * Repeated red pauses the movement for a week (domain rule; the week is an
 * engine default), with a substitute from the last assessment when one scored
 * within the ceiling.
 */
export const pauseMovement = (position: LadderPosition, rung: number, input: DoseCase, ceilingReasons: readonly Reason[]): Paused => {
  const resumeOn = addIsoDays(input.today, PROGRESSION_DEFAULTS.pauseDays)
  const substitute = chooseSubstitute(input.catalog, input.movement, input.variant, input.assessment, input.rules.painCeiling)
  const lead = `${position.name} went into the red repeatedly: pause it until ${resumeOn}`
  const reason = rungReason(position, 'ceiling-pause', substitute === undefined ? `${lead}.` : `${lead} and do ${describeSubstitute(substitute)}.`, rung)
  return {
    _tag: 'Paused',
    ...position.subject,
    resumeOn,
    ...(substitute === undefined ? {} : { substitute }),
    reasons: [reason, ...ceilingReasons],
  }
}
