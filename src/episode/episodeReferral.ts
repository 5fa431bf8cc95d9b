import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { ReferralSchema } from '../shared/referral.js'
import { EventRefSchema } from './eventRef.js'

/**
 * A referral an episode holds: see a clinician, no exercise. It says since
 * when, which event caused it (none when the intake did), and, in its first
 * reason (`referral-held`), what lifts it: a `clearance` event of the
 * referral dated on or after `since`.
 *
 * @example
 * import { EpisodeReferralSchema } from 'rehab-engine'
 *
 * const held = {
 *   _tag: 'Referral',
 *   cause: 'red-flag',
 *   urgency: 'emergency',
 *   advice: 'Go to an emergency department now.',
 *   since: '2026-11-20',
 *   causedBy: { index: 7, type: 'symptoms', date: '2026-11-20' },
 *   reasons: [{ rule: 'referral-held', message: 'Referred since 2026-11-20.' }],
 * }
 * assert.equal(EpisodeReferralSchema.safeParse(held).success, true)
 * assert.equal(EpisodeReferralSchema.safeParse({ ...held, since: undefined }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeReferralSchema = ReferralSchema.extend({
  since: IsoDateSchema,
  causedBy: EventRefSchema.optional(),
})

/** A referral an episode holds until a clinician clears it. @category Episode @since 0.3.0 */
export type EpisodeReferral = DeepReadonly<z.output<typeof EpisodeReferralSchema>>
