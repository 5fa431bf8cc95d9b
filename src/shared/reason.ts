import * as z from 'zod'
import { IsoDateSchema } from './isoDate.js'

/**
 * A machine-readable explanation attached to every decision: which rule fired,
 * the value it looked at, the limit it compared against and where that limit
 * comes from; `movement`, `variant` and `date` say what it concerns. `message` is a plain-language sentence an app can show as is.
 *
 * @example
 * import { ReasonSchema } from 'rehab-engine'
 *
 * const reason = {
 *   rule: 'pain-ceiling',
 *   message: 'cat-camel hurt 5/10, above the ceiling of 3/10',
 *   movement: 'cat-camel',
 *   value: 5,
 *   limit: 3,
 *   source: 'seed 001',
 * }
 * assert.equal(ReasonSchema.safeParse(reason).success, true)
 *
 * @category Reasons
 * @since 0.1.0
 */
export const ReasonSchema = z.strictObject({
  rule: z.string().min(1),
  message: z.string().min(1),
  movement: z.string().optional(),
  variant: z.string().optional(),
  date: IsoDateSchema.optional(),
  value: z.union([z.number(), z.string(), z.boolean(), z.array(z.string()).readonly()]).optional(),
  limit: z.number().optional(),
  source: z.string().optional(),
})

/** @category Reasons @since 0.1.0 */
export type Reason = z.infer<typeof ReasonSchema>
