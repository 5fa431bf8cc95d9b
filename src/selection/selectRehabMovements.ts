import type * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Referral } from '../shared/referral.js'
import { PlanRehabInputSchema, screenThenSelect } from './planRehab.js'
import type { RehabSelection } from './selection.js'

/**
 * What {@link selectRehabMovements} takes: what `planRehab` takes, an intake
 * to screen first, an assessment (or a {@link ParsedAssessment}) and the
 * selection options.
 *
 * @example
 * import { NO_RED_FLAGS, SelectRehabMovementsInputSchema } from 'rehab-engine'
 *
 * const assessment = { date: '2026-11-02', results: [{ movement: 'bird-dog', pain: 0 }] }
 * const intake = { age: 38, redFlags: NO_RED_FLAGS }
 * assert.equal(SelectRehabMovementsInputSchema.safeParse({ intake, assessment, options: { painCeiling: 2 } }).success, true)
 * // No selection without an intake to screen first.
 * assert.equal(SelectRehabMovementsInputSchema.safeParse({ assessment }).success, false)
 *
 * @category Selection
 * @since 0.2.0
 */
export const SelectRehabMovementsInputSchema: typeof PlanRehabInputSchema = PlanRehabInputSchema

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
 * The intake is screened first, as `planRehab` screens it: no movement is
 * chosen for a person with a red flag. Returns `Left(Referral)` with cause
 * `red-flag` when a valid intake has a red flag, even if the assessment or
 * options are malformed; otherwise `Left(InvalidInput)` listing the problems
 * of every field at once (each issue names its path, such as
 * `['intake', 'redFlags', 'fever']`, `['assessment', 'results', 2, 'pain']`
 * or `['options', 'painCeiling']`), and `Left(Referral)` with cause
 * `too-few-tolerable` when fewer than four are eligible: no plan, have the
 * pain checked first (seed 003). `planRehab` gives the same answer with the
 * screening beside the selection.
 *
 * @example
 * import { NO_RED_FLAGS, selectRehabMovements } from 'rehab-engine'
 *
 * const intake = { age: 38, redFlags: NO_RED_FLAGS }
 * const result = selectRehabMovements({
 *   intake,
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
 * // A red flag refers, whatever the assessment holds.
 * const flagged = selectRehabMovements({ intake: { ...intake, redFlags: { ...NO_RED_FLAGS, fever: true } }, assessment: { date: '2026-11-02', results: [] } })
 * assert.equal(flagged._tag === 'Left' && flagged.left._tag === 'Referral' && flagged.left.cause, 'red-flag')
 *
 * @category Selection
 * @since 0.1.0
 */
export const selectRehabMovements: (input: SelectRehabMovementsInput) => Either<InvalidInput | Referral, RehabSelection> = /* @__PURE__ */ guardInput((input) => {
  const plan = screenThenSelect(input)
  return plan._tag === 'Left' ? plan : right(plan.right.selection)
})
