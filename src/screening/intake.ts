import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { InflammatoryScreenSchema } from './inflammatoryScreen.js'
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
 * Back answers for risk stratification and three questions about this back
 * pain:
 *
 * - `painStarted`: the date it began;
 * - `firstEpisode`: whether it is the first back pain of its kind. Age is a
 *   sign only for a first episode (see {@link AGE_RED_FLAG}); left out, it
 *   is never taken as "no";
 * - `backPain`: the usual back pain now, 0-10, the baseline outcomes are
 *   measured against (an episode's `baselinePain` defaults to it).
 *
 * and the optional screen for back pain of an inflammatory kind
 * (`inflammatory`, see {@link InflammatoryScreenSchema}), whose advice comes
 * with the plan and does not stop exercise.
 *
 * @example
 * import { IntakeSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * assert.equal(IntakeSchema.safeParse({ age: 38, redFlags: NO_RED_FLAGS }).success, true)
 * assert.equal(IntakeSchema.safeParse({ age: 58, redFlags: NO_RED_FLAGS, painStarted: '2026-10-20', firstEpisode: false, backPain: 4 }).success, true)
 * assert.equal(IntakeSchema.safeParse({ age: 38, redFlags: {} }).success, false)
 * assert.equal(IntakeSchema.safeParse({ age: 38, redFlags: NO_RED_FLAGS, firstEpisode: 'no' }).success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const IntakeSchema = z.strictObject({
  age: z.int().min(0).max(INPUT_LIMITS.age),
  redFlags: RedFlagAnswersSchema,
  startBack: StartBackSchema.optional(),
  painStarted: InputDateSchema.optional(),
  firstEpisode: z.boolean().optional(),
  backPain: PainSchema.optional(),
  inflammatory: InflammatoryScreenSchema.optional(),
})

/** @category Screening @since 0.1.0 */
export type Intake = DeepReadonly<z.output<typeof IntakeSchema>>

/** An intake as the engine takes it. @category Screening @since 0.2.0 */
export type IntakeInput = DeepReadonly<z.input<typeof IntakeSchema>>
