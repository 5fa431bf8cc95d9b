import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { ISSUE_CODES, MAX_ISSUES, type InvalidInput as LibInvalidInput } from '../_lib/issues.js'

/**
 * What kind of problem an input issue reports:
 * `required` (missing), `invalid_type`, `not_plain_data` (a class instance,
 * a function, a BigInt, a cycle), `unreadable` (a getter or Proxy threw),
 * `too_small` and `too_big` (numbers, lengths, list sizes, date ranges),
 * `invalid_format` (dates, times, ids), `invalid_value` (not one of the
 * allowed values), `invalid_union`, `unknown_key`, `not_in_catalog` (a
 * movement or variant the catalog lacks, or of the wrong role), `duplicate`,
 * `after_today`, and `inconsistent` (fields that disagree with each other).
 *
 * @example
 * import { IssueCodeSchema, findMovement } from 'rehab-engine'
 *
 * const found = findMovement({ movement: 'moonwalk' })
 * assert.equal(found._tag === 'Left' && IssueCodeSchema.parse(found.left.issues[0]?.code), 'not_in_catalog')
 * assert.equal(IssueCodeSchema.safeParse('not_found').success, false)
 *
 * @category Errors
 * @since 0.2.0
 */
export const IssueCodeSchema = z.enum(ISSUE_CODES)

/** What kind of problem an input issue reports. @category Errors @since 0.2.0 */
export type IssueCode = z.infer<typeof IssueCodeSchema>

/**
 * One problem found in an input: its kind, where it is, and what is wrong.
 * `path` lists the object keys and list indexes from the input's root
 * (`['results', 2, 'pain']`); an empty path means the input as a whole.
 *
 * @example
 * import { InputIssueSchema, NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 *
 * const result = screenIntake({ age: 130, redFlags: NO_RED_FLAGS })
 * const issue = result._tag === 'Left' ? result.left.issues[0] : undefined
 * assert.deepStrictEqual(issue, { code: 'too_big', path: ['age'], message: 'must be at most 120' })
 * assert.equal(InputIssueSchema.safeParse(issue).success, true)
 * // A path is a list of keys and indexes, never a dotted string.
 * assert.equal(InputIssueSchema.safeParse({ ...issue, path: 'age' }).success, false)
 *
 * @category Errors
 * @since 0.1.0
 */
export const InputIssueSchema = z.strictObject({
  code: IssueCodeSchema,
  path: boundedList(z.union([z.string(), z.int().min(0)]), { max: 64 }),
  message: z.string().min(1),
})

/** One problem found in an input. @category Errors @since 0.1.0 */
export type InputIssue = DeepReadonly<z.output<typeof InputIssueSchema>>

/**
 * The input did not match its schema. Every problem is listed (up to 100),
 * each with its code and the path of the field it concerns, so a form can
 * highlight them all at once. Checks against the catalog (unknown movements,
 * variants, repeats) run once the shape of every input is right, so they are
 * listed in a second round.
 *
 * @example
 * import { NO_RED_FLAGS, selectRehabMovements } from 'rehab-engine'
 *
 * const result = selectRehabMovements({
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   assessment: { date: '2026-11-02', results: [{ movement: 'cat-camel', pain: 11 }] },
 * })
 * assert.deepStrictEqual(result, {
 *   _tag: 'Left',
 *   left: {
 *     _tag: 'InvalidInput',
 *     issues: [{ code: 'too_big', path: ['assessment', 'results', 0, 'pain'], message: 'must be at most 10' }],
 *   },
 * })
 *
 * @example
 * import { InvalidInputSchema, ladderOf } from 'rehab-engine'
 *
 * const result = ladderOf({ movement: 'Bird Dog' })
 * assert.equal(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success, true)
 * // Invalid input always says what is wrong: an empty list of issues is not one.
 * assert.equal(InvalidInputSchema.safeParse({ _tag: 'InvalidInput', issues: [] }).success, false)
 *
 * @category Errors
 * @since 0.1.0
 */
export const InvalidInputSchema = z.strictObject({
  _tag: z.literal('InvalidInput'),
  issues: boundedList(InputIssueSchema, { min: 1, max: MAX_ISSUES }),
})

/** The input did not match its schema: every problem found, each with its path. @category Errors @since 0.1.0 */
export type InvalidInput = DeepReadonly<z.output<typeof InvalidInputSchema>>

// The helpers in _lib build these values; the two descriptions must stay one shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameShape: Same<InvalidInput, LibInvalidInput> = true
void sameShape
