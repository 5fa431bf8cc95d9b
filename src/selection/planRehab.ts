import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { inputFields } from '../_lib/inputFields.js'
import { IntakeSchema } from '../screening/intake.js'
import { screenIntakeField } from '../screening/screenIntakeField.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Referral } from '../shared/referral.js'
import { AssessmentSchema } from './assessment.js'
import { chooseMovements } from './chooseMovements.js'
import { withCorrectives } from './withCorrectives.js'
import { severeAssessmentPain } from './rules/severeAssessmentPain.js'
import { REFER_PAIN } from '../shared/pain.js'
import { prepareSelection } from './prepareSelection.js'
import type { RehabPlan } from './selection.js'
import { SelectionOptionsSchema } from './selectionOptions.js'

/**
 * What {@link planRehab} takes: an intake, an assessment, and the selection
 * options.
 *
 * @example
 * import { NO_RED_FLAGS, PlanRehabInputSchema } from 'rehab-engine'
 *
 * const assessment = { date: '2026-11-02', results: [{ movement: 'bird-dog', pain: 0 }] }
 * assert.equal(PlanRehabInputSchema.safeParse({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment }).success, true)
 * // No plan without an intake to screen first.
 * assert.equal(PlanRehabInputSchema.safeParse({ assessment }).success, false)
 *
 * @category Selection
 * @since 0.1.0
 */
export const PlanRehabInputSchema = z.strictObject({
  intake: IntakeSchema,
  assessment: AssessmentSchema,
  options: SelectionOptionsSchema.optional(),
})

/** What `planRehab` takes. @category Selection @since 0.1.0 */
export type PlanRehabInput = DeepReadonly<z.input<typeof PlanRehabInputSchema>>

/**
 * Screens first, then selects: the whole path from intake and assessment to a
 * rehab plan. A red flag ends it with a referral and no plan, whatever the
 * assessment says.
 *
 * Returns `Left(Referral)` with cause `red-flag` when a valid intake has a red
 * flag, even if the assessment or options are malformed; otherwise
 * `Left(InvalidInput)` listing the problems of every input at once (paths
 * such as `['intake', 'redFlags', 'fever']`,
 * `['assessment', 'results', 2, 'pain']`, `['options', 'painCeiling']`), and
 * `Left(Referral)` with cause `too-few-tolerable` when fewer than four
 * movements are within the pain ceiling.
 *
 * @example
 * import { NO_RED_FLAGS, planRehab } from 'rehab-engine'
 *
 * const assessment = {
 *   date: '2026-11-02',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 2 })),
 * }
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment })
 * assert.equal(plan._tag === 'Right' && plan.right.selection.selected.length, 4)
 *
 * const referral = planRehab({ intake: { age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } }, assessment })
 * assert.equal(referral._tag === 'Left' && referral.left._tag === 'Referral' && referral.left.cause, 'red-flag')
 *
 * @category Selection
 * @since 0.1.0
 */
export const planRehab: (input: PlanRehabInput) => Either<InvalidInput | Referral, RehabPlan> = /* @__PURE__ */ guardInput((input) => screenThenSelect(input))

/**
 * The body of `planRehab`, for an input already checked to be plain data;
 * `selectRehabMovements` runs it too, so that no selection is made without a
 * screened intake.
 */
export const screenThenSelect = (input: unknown): Either<InvalidInput | Referral, RehabPlan> => {
  // Each field is checked on its own, so that a red flag refers even when the assessment or the options are
  // malformed or missing, or the input has a key it should not: safety before input hygiene.
  const shape = inputFields(input, ['intake', 'assessment', 'options'])
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const { fields, unknownKeys } = shape.right
  const screened = screenIntakeField(fields.intake)
  if (screened._tag === 'Left') return screened
  const checked = collectIssues(screened.right, prepareSelection(fields.assessment, fields.options, ['assessment']))
  if (checked._tag === 'Left' || unknownKeys.length > 0) return left(invalidInput([...(checked._tag === 'Left' ? checked.left : []), ...unknownKeys]))
  const [screening, prepared] = checked.right
  const severe = severeAssessmentPain(prepared.entries, REFER_PAIN.default)
  if (severe !== undefined) return left(severe)
  const selection = chooseMovements(prepared.entries, prepared.options)
  if (selection._tag === 'Left') return selection
  return right({ screening, selection: withCorrectives(selection.right, prepared.assessment.posture, prepared.options.catalog) })
}
