import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { reasonList } from '../shared/reason.js'
import { ReferralSchema } from '../shared/referral.js'

/**
 * The STarT Back risk group, or `unknown` when the tool was not answered.
 *
 * @category Screening
 * @since 0.1.0
 */
export const StartBackRiskSchema = z.enum(['low', 'medium', 'high', 'unknown'])

/** @category Screening @since 0.1.0 */
export type StartBackRisk = z.output<typeof StartBackRiskSchema>

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
  risk: StartBackRiskSchema,
  reasons: reasonList(1),
})

/** @category Screening @since 0.1.0 */
export type Cleared = DeepReadonly<z.output<typeof ClearedSchema>>

/**
 * The outcome of screening an intake: `Cleared`, or a `Referral` with cause
 * `red-flag` whose reasons name each sign found.
 *
 * @category Screening
 * @since 0.1.0
 */
export const ScreeningSchema = z.discriminatedUnion('_tag', [ClearedSchema, ReferralSchema])

/** @category Screening @since 0.1.0 */
export type Screening = DeepReadonly<z.output<typeof ScreeningSchema>>
