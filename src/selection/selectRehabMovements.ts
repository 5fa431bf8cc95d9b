import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { inputFields } from '../_lib/inputFields.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Referral } from '../shared/referral.js'
import { AssessmentSchema } from './assessment.js'
import { chooseMovements } from './chooseMovements.js'
import { prepareSelection } from './prepareSelection.js'
import type { RehabSelection } from './selection.js'
import { SelectionOptionsSchema } from './selectionOptions.js'

/**
 * What {@link selectRehabMovements} takes: an assessment (or a
 * {@link ParsedAssessment}) and the selection options.
 *
 * @example
 * import { SelectRehabMovementsInputSchema } from 'rehab-engine'
 *
 * const assessment = { date: '2026-11-02', results: [{ movement: 'bird-dog', pain: 0 }] }
 * assert.equal(SelectRehabMovementsInputSchema.safeParse({ assessment, options: { painCeiling: 2 } }).success, true)
 * // The assessment goes in its own field, not as the whole input.
 * assert.equal(SelectRehabMovementsInputSchema.safeParse(assessment).success, false)
 *
 * @category Selection
 * @since 0.2.0
 */
export const SelectRehabMovementsInputSchema = z.strictObject({
  assessment: AssessmentSchema,
  options: SelectionOptionsSchema.optional(),
})

/** What `selectRehabMovements` takes. @category Selection @since 0.2.0 */
export type SelectRehabMovementsInput = DeepReadonly<z.input<typeof SelectRehabMovementsInputSchema>>

/**
 * Chooses 4-5 rehab movements from a movement assessment (seed 001): those
 * that hurt no more than the pain ceiling (default 3/10) are eligible; five
 * are chosen when five or more are eligible, four when exactly four are. Each
 * is dosed at 5-10 reps, 1-2 sets, 3 times a day, starting at 1 set of 5.
 *
 * Which five, when more are eligible: the set that covers the most focus areas
 * (seed 000: the body works as a kinetic chain), then the one with the lowest
 * total pain, then the one earliest in catalog order. The answer is exact and
 * does not depend on the order of the results.
 *
 * Returns `Left(InvalidInput)` for a malformed assessment or options (each
 * issue names its path, such as `['assessment', 'results', 2, 'pain']` or
 * `['options', 'painCeiling']`), and `Left(Referral)` with cause
 * `too-few-tolerable` when fewer than four are eligible: no plan, have the
 * pain checked first (seed 003).
 *
 * @example
 * import { selectRehabMovements } from 'rehab-engine'
 *
 * const result = selectRehabMovements({
 *   assessment: {
 *     date: '2026-11-02',
 *     results: [
 *       { movement: 'hip-mobility', pain: 1 },
 *       { movement: 'cat-camel', pain: 6 },
 *       { movement: 'hip-bridge', pain: 2 },
 *       { movement: 'bird-dog', pain: 0 },
 *       { movement: 'side-plank-clam-shell', pain: 3 },
 *       { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 },
 *     ],
 *   },
 * })
 * assert.equal(result._tag, 'Right')
 * if (result._tag === 'Right') {
 *   assert.equal(result.right.selected.length, 5)
 *   assert.equal(result.right.excluded[0]?.movement, 'cat-camel')
 *   assert.deepStrictEqual(result.right.selected[0]?.start, { kind: 'reps', sets: 1, reps: 5 })
 * }
 *
 * @category Selection
 * @since 0.1.0
 */
export const selectRehabMovements: (input: SelectRehabMovementsInput) => Either<InvalidInput | Referral, RehabSelection> = /* @__PURE__ */ guardInput((input) => {
  const shape = inputFields(input, ['assessment', 'options'])
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const { fields, unknownKeys } = shape.right
  const prepared = prepareSelection(fields.assessment, fields.options, ['assessment'])
  if (prepared._tag === 'Left' || unknownKeys.length > 0) return left(invalidInput([...(prepared._tag === 'Left' ? prepared.left : []), ...unknownKeys]))
  return chooseMovements(prepared.right.entries, prepared.right.options)
})
