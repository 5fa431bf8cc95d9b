import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'

/**
 * The morning check: the usual back pain on waking (0-10), asked apart from
 * any muscle soreness in the muscles that worked, and optionally stiffness
 * (0-10). One per date.
 *
 * @example
 * import { MorningCheckSchema } from 'rehab-engine'
 *
 * assert.equal(MorningCheckSchema.safeParse({ date: '2026-11-03', backPain: 2, stiffness: 3 }).success, true)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const MorningCheckSchema = z.strictObject({
  date: InputDateSchema,
  backPain: PainSchema,
  stiffness: PainSchema.optional(),
})

/** @category Ceiling @since 0.1.0 */
export type MorningCheck = DeepReadonly<z.output<typeof MorningCheckSchema>>

/** A morning check as the engine takes it. @category Ceiling @since 0.2.0 */
export type MorningCheckInput = DeepReadonly<z.input<typeof MorningCheckSchema>>
