import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { IntakeSchema, type IntakeInput } from './intake.js'
import type { Screening } from './screening.js'
import { screenValidIntake } from './screenValidIntake.js'

/**
 * Screens an intake for red flags before anything is prescribed. Any red flag
 * gives a `Referral` (cause `red-flag`; the cauda equina signs as an
 * emergency); otherwise the result is `Cleared` with the STarT Back risk
 * group. No option turns red flags off. Screening is an assessment, so both
 * outcomes come back in `Right`.
 *
 * Returns `Left(InvalidInput)` when the intake is malformed, including any
 * red-flag question left unanswered.
 *
 * @example
 * import { NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 *
 * const cleared = screenIntake({ age: 38, redFlags: NO_RED_FLAGS })
 * assert.equal(cleared._tag === 'Right' && cleared.right._tag, 'Cleared')
 *
 * const referral = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } })
 * assert.equal(referral._tag === 'Right' && referral.right._tag === 'Referral' && referral.right.urgency, 'emergency')
 *
 * @category Screening
 * @since 0.1.0
 */
export const screenIntake: (intake: IntakeInput) => Either<InvalidInput, Screening> = /* @__PURE__ */ guardInput((input) => {
  const intake = parseInput(IntakeSchema, input)
  return intake._tag === 'Left' ? left(invalidInput(intake.left)) : right(screenValidIntake(intake.right))
})
