import * as z from 'zod'
import { left, right, type Either } from '../internal/either.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { AssessmentSchema, type Assessment } from './assessment.js'
import type { Intake } from './intake.js'
import { IntakeSchema } from './intake.js'
import { screenValidIntake } from './screenIntake.js'
import type { Referral } from './screening.js'
import type { NotEnoughTolerableMovements, RehabPlan } from './selection.js'
import { prepareSelection, selectValidEntries } from './selectRehabMovements.js'
import type { SelectionOptions } from './selectionOptions.js'

/** What `planRehab` takes: the intake and the movement assessment. @category Selection @since 0.1.0 */
export interface PlanRehabInput {
  readonly intake: Intake
  readonly assessment: Assessment
}

/** What `planRehab` can end with instead of a plan. @category Selection @since 0.1.0 */
export type PlanRehabError = InvalidInput | Referral | NotEnoughTolerableMovements

/**
 * The input of `planRehab`: an intake and an assessment.
 *
 * @category Selection
 * @since 0.1.0
 */
export const PlanRehabInputSchema = z.strictObject({ intake: IntakeSchema, assessment: AssessmentSchema })

// Only the two keys: each value is parsed on its own below, so that a red flag still refers when the assessment is malformed.
const PlanRehabShapeSchema = z.strictObject({ intake: z.unknown(), assessment: z.unknown() })

/**
 * Screens first, then selects: the whole path from intake and assessment to a
 * rehab plan. A `Referral` ends it with no plan, whatever the assessment says.
 *
 * Returns `Left(Referral)` when a valid intake has a red flag, even if the
 * assessment or options are malformed; otherwise `Left(InvalidInput)` listing
 * the problems of both inputs and the options at once (paths such as
 * `intake.redFlags.fever`, `assessment.results.2.pain`,
 * `options.painCeiling`), and `Left(NotEnoughTolerableMovements)` when fewer
 * than four movements are within the pain ceiling.
 *
 * @example
 * import { planRehab, RED_FLAGS } from 'rehab-engine'
 *
 * const redFlags = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, false]))
 * const assessment = {
 *   date: '2026-11-02',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 2 })),
 * }
 * const plan = planRehab({ intake: { age: 38, redFlags }, assessment })
 * assert.equal(plan._tag === 'Right' && plan.right.selection.selected.length, 4)
 *
 * const referral = planRehab({ intake: { age: 38, redFlags: { ...redFlags, fever: true } }, assessment })
 * assert.equal(referral._tag === 'Left' && referral.left._tag, 'Referral')
 *
 * @category Selection
 * @since 0.1.0
 */
export const planRehab = (input: PlanRehabInput, options?: SelectionOptions): Either<PlanRehabError, RehabPlan> => {
  const shape = parseInput(PlanRehabShapeSchema, input)
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const intake = parseInput(IntakeSchema, shape.right.intake, ['intake'])
  const prepared = prepareSelection(shape.right.assessment, options, ['assessment'])
  if (intake._tag === 'Left') return left(invalidInput([...intake.left, ...(prepared._tag === 'Left' ? prepared.left : [])]))

  // A red flag refers even when the assessment or the options are malformed: safety before input hygiene.
  const screening = screenValidIntake(intake.right)
  if (screening._tag === 'Referral') return left(screening)
  if (prepared._tag === 'Left') return left(invalidInput(prepared.left))
  const selection = selectValidEntries(prepared.right.entries, prepared.right.options)
  return selection._tag === 'Left' ? selection : right({ screening, selection: selection.right })
}
