import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { RepsDoseSchema } from '../shared/dose.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { ReasonSchema, reasonList } from '../shared/reason.js'
import { ClearedSchema } from '../screening/screening.js'
import { SELECTION_SIZE } from './selectionDefaults.js'

const rangeSchema = z.strictObject({ min: z.int().positive(), max: z.int().positive() })

const scoredMovement = {
  movement: z.string().max(INPUT_LIMITS.idLength),
  variant: z.string().max(INPUT_LIMITS.idLength).optional(),
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
export type SelectedMovement = DeepReadonly<z.output<typeof SelectedMovementSchema>>

/**
 * An assessed movement that was not chosen, and why: above the pain ceiling
 * (`pain-ceiling`), or within it but not among the best choice (`not-chosen`).
 *
 * @category Selection
 * @since 0.1.0
 */
export const ExcludedMovementSchema = z.strictObject({ ...scoredMovement, reason: ReasonSchema })

/** @category Selection @since 0.1.0 */
export type ExcludedMovement = DeepReadonly<z.output<typeof ExcludedMovementSchema>>

/**
 * The result of the selection: the chosen movements, every other assessed
 * movement with the reason it was left out, the pain ceiling used, and the
 * reasons for the choice as a whole. Lists are in catalog order.
 *
 * @category Selection
 * @since 0.1.0
 */
export const RehabSelectionSchema = z.strictObject({
  selected: boundedList(SelectedMovementSchema, SELECTION_SIZE),
  excluded: boundedList(ExcludedMovementSchema, { max: INPUT_LIMITS.assessmentResults }),
  painCeiling: PainSchema,
  reasons: reasonList(1),
})

/** @category Selection @since 0.1.0 */
export type RehabSelection = DeepReadonly<z.output<typeof RehabSelectionSchema>>

/** A selection as the engine takes it back (to lay out a program). @category Selection @since 0.2.0 */
export type RehabSelectionInput = DeepReadonly<z.input<typeof RehabSelectionSchema>>

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
export type RehabPlan = DeepReadonly<z.output<typeof RehabPlanSchema>>
