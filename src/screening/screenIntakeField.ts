import { left, right, type Either } from '../_lib/either.js'
import type { InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { Referral } from '../shared/referral.js'
import { IntakeSchema } from './intake.js'
import type { Cleared } from './screening.js'
import { screenValidIntake } from './screenValidIntake.js'

/**
 * Screens the `intake` field of a function's input before the rest is read:
 * safety before input hygiene. A valid intake with a red flag is the answer
 * at once (`Left`), however malformed the rest of the input. Otherwise `Right`
 * holds the cleared screening, or the intake's issues under `['intake']`, to
 * be listed with the issues of the other fields.
 */
export const screenIntakeField = (intake: unknown): Either<Referral, Either<InputIssue[], Cleared>> => {
  const parsed = parseInput(IntakeSchema, intake, ['intake'])
  if (parsed._tag === 'Left') return right(parsed)
  const screening = screenValidIntake(parsed.right)
  return screening._tag === 'Referral' ? left(screening) : right(right(screening))
}

/**
 * Screens the `intake` field of an input that may be anything: a referral for
 * a red flag, or the intake's issues (none when it is valid and clear). An
 * input that is not an object gets no intake issue: the caller's own check
 * says what is wrong with it, once.
 */
export const screenInputIntake = (input: unknown): Either<Referral, InputIssue[]> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return right([])
  const screened = screenIntakeField(Object.hasOwn(input, 'intake') ? (input as Readonly<Record<string, unknown>>)['intake'] : undefined)
  return screened._tag === 'Left' ? screened : right(screened.right._tag === 'Left' ? screened.right.left : [])
}
