import { describeMovement } from '../../catalog/lookUpMovement.js'
import { SEVERE_PAIN_URGENCY, type Referral } from '../../shared/referral.js'
import { SOURCES } from '../../shared/sources.js'
import type { ScoredEntry } from '../resolveAssessment.js'

const ADVICE = 'A movement hurt severely at the assessment. Hold off on the exercises and have the pain checked by a doctor or physiotherapist within the next few days.'

/**
 * An assessment movement that hurts at or over the refer threshold (the
 * ceiling's `referPain`, REFER_PAIN: 8/10 by default) is itself a reason to have the
 * pain checked before any exercise (seed 003: stop until checked; domain.md
 * 3), not a silent exclusion: a referral as urgent as the ceiling's
 * (`soon`), naming each such movement and its score. Undefined when none is.
 */
export const severeAssessmentPain = (entries: readonly ScoredEntry[], referPain: number): Referral | undefined => {
  const severe = entries.filter((entry) => entry.pain >= referPain)
  if (severe.length === 0) return undefined
  const names = severe.map((entry) => describeMovement({ movement: entry.movement.id, variant: entry.variant }))
  // Each movement with its score, as the message lists them: a list of pairs a catalog's pattern cannot build.
  const each = severe.map((entry, index) => `${names[index]} (${entry.pain}/10)`)
  const scored = each.join(', ')
  return {
    _tag: 'Referral',
    cause: 'assessment-pain',
    urgency: SEVERE_PAIN_URGENCY,
    advice: ADVICE,
    reasons: [
      {
        rule: 'assessment-pain',
        message: `At the assessment ${scored} hurt ${referPain}/10 or more, the pain that has to be checked before exercising.`,
        value: names,
        limit: referPain,
        source: SOURCES.checkFirst,
        params: { scored: each, referPain },
      },
    ],
  }
}
