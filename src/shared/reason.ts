import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IsoDateSchema } from './isoDate.js'
import { RULE_IDS } from './rules.js'

/** The most strings a reason's value may list (movements, dates, days). */
const MAX_REASON_VALUES = 400

/** The most reasons one output may carry. @category Reasons @since 0.2.0 */
export const MAX_REASONS = 2_000

/**
 * A machine-readable explanation attached to every decision: which rule fired
 * (an id of {@link RULES}), the value it looked at, the limit it compared
 * against and where that limit comes from; `movement`, `variant` and `date`
 * say what it concerns. `message` is a plain-language sentence an app can
 * show as is.
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
 * assert.equal(ReasonSchema.safeParse({ ...reason, rule: 'made-up' }).success, false)
 *
 * @category Reasons
 * @since 0.1.0
 */
export const ReasonSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  message: z.string().min(1).max(2_000),
  movement: z.string().max(64).optional(),
  variant: z.string().max(64).optional(),
  date: IsoDateSchema.optional(),
  value: z.union([z.number(), z.string().max(200), z.boolean(), boundedList(z.string().max(200), { max: MAX_REASON_VALUES })]).optional(),
  limit: z.number().optional(),
  source: z.string().max(300).optional(),
})

/** @category Reasons @since 0.1.0 */
export type Reason = DeepReadonly<z.output<typeof ReasonSchema>>

/** A list of reasons, capped. */
export const reasonList = (min = 0) => boundedList(ReasonSchema, { min, max: MAX_REASONS })
