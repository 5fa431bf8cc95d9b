import * as z from 'zod'

/**
 * One problem found in an input: where it is and what is wrong with it.
 *
 * `path` joins object keys and array indexes with dots (`results.2.pain`);
 * the empty string means the input as a whole.
 *
 * @category Errors
 * @since 0.1.0
 */
export const InputIssueSchema = z.strictObject({
  path: z.string(),
  message: z.string().min(1),
})

/** @category Errors @since 0.1.0 */
export type InputIssue = z.infer<typeof InputIssueSchema>

/**
 * The input did not match its schema. Every problem is listed, each with the
 * path of the field it concerns, so a form can highlight them all at once.
 * Checks against the catalog (unknown movements, variants, repeats) run once
 * the shape of every input is right, so they are listed in a second round.
 *
 * @example
 * import { selectRehabMovements } from 'rehab-engine'
 *
 * const result = selectRehabMovements({
 *   date: '2026-11-02',
 *   results: [{ movement: 'cat-camel', pain: 11 }],
 * })
 * assert.deepStrictEqual(result, {
 *   _tag: 'Left',
 *   left: {
 *     _tag: 'InvalidInput',
 *     issues: [{ path: 'results.0.pain', message: 'must be at most 10' }],
 *   },
 * })
 *
 * @category Errors
 * @since 0.1.0
 */
export const InvalidInputSchema = z.strictObject({
  _tag: z.literal('InvalidInput'),
  issues: z.array(InputIssueSchema).min(1).readonly(),
})

/** @category Errors @since 0.1.0 */
export type InvalidInput = z.infer<typeof InvalidInputSchema>
