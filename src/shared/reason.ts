import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { DoseSchema } from './dose.js'
import { IsoDateSchema } from './isoDate.js'
import { RULE_IDS } from './rules.js'

/** The most strings a reason's value may list (movements, dates, days). */
const MAX_REASON_VALUES = 400

/** The most values one reason's message may speak of. */
const MAX_REASON_PARAMS = 16

/** The most doses one value may list: a day's rehab movements, one each. */
const MAX_REASON_DOSES = 10

/**
 * One value a reason's message speaks of: a number, a text, a yes or no, a
 * list of texts, a dose, or a list of doses. A catalog's message for the reason's rule
 * refers to it by its key (`{$movement}`).
 *
 * @example
 * import { ReasonParamSchema } from 'rehab-engine'
 *
 * assert.equal(ReasonParamSchema.safeParse({ kind: 'hold', sets: 2, seconds: 30 }).success, true)
 * assert.equal(ReasonParamSchema.safeParse(null).success, false)
 *
 * @category Reasons
 * @since 0.4.0
 */
export const ReasonParamSchema = z.union([
  z.number(),
  z.string().max(200),
  z.boolean(),
  boundedList(z.string().max(200), { max: MAX_REASON_VALUES }),
  DoseSchema,
  boundedList(DoseSchema, { min: 1, max: MAX_REASON_DOSES }),
])

/** One value a reason's message speaks of. @category Reasons @since 0.4.0 */
export type ReasonParam = DeepReadonly<z.output<typeof ReasonParamSchema>>

/** The most reasons one output may carry. @category Reasons @since 0.2.0 */
export const MAX_REASONS = 2_000

/**
 * A machine-readable explanation attached to every decision: which rule fired
 * (an id of {@link RULES}), the value it looked at, the limit it compared
 * against and where that limit comes from; `movement`, `variant` and `date`
 * say what it concerns. `message` is a plain-language sentence an app can
 * show as is, in English; `params` holds every value that sentence speaks
 * of, by name, so the same reason can be written in another language from a
 * catalog (`localize` in `rehab-engine/locales`).
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
 *   params: { movement: 'cat-camel', pain: 5, ceiling: 3 },
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
  params: z
    // Read as JSON reads an object: its string keys only (a symbol key is not data).
    .preprocess(
      (value) => (typeof value === 'object' && value !== null && Object.getOwnPropertySymbols(value).length > 0 ? Object.fromEntries(Object.entries(value)) : value),
      z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/).max(40), ReasonParamSchema),
    )
    .refine((params) => Object.keys(params).length <= MAX_REASON_PARAMS, { message: `holds more than ${MAX_REASON_PARAMS} values` })
    .optional(),
})

/** @category Reasons @since 0.1.0 */
export type Reason = DeepReadonly<z.output<typeof ReasonSchema>>

/** A list of reasons, capped. */
export const reasonList = (min = 0) => boundedList(ReasonSchema, { min, max: MAX_REASONS })
