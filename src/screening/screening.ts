import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { reasonList } from '../shared/reason.js'
import { ReferralSchema } from '../shared/referral.js'

/**
 * The STarT Back risk group, or `unknown` when the tool was not answered.
 *
 * @example
 * import { NO_RED_FLAGS, StartBackRiskSchema, screenIntake } from 'rehab-engine'
 *
 * const screening = screenIntake({ age: 38, redFlags: NO_RED_FLAGS })
 * const risk = screening._tag === 'Right' && screening.right._tag === 'Cleared' ? screening.right.risk : undefined
 * assert.equal(StartBackRiskSchema.parse(risk), 'unknown')
 * assert.equal(StartBackRiskSchema.safeParse('moderate').success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const StartBackRiskSchema = z.enum(['low', 'medium', 'high', 'unknown'])

/** The STarT Back risk group, or `unknown`. @category Screening @since 0.1.0 */
export type StartBackRisk = z.output<typeof StartBackRiskSchema>

/**
 * No red flag: exercise may be prescribed. `risk` is the STarT Back group
 * (`unknown` when it was not answered); `high` means a clinician should be
 * part of the plan.
 *
 * @example
 * import { ClearedSchema, NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 *
 * const screening = screenIntake({ age: 38, redFlags: NO_RED_FLAGS })
 * assert.equal(screening._tag === 'Right' && ClearedSchema.safeParse(screening.right).success, true)
 * // Clearing is a decision too, so it always gives its reasons.
 * assert.equal(ClearedSchema.safeParse({ _tag: 'Cleared', risk: 'low', reasons: [] }).success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const ClearedSchema = z.strictObject({
  _tag: z.literal('Cleared'),
  risk: StartBackRiskSchema,
  reasons: reasonList(1),
})

/** No red flag: exercise may be prescribed. @category Screening @since 0.1.0 */
export type Cleared = DeepReadonly<z.output<typeof ClearedSchema>>

/**
 * The outcome of screening an intake: `Cleared`, or a `Referral` with cause
 * `red-flag` whose reasons name each sign found.
 *
 * @example
 * import { NO_RED_FLAGS, ScreeningSchema, screenIntake } from 'rehab-engine'
 *
 * const screening = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } })
 * if (screening._tag !== 'Right') throw new Error('expected a screening')
 * assert.equal(ScreeningSchema.safeParse(screening.right).success, true)
 * // A referral never carries a dose.
 * assert.equal(ScreeningSchema.safeParse({ ...screening.right, dose: { kind: 'reps', sets: 1, reps: 5 } }).success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const ScreeningSchema = z.discriminatedUnion('_tag', [ClearedSchema, ReferralSchema])

/** The outcome of screening an intake. @category Screening @since 0.1.0 */
export type Screening = DeepReadonly<z.output<typeof ScreeningSchema>>
