import * as z from 'zod'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'
import { ReasonSchema } from '../shared/reason.js'

/**
 * What `nextDose` decided: `start` (no history yet), `progress` (one rung up,
 * or a load step at the top), `hold`, `step-down` (one rung down), `advance`
 * (on to a harder movement), `pause` (stop this movement for now), or
 * `stop-and-refer`.
 *
 * @category Progression
 * @since 0.1.0
 */
export const DoseActionSchema = z.enum(['start', 'progress', 'hold', 'step-down', 'advance', 'pause', 'stop-and-refer'])

/** @category Progression @since 0.1.0 */
export type DoseAction = z.infer<typeof DoseActionSchema>

const reference = { movement: z.string(), variant: z.string().optional() }

/**
 * The next dose of a movement: the action, the dose to do next, where to go
 * after the top (`advanceTo`), what to do instead while paused (`substitute`),
 * the earliest date of the next session, and the reasons.
 *
 * @category Progression
 * @since 0.1.0
 */
export const DoseDecisionSchema = z.strictObject({
  ...reference,
  action: DoseActionSchema,
  dose: DoseSchema,
  advanceTo: z.strictObject(reference).optional(),
  substitute: z.strictObject({ ...reference, pain: PainSchema }).optional(),
  nextEarliest: IsoDateSchema,
  reasons: z.array(ReasonSchema).min(1).readonly(),
})

/** @category Progression @since 0.1.0 */
export type DoseDecision = z.infer<typeof DoseDecisionSchema>
