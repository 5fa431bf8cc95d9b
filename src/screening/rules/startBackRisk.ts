import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { Intake } from '../intake.js'
import type { StartBackRisk } from '../screening.js'
import { scoreStartBack, START_BACK_CUT_OFFS } from '../startBack.js'

/** The STarT Back risk group of an intake, and the reasons that show the score. */
export const startBackRisk = (intake: Intake): { readonly risk: StartBackRisk; readonly reasons: Reason[] } => {
  if (intake.startBack === undefined) {
    const reason: Reason = {
      rule: 'start-back-missing',
      message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.',
      source: SOURCES.startBack,
      params: {},
    }
    return { risk: 'unknown', reasons: [reason] }
  }
  const score = scoreStartBack(intake.startBack)
  const reasons: Reason[] = [
    {
      rule: 'start-back-total',
      message: `STarT Back total ${score.total} of 9 (${START_BACK_CUT_OFFS.lowRiskMaxTotal} or less is low risk).`,
      value: score.total,
      limit: START_BACK_CUT_OFFS.lowRiskMaxTotal,
      source: SOURCES.startBack,
      params: { total: score.total, lowRiskMaxTotal: START_BACK_CUT_OFFS.lowRiskMaxTotal },
    },
    {
      rule: 'start-back-psychosocial',
      message: `STarT Back psychosocial subscale ${score.psychosocial} of 5 (${START_BACK_CUT_OFFS.highRiskMinPsychosocial} or more is high risk).`,
      value: score.psychosocial,
      limit: START_BACK_CUT_OFFS.highRiskMinPsychosocial,
      source: SOURCES.startBack,
      params: { psychosocial: score.psychosocial, highRiskMinPsychosocial: START_BACK_CUT_OFFS.highRiskMinPsychosocial },
    },
  ]
  if (score.risk === 'high') {
    reasons.push({
      rule: 'start-back-high-risk',
      message: 'High risk of a poor outcome: a clinician should be involved in the plan.',
      source: SOURCES.startBack,
      params: {},
    })
  }
  return { risk: score.risk, reasons }
}
