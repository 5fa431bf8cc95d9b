import { describe, expect, it } from 'vitest'
import { NO_RED_FLAGS, screenIntake, type Intake, type StartBack } from '../../../src/index.js'
import { startBackRisk } from '../../../src/screening/rules/startBackRisk.js'

const SOURCE = 'Keele STarT Back Tool; Hill et al. 2011, Lancet; NICE NG59 rec. 1.1.2-1.1.3'

/** STarT Back answers with the given items (1-8) answered "yes". */
const answers = (yes: readonly number[], bothersomeness: StartBack['bothersomeness'] = 'not-at-all'): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})
const intake = (startBack?: StartBack): Intake => ({ age: 38, redFlags: NO_RED_FLAGS, ...(startBack === undefined ? {} : { startBack }) })

const totalReason = (total: number) => ({
  rule: 'start-back-total',
  message: `STarT Back total ${total} of 9 (3 or less is low risk).`,
  value: total,
  limit: 3,
  source: SOURCE,
  params: { total, lowRiskMaxTotal: 3 },
})
const psychosocialReason = (score: number) => ({
  rule: 'start-back-psychosocial',
  message: `STarT Back psychosocial subscale ${score} of 5 (4 or more is high risk).`,
  value: score,
  limit: 4,
  source: SOURCE,
  params: { psychosocial: score, highRiskMinPsychosocial: 4 },
})
const HIGH_RISK_REASON = {
  rule: 'start-back-high-risk',
  message: 'High risk of a poor outcome: a clinician should be involved in the plan.',
  source: SOURCE,
  params: {},
}

describe('startBackRisk', () => {
  it('is unknown, and says so, when the tool was not answered', () => {
    expect(startBackRisk(intake())).toStrictEqual({
      risk: 'unknown',
      reasons: [{ rule: 'start-back-missing', message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.', source: SOURCE, params: {} }],
    })
  })

  // Keele STarT Back Tool (domain.md section 3): a total of 3 or less is low risk.
  it('is low at a total of 3, with the total and the subscale as reasons', () => {
    expect(startBackRisk(intake(answers([1, 2, 5])))).toStrictEqual({ risk: 'low', reasons: [totalReason(3), psychosocialReason(1)] })
  })

  it('is medium at a total of 4 with a psychosocial subscale under 4', () => {
    expect(startBackRisk(intake(answers([1, 5, 6, 7])))).toStrictEqual({ risk: 'medium', reasons: [totalReason(4), psychosocialReason(3)] })
  })

  it('is high at a psychosocial subscale of 4, and asks for a clinician', () => {
    expect(startBackRisk(intake(answers([5, 6, 7, 8])))).toStrictEqual({
      risk: 'high',
      reasons: [totalReason(4), psychosocialReason(4), HIGH_RISK_REASON],
    })
    expect(startBackRisk(intake(answers([1, 2, 3, 4, 5, 6, 7, 8], 'extremely')))).toStrictEqual({
      risk: 'high',
      reasons: [totalReason(9), psychosocialReason(5), HIGH_RISK_REASON],
    })
  })

  it('never calls a low total high risk, however the subscale reads', () => {
    // A total of 3 made of psychosocial items and bothersomeness: the subscale is only looked at past the low cut-off.
    expect(startBackRisk(intake(answers([5, 6], 'very-much')))).toStrictEqual({ risk: 'low', reasons: [totalReason(3), psychosocialReason(3)] })
  })
})

describe('the STarT Back rules through screenIntake', () => {
  it('follow the red-flags-clear reason in a cleared screening', () => {
    const result = screenIntake(intake(answers([5, 6, 7, 8], 'very-much')))
    expect(result._tag === 'Right' && result.right).toStrictEqual({
      _tag: 'Cleared',
      risk: 'high',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no" and the age (38) is within 20-50.',
          value: 0,
          source: 'NICE guideline NG59 rec. 1.1.1; NHS red-flag pathway lists; Verhagen et al. 2016, European Spine Journal',
          params: { age: 38, signAge: false, ageFrom: 20, ageTo: 50 },
        },
        totalReason(5),
        psychosocialReason(5),
        HIGH_RISK_REASON,
      ],
    })
    const missing = screenIntake(intake())
    expect(missing._tag === 'Right' && missing.right.reasons.map((reason) => reason.rule)).toEqual(['red-flags-clear', 'start-back-missing'])
  })

  it('are not reached when a red flag refers', () => {
    const result = screenIntake({ ...intake(answers([5, 6, 7, 8])), redFlags: { ...NO_RED_FLAGS, fever: true } })
    expect(result._tag === 'Right' && result.right.reasons.map((reason) => reason.rule)).toEqual(['red-flag'])
  })
})
