import type { Intake } from './intake.js'
import { clearReason, redFlagReferral, redFlagSigns } from './rules/redFlagSigns.js'
import { inflammatoryBackPain } from './rules/inflammatoryBackPain.js'
import { startBackRisk } from './rules/startBackRisk.js'
import type { Screening } from './screening.js'

/** Screens an intake that already passed IntakeSchema. */
export const screenValidIntake = (intake: Intake): Screening => {
  const [first, ...rest] = redFlagSigns(intake)
  if (first !== undefined) return redFlagReferral([first, ...rest])
  const { risk, reasons } = startBackRisk(intake)
  const inflammatory = inflammatoryBackPain(intake.inflammatory)
  return { _tag: 'Cleared', risk, reasons: [clearReason(intake), ...reasons, ...(inflammatory === undefined ? [] : [inflammatory.reason])] }
}
