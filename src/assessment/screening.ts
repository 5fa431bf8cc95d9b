import * as z from 'zod'
import { ReasonSchema } from '../shared/reason.js'
import { ReferralFlagSchema, UrgencySchema } from './redFlags.js'

/**
 * No red flag: exercise may be prescribed. `risk` is the STarT Back group
 * (`unknown` when it was not answered); `high` means a clinician should be
 * part of the plan.
 *
 * @category Screening
 * @since 0.1.0
 */
export const ClearedSchema = z.strictObject({
  _tag: z.literal('Cleared'),
  risk: z.enum(['low', 'medium', 'high', 'unknown']),
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Screening @since 0.1.0 */
export type Cleared = z.infer<typeof ClearedSchema>

/**
 * At least one red flag: prescribe nothing and refer. `urgency` is that of the
 * most urgent flag, `flags` lists every flag found, and `advice` says what to
 * do in plain words.
 *
 * @category Screening
 * @since 0.1.0
 */
export const ReferralSchema = z.strictObject({
  _tag: z.literal('Referral'),
  urgency: UrgencySchema,
  flags: z.array(ReferralFlagSchema).min(1).readonly(),
  advice: z.string().min(1),
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Screening @since 0.1.0 */
export type Referral = z.infer<typeof ReferralSchema>

/**
 * The outcome of screening an intake.
 *
 * @category Screening
 * @since 0.1.0
 */
export const ScreeningSchema = z.discriminatedUnion('_tag', [ClearedSchema, ReferralSchema])

/** @category Screening @since 0.1.0 */
export type Screening = z.infer<typeof ScreeningSchema>
