import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { reasonList } from './reason.js'

/**
 * How soon a referral should happen: `emergency` (now, at an emergency
 * department), `soon` (a doctor within days, before any exercise), `routine`
 * (a booked appointment before starting or going on).
 *
 * @example
 * import { NO_RED_FLAGS, UrgencySchema, screenIntake } from 'rehab-engine'
 *
 * const screening = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, 'bladder-or-bowel-change': true } })
 * const urgency = screening._tag === 'Right' && screening.right._tag === 'Referral' ? screening.right.urgency : undefined
 * assert.equal(UrgencySchema.parse(urgency), 'emergency')
 * assert.equal(UrgencySchema.safeParse('whenever').success, false)
 *
 * @category Referral
 * @since 0.1.0
 */
export const UrgencySchema = z.enum(['emergency', 'soon', 'routine'])

/** How soon a referral should happen. @category Referral @since 0.1.0 */
export type Urgency = z.infer<typeof UrgencySchema>

/**
 * Why the engine refers instead of prescribing: a `red-flag` at screening,
 * `assessment-pain` (a movement that hurt at or over the refer threshold at
 * the assessment), `too-few-tolerable` movements at the assessment, the
 * `ceiling` (severe pain, or red across movements or days), or `worsening`
 * (usual back pain meaningfully worse than at the start, in an episode).
 *
 * @example
 * import { NO_RED_FLAGS, ReferralCauseSchema, selectRehabMovements } from 'rehab-engine'
 *
 * const result = selectRehabMovements({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results: [{ movement: 'cat-camel', pain: 7 }] } })
 * const cause = result._tag === 'Left' && result.left._tag === 'Referral' ? result.left.cause : undefined
 * assert.equal(ReferralCauseSchema.parse(cause), 'too-few-tolerable')
 * // A pause is not a referral: it has a shape of its own.
 * assert.equal(ReferralCauseSchema.safeParse('paused').success, false)
 *
 * @category Referral
 * @since 0.2.0
 */
export const ReferralCauseSchema = z.enum(['red-flag', 'assessment-pain', 'too-few-tolerable', 'ceiling', 'worsening'])

/** Why the engine refers instead of prescribing. @category Referral @since 0.2.0 */
export type ReferralCause = z.infer<typeof ReferralCauseSchema>

/**
 * See a clinician instead of exercising: every "do not prescribe" the engine
 * gives has this one shape, and never carries a dose. `cause` says why,
 * `urgency` how soon, `advice` what to do in plain words, and `reasons` which
 * rules found it (for a red flag, one `red-flag` reason per sign).
 *
 * @example
 * import { ReferralSchema } from 'rehab-engine'
 *
 * const referral = {
 *   _tag: 'Referral',
 *   cause: 'ceiling',
 *   urgency: 'soon',
 *   advice: 'Stop the exercises and have the pain checked.',
 *   reasons: [{ rule: 'refer-pain', message: 'Pain reached 8/10.' }],
 * }
 * assert.equal(ReferralSchema.safeParse(referral).success, true)
 * assert.equal(ReferralSchema.safeParse({ ...referral, dose: { kind: 'hold', sets: 2, seconds: 20 } }).success, false)
 *
 * @category Referral
 * @since 0.1.0
 */
export const ReferralSchema = z.strictObject({
  _tag: z.literal('Referral'),
  cause: ReferralCauseSchema,
  urgency: UrgencySchema,
  advice: z.string().min(1).max(1_000),
  reasons: reasonList(1),
})

/** See a clinician instead of exercising; never a dose. @category Referral @since 0.1.0 */
export type Referral = DeepReadonly<z.output<typeof ReferralSchema>>

/** How soon severe pain (by the ceiling or at an assessment) or meaningfully worse back pain is to be checked: within days (engine default; the sources give no timing). */
export const SEVERE_PAIN_URGENCY = 'soon' as const satisfies Urgency

/** What a person told to stop by the ceiling does: the advice of every ceiling referral, whoever gives it. */
export const CEILING_STOP_ADVICE = 'Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.'

/** The ranks of the urgencies, most urgent first. */
const URGENCY_RANK: Readonly<Record<Urgency, number>> = { emergency: 0, soon: 1, routine: 2 }

/** The more urgent of two urgencies. */
export const moreUrgent = (a: Urgency, b: Urgency): Urgency => (URGENCY_RANK[a] <= URGENCY_RANK[b] ? a : b)
