import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { RED_FLAGS, type RedFlagId } from './redFlags.js'
import { StartBackSchema } from './startBack.js'

const redFlagAnswer = z.boolean({
  error: (issue) =>
    issue.input === undefined
      ? 'must be answered true or false: an unanswered red flag is never taken as "no"'
      : 'must be true or false',
})

// Every red-flag id as a required boolean, so none can go unanswered.
const redFlagAnswers = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, redFlagAnswer])) as {
  readonly [Id in RedFlagId]: typeof redFlagAnswer
}

/** The answer to every red-flag question, each true or false: at intake, and again at each re-screen. */
export const RedFlagAnswersSchema = z.strictObject(redFlagAnswers)

/**
 * What the person reports before anything is prescribed: age, an answer to
 * every red-flag question (see {@link RED_FLAGS}), and optionally the STarT
 * Back answers for risk stratification.
 *
 * @example
 * import { IntakeSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * assert.equal(IntakeSchema.safeParse({ age: 38, redFlags: NO_RED_FLAGS }).success, true)
 * assert.equal(IntakeSchema.safeParse({ age: 38, redFlags: {} }).success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const IntakeSchema = z.strictObject({
  age: z.int().min(0).max(INPUT_LIMITS.age),
  redFlags: RedFlagAnswersSchema,
  startBack: StartBackSchema.optional(),
})

/** @category Screening @since 0.1.0 */
export type Intake = DeepReadonly<z.output<typeof IntakeSchema>>

/** An intake as the engine takes it. @category Screening @since 0.2.0 */
export type IntakeInput = DeepReadonly<z.input<typeof IntakeSchema>>
