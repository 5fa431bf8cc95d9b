import { daysBetween } from '../../_lib/isoDays.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { EpisodeState } from '../episodeState.js'
import { backPainNow, OUTCOME_DEFAULTS, verdictOf } from './meaningfulChange.js'

/**
 * No meaningful improvement after weeks of care is a reason to be seen (NICE
 * CKS low back pain: 4-6 weeks); the engine waits 6 weeks from the first
 * assessment (`OUTCOME_DEFAULTS.reviewAfterDays`, 42). From then on, while
 * back pain now (the mean of the last 7 morning checks) is not meaningfully
 * better than the baseline, the day's plan carries a routine referral in its
 * reasons: an appointment to review the plan, with the exercises going on
 * meanwhile. Undefined before then, before any morning check, and once the
 * pain has improved.
 */
export const noImprovement = (state: EpisodeState, today: string): Reason | undefined => {
  const first = state.firstAssessmentDate
  if (first === undefined || daysBetween(first, today) < OUTCOME_DEFAULTS.reviewAfterDays) return undefined
  // Only the last week of checks is copied: a day's plan must not walk every morning of the episode.
  const now = backPainNow(state.mornings.slice(-OUTCOME_DEFAULTS.mornings).map(({ log }) => log))
  if (now === undefined) return undefined
  const baseline = state.episode.baselinePain
  const verdict = verdictOf(baseline, now.mean)
  if (verdict === 'improved') return undefined
  return {
    rule: 'no-improvement',
    message: `${daysBetween(first, today)} days since the first assessment, usual back pain is ${now.mean}/10 against ${baseline}/10 at the start: ${verdict === 'worse' ? 'worse' : 'no meaningful improvement'}. Book a routine appointment with a doctor or physiotherapist to review the plan; the exercises can go on meanwhile.`,
    value: verdict,
    limit: OUTCOME_DEFAULTS.reviewAfterDays,
    source: SOURCES.review,
    params: { days: daysBetween(first, today), now: now.mean, baseline, verdict },
  }
}
