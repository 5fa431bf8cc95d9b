import * as z from 'zod'
import { IsoDateSchema } from '../shared/isoDate.js'
import { ReasonSchema } from '../shared/reason.js'

/**
 * The traffic-light zone: `green` (progress allowed), `amber` (hold),
 * `red` (step down or stop).
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const ZoneSchema = z.enum(['green', 'amber', 'red'])

/** @category Ceiling @since 0.1.0 */
export type Zone = z.infer<typeof ZoneSchema>

/**
 * What to do next, from most to least permissive. Any list of actions can be
 * reduced to its least permissive one by this order.
 *
 * @example
 * import { CEILING_ACTIONS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(CEILING_ACTIONS, ['progress', 'hold', 'step-down', 'pause', 'stop-and-refer'])
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CEILING_ACTIONS = ['progress', 'hold', 'step-down', 'pause', 'stop-and-refer'] as const

/** @category Ceiling @since 0.1.0 */
export const CeilingActionSchema = z.enum(CEILING_ACTIONS)

/** @category Ceiling @since 0.1.0 */
export type CeilingAction = z.infer<typeof CeilingActionSchema>

/**
 * The verdict for one movement (and variant) done in the window.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const MovementVerdictSchema = z.strictObject({
  movement: z.string(),
  variant: z.string().optional(),
  zone: ZoneSchema,
  action: CeilingActionSchema,
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Ceiling @since 0.1.0 */
export type MovementVerdict = z.infer<typeof MovementVerdictSchema>

/**
 * The ceiling's verdict on the last 7 days: the overall zone and action, whether
 * a flare-up happened, until when progression stays locked after one, and a
 * verdict per movement. Each reason names the rule, the value seen and the
 * limit.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingVerdictSchema = z.strictObject({
  zone: ZoneSchema,
  action: CeilingActionSchema,
  flareUp: z.boolean(),
  progressionLockedUntil: IsoDateSchema.optional(),
  movements: z.array(MovementVerdictSchema).readonly(),
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Ceiling @since 0.1.0 */
export type CeilingVerdict = z.infer<typeof CeilingVerdictSchema>
