import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { DoseSchema, RepsDoseSchema } from '../shared/dose.js'
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
 * @example
 * import { NO_RED_FLAGS, SelectedMovementSchema, selectRehabMovements } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const selection = selectRehabMovements({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * const chosen = selection._tag === 'Right' ? selection.right.selected[0] : undefined
 * assert.equal(SelectedMovementSchema.safeParse(chosen).success, true)
 * // Rehab movements are dosed in reps (seed 001), so a hold is no start.
 * assert.equal(SelectedMovementSchema.safeParse({ ...chosen, start: { kind: 'hold', sets: 1, seconds: 20 } }).success, false)
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

/** A movement chosen for rehab, with its dose. @category Selection @since 0.1.0 */
export type SelectedMovement = DeepReadonly<z.output<typeof SelectedMovementSchema>>

/**
 * An assessed movement that was not chosen, and why: above the pain ceiling
 * (`pain-ceiling`), or within it but not among the best choice (`not-chosen`).
 *
 * @example
 * import { NO_RED_FLAGS, ExcludedMovementSchema, selectRehabMovements } from 'rehab-engine'
 *
 * const tolerable = ['hip-mobility', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell'].map((movement) => ({ movement, pain: 1 }))
 * const selection = selectRehabMovements({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results: [{ movement: 'cat-camel', pain: 6 }, ...tolerable] } })
 * const catCamel = selection._tag === 'Right' ? selection.right.excluded[0] : undefined
 * assert.equal(ExcludedMovementSchema.safeParse(catCamel).success && catCamel?.reason.rule, 'pain-ceiling')
 * // No movement is left out without a reason.
 * assert.equal(ExcludedMovementSchema.safeParse({ movement: 'cat-camel', pain: 6 }).success, false)
 *
 * @category Selection
 * @since 0.1.0
 */
export const ExcludedMovementSchema = z.strictObject({ ...scoredMovement, reason: ReasonSchema })

/** An assessed movement that was not chosen, and why. @category Selection @since 0.1.0 */
export type ExcludedMovement = DeepReadonly<z.output<typeof ExcludedMovementSchema>>

/**
 * A corrective a posture finding adds to the plan (seed 003): the movement,
 * the finding it answers, its start (the first rung of its own ladder) and
 * how many times a day it is done.
 *
 * @example
 * import { CorrectiveSchema } from 'rehab-engine'
 *
 * const corrective = { movement: 'posterior-pelvic-tilt', finding: 'anteriorPelvicTilt', start: { kind: 'reps', sets: 2, reps: 8 }, timesPerDay: 1 }
 * assert.equal(CorrectiveSchema.safeParse(corrective).success, true)
 * assert.equal(CorrectiveSchema.safeParse({ ...corrective, finding: 'flat-feet' }).success, false)
 *
 * @category Selection
 * @since 0.3.0
 */
export const CorrectiveSchema = z.strictObject({
  movement: z.string().min(1).max(INPUT_LIMITS.idLength),
  finding: z.enum(['anteriorPelvicTilt', 'lateralPelvicTilt']),
  start: DoseSchema,
  timesPerDay: z.int().positive(),
})

/** A corrective a posture finding adds. @category Selection @since 0.3.0 */
export type Corrective = DeepReadonly<z.output<typeof CorrectiveSchema>>

/**
 * The result of the selection: the chosen movements, every other assessed
 * movement with the reason it was left out, the pain ceiling used, and the
 * reasons for the choice as a whole. Lists are in catalog order.
 *
 * @example
 * import { NO_RED_FLAGS, RehabSelectionSchema, selectRehabMovements } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const selection = selectRehabMovements({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (selection._tag !== 'Right') throw new Error('expected a selection')
 * assert.equal(RehabSelectionSchema.safeParse(selection.right).success, true)
 * // Fewer than four movements is a referral, never a selection (seed 001).
 * assert.equal(RehabSelectionSchema.safeParse({ ...selection.right, selected: selection.right.selected.slice(0, 3) }).success, false)
 *
 * @category Selection
 * @since 0.1.0
 */
export const RehabSelectionSchema = z.strictObject({
  selected: boundedList(SelectedMovementSchema, SELECTION_SIZE),
  excluded: boundedList(ExcludedMovementSchema, { max: INPUT_LIMITS.assessmentResults }),
  painCeiling: PainSchema,
  reasons: reasonList(1),
  /** The correctives the assessment's posture findings add, when it noted any. */
  correctives: boundedList(CorrectiveSchema, { max: 8 }).optional(),
})

/** The result of the selection. @category Selection @since 0.1.0 */
export type RehabSelection = DeepReadonly<z.output<typeof RehabSelectionSchema>>

/** A selection as the engine takes it back (to lay out a program). @category Selection @since 0.2.0 */
export type RehabSelectionInput = DeepReadonly<z.input<typeof RehabSelectionSchema>>

/**
 * A cleared screening together with its rehab selection: what `planRehab`
 * returns.
 *
 * @example
 * import { NO_RED_FLAGS, RehabPlanSchema, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * assert.equal(RehabPlanSchema.safeParse(plan.right).success, true)
 * // A plan stands only on a cleared screening.
 * assert.equal(RehabPlanSchema.safeParse({ ...plan.right, screening: { ...plan.right.screening, _tag: 'Referral' } }).success, false)
 *
 * @category Selection
 * @since 0.1.0
 */
export const RehabPlanSchema = z.strictObject({
  screening: ClearedSchema,
  selection: RehabSelectionSchema,
})

/** A cleared screening together with its rehab selection. @category Selection @since 0.1.0 */
export type RehabPlan = DeepReadonly<z.output<typeof RehabPlanSchema>>
