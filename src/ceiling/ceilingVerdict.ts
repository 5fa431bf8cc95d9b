import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { reasonList } from '../shared/reason.js'

/**
 * The traffic-light zone: `green` (progress allowed), `amber` (hold),
 * `red` (step down or stop).
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const ZoneSchema = z.enum(['green', 'amber', 'red'])

/** @category Ceiling @since 0.1.0 */
export type Zone = z.output<typeof ZoneSchema>

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
export type CeilingAction = z.output<typeof CeilingActionSchema>

/**
 * The verdict for one movement (and variant) done in the window.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const MovementVerdictSchema = z.strictObject({
  movement: z.string().max(INPUT_LIMITS.idLength),
  variant: z.string().max(INPUT_LIMITS.idLength).optional(),
  zone: ZoneSchema,
  action: CeilingActionSchema,
  reasons: reasonList(),
})

/** @category Ceiling @since 0.1.0 */
export type MovementVerdict = DeepReadonly<z.output<typeof MovementVerdictSchema>>

/**
 * The ceiling's verdict on the last 7 days: the overall zone and action, whether
 * a flare-up happened, until when progression stays locked after one, and a
 * verdict per movement. Each reason names the rule, the value seen and the
 * limit. A verdict of `stop-and-refer` is a finding: the prescribers
 * ({@link nextDose}) turn it into a {@link Referral}.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingVerdictSchema = z.strictObject({
  zone: ZoneSchema,
  action: CeilingActionSchema,
  flareUp: z.boolean(),
  progressionLockedUntil: IsoDateSchema.optional(),
  movements: boundedList(MovementVerdictSchema, { max: INPUT_LIMITS.catalogMovements * (INPUT_LIMITS.variantsPerMovement + 1) }),
  reasons: reasonList(1),
})

/** @category Ceiling @since 0.1.0 */
export type CeilingVerdict = DeepReadonly<z.output<typeof CeilingVerdictSchema>>
