import * as z from 'zod'
import { RepsDoseSchema } from '../shared/dose.js'
import { ReasonSchema } from '../shared/reason.js'
import { PainSchema } from '../shared/pain.js'
import { ClearedSchema } from './screening.js'

const rangeSchema = z.strictObject({ min: z.int().positive(), max: z.int().positive() })

const scoredMovement = {
  movement: z.string(),
  variant: z.string().optional(),
  pain: PainSchema,
}

/**
 * A movement chosen for rehab with its dose range (5-10 reps, 1-2 sets,
 * 3 times a day) and the dose to start at.
 *
 * @category Selection
 * @since 0.1.0
 */
export const SelectedMovementSchema = z.strictObject({
  ...scoredMovement,
  reps: rangeSchema,
  sets: rangeSchema,
  timesPerDay: z.int().positive(),
  start: RepsDoseSchema,
})

/** @category Selection @since 0.1.0 */
export type SelectedMovement = z.infer<typeof SelectedMovementSchema>

/**
 * An assessed movement that was not chosen, and why.
 *
 * @category Selection
 * @since 0.1.0
 */
export const ExcludedMovementSchema = z.strictObject({ ...scoredMovement, reason: ReasonSchema })

/** @category Selection @since 0.1.0 */
export type ExcludedMovement = z.infer<typeof ExcludedMovementSchema>

/**
 * The result of the selection: the chosen movements, every other assessed
 * movement with the reason it was left out, the pain ceiling used, and the
 * reasons for the choice as a whole. Lists are in catalog order.
 *
 * @category Selection
 * @since 0.1.0
 */
export const RehabSelectionSchema = z.strictObject({
  selected: z.array(SelectedMovementSchema).min(4).max(5).readonly(),
  excluded: z.array(ExcludedMovementSchema).readonly(),
  painCeiling: PainSchema,
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Selection @since 0.1.0 */
export type RehabSelection = z.infer<typeof RehabSelectionSchema>

/**
 * Fewer than four movements were within the pain ceiling, so there is no
 * plan. `eligible` lists those that were; `advice` says to have the pain
 * checked by a clinician first (seed 003).
 *
 * @category Selection
 * @since 0.1.0
 */
export const NotEnoughTolerableMovementsSchema = z.strictObject({
  _tag: z.literal('NotEnoughTolerableMovements'),
  eligible: z.array(z.strictObject(scoredMovement)).readonly(),
  needed: z.int().positive(),
  painCeiling: PainSchema,
  advice: z.string().min(1),
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Selection @since 0.1.0 */
export type NotEnoughTolerableMovements = z.infer<typeof NotEnoughTolerableMovementsSchema>

/**
 * A cleared screening together with its rehab selection: what `planRehab`
 * returns.
 *
 * @category Selection
 * @since 0.1.0
 */
export const RehabPlanSchema = z.strictObject({
  screening: ClearedSchema,
  selection: RehabSelectionSchema,
})

/** @category Selection @since 0.1.0 */
export type RehabPlan = z.infer<typeof RehabPlanSchema>
