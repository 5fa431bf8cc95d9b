import { SEVERE_PAIN_URGENCY, type Referral } from '../../shared/referral.js'
import { SOURCES } from '../../shared/sources.js'
import type { EventRef } from '../eventRef.js'
import type { EpisodeState } from '../episodeState.js'
import type { HeldReferral } from './heldReferral.js'
import { backPainNow, changeOf, OUTCOME_DEFAULTS, verdictOf } from './meaningfulChange.js'

const ADVICE = 'Usual back pain has become meaningfully worse. Hold off on the exercises and have it checked by a doctor or physiotherapist within the next few days.'

/**
 * Back pain meaningfully worse than at the start refers (domain.md 6: a
 * change of 2 points or 30% counts either way; Childs 2005, Farrar 2001),
 * read at each morning check as the outcome report reads it: the mean of the
 * last 7 checks against the baseline. It waits for 7 checks, so that one bad
 * morning, which the ceiling judges on its own, does not stand for the
 * trend; after a clinician lifts a referral, only checks logged after that
 * clearance count, so the pain the clinician saw does not refer again by
 * itself. Undefined when a worsening referral is already held.
 */
export const worseningReferral = (state: EpisodeState, ref: EventRef): HeldReferral | undefined => {
  if (state.referrals.some((held) => held.origin === 'worsening')) return undefined
  // The last 7 checks after the latest clearance, read from the end: the mornings are in event order, so the walk
  // stops at the clearance, and a year of checks costs no more than a week of them.
  const last: { readonly backPain: number }[] = []
  for (let index = state.mornings.length - 1; index >= 0 && last.length < OUTCOME_DEFAULTS.mornings; index--) {
    const { log, ordinal } = state.mornings[index]!
    if (ordinal <= state.referralClearedAt) break
    last.push(log)
  }
  if (last.length < OUTCOME_DEFAULTS.mornings) return undefined
  const now = backPainNow(last)!
  const baseline = state.episode.baselinePain
  if (verdictOf(baseline, now.mean) !== 'worse') return undefined
  const { points, percent } = changeOf(baseline, now.mean)
  const pointWords = `${points} point${points === 1 ? '' : 's'}`
  const by = percent === undefined ? pointWords : `${pointWords} (${percent}%)`
  const referral: Referral = {
    _tag: 'Referral',
    cause: 'worsening',
    urgency: SEVERE_PAIN_URGENCY,
    advice: ADVICE,
    reasons: [
      {
        rule: 'worsening',
        message: `Usual back pain over the last ${now.mornings} morning checks is ${now.mean}/10 against ${baseline}/10 at the start: ${by} worse, a meaningful worsening (${OUTCOME_DEFAULTS.points} points or ${OUTCOME_DEFAULTS.percent}% of the baseline).`,
        value: now.mean,
        limit: baseline,
        source: SOURCES.meaningfulChange,
        // No percent of a baseline of 0: ''.
        params: { mornings: now.mornings, now: now.mean, baseline, points, percent: percent ?? '', meaningfulPoints: OUTCOME_DEFAULTS.points, meaningfulPercent: OUTCOME_DEFAULTS.percent },
      },
    ],
  }
  return { referral, since: ref.date, causedBy: ref, origin: 'worsening' }
}
