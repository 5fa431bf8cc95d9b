import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'

/**
 * The STarT Back cut-offs (Keele STarT Back Tool; Hill et al. 2011, Lancet;
 * NICE NG59 rec. 1.1.2-1.1.3): a total of `lowRiskMaxTotal` or less is low
 * risk; otherwise a psychosocial subscale (items 5-9) of
 * `highRiskMinPsychosocial` or more is high risk, and anything else medium.
 *
 * @example
 * import { START_BACK_CUT_OFFS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(START_BACK_CUT_OFFS, { lowRiskMaxTotal: 3, highRiskMinPsychosocial: 4 })
 *
 * @category Screening
 * @since 0.2.0
 */
export const START_BACK_CUT_OFFS = /* @__PURE__ */ Object.freeze({ lowRiskMaxTotal: 3, highRiskMinPsychosocial: 4 } as const)

/**
 * The topic of each yes/no item, 1 to 8, in the tool's order. Items 5-8 and
 * the bothersomeness item 9 form the psychosocial subscale.
 *
 * @example
 * import { NO_RED_FLAGS, START_BACK_ITEM_TOPICS, screenIntake, type StartBack } from 'rehab-engine'
 *
 * const risk = (items: StartBack['items']) => {
 *   const screening = screenIntake({ age: 38, redFlags: NO_RED_FLAGS, startBack: { items, bothersomeness: 'very-much' } })
 *   return screening._tag === 'Right' && screening.right._tag === 'Cleared' ? screening.right.risk : undefined
 * }
 * // The same number of "yes" answers weighs more on the psychosocial topics, from item 5 on.
 * assert.equal(START_BACK_ITEM_TOPICS.indexOf('feeling that activity is unsafe'), 4)
 * assert.equal(risk([true, true, true, true, false, false, false, false]), 'medium')
 * assert.equal(risk([false, false, false, false, true, true, true, true]), 'high')
 *
 * @category Screening
 * @since 0.1.0
 */
export const START_BACK_ITEM_TOPICS = [
  'pain spreading down a leg',
  'pain in the shoulder or neck',
  'walking only short distances because of the pain',
  'dressing more slowly because of the pain',
  'feeling that activity is unsafe',
  'worrying thoughts about the pain',
  'feeling the pain will never get better',
  'no longer enjoying things',
] as const

/**
 * How much the pain bothered the person over the last two weeks (item 9). It
 * scores a point only as `very-much` or `extremely`.
 *
 * @example
 * import { BothersomenessSchema } from 'rehab-engine'
 *
 * assert.equal(BothersomenessSchema.safeParse('very-much').success, true)
 * // The item is a five-point scale of words, not a number.
 * assert.equal(BothersomenessSchema.safeParse(4).success, false)
 *
 * @category Screening
 * @since 0.1.0
 */
export const BothersomenessSchema = z.enum(['not-at-all', 'slightly', 'moderately', 'very-much', 'extremely'])

/** How much the pain bothered the person over the last two weeks. @category Screening @since 0.1.0 */
export type Bothersomeness = z.output<typeof BothersomenessSchema>

const answer = z.boolean()

/**
 * The STarT Back answers: items 1-8 as booleans (see
 * {@link START_BACK_ITEM_TOPICS}) and item 9 as a bothersomeness level.
 *
 * @example
 * import { StartBackSchema } from 'rehab-engine'
 *
 * const answers = { items: [true, false, false, false, false, false, false, false], bothersomeness: 'slightly' }
 * assert.equal(StartBackSchema.safeParse(answers).success, true)
 *
 * @category Screening
 * @since 0.1.0
 */
export const StartBackSchema = z.strictObject({
  items: z
    .tuple([answer, answer, answer, answer, answer, answer, answer, answer], {
      error: 'must be a list of exactly 8 true/false answers, items 1-8 in order',
    }),
  bothersomeness: BothersomenessSchema,
})

/** The STarT Back answers. @category Screening @since 0.1.0 */
export type StartBack = DeepReadonly<z.output<typeof StartBackSchema>>

/** The STarT Back risk group, or `unknown` when the tool was not answered. @category Screening @since 0.1.0 */
export type StartBackRisk = 'low' | 'medium' | 'high' | 'unknown'

/** A scored STarT Back. @category Screening @since 0.1.0 */
export interface StartBackScore {
  readonly total: number
  readonly psychosocial: number
  readonly risk: Exclude<StartBackRisk, 'unknown'>
}

const PSYCHOSOCIAL_FIRST_ITEM = 4 // zero-based: items 5-8

/** Scores answers that passed StartBackSchema, as the Keele tool does. */
export const scoreStartBack = (startBack: StartBack): StartBackScore => {
  const bothersome = startBack.bothersomeness === 'very-much' || startBack.bothersomeness === 'extremely' ? 1 : 0
  let total = bothersome
  let psychosocial = bothersome
  startBack.items.forEach((yes, index) => {
    if (!yes) return
    total += 1
    if (index >= PSYCHOSOCIAL_FIRST_ITEM) psychosocial += 1
  })
  const risk =
    total <= START_BACK_CUT_OFFS.lowRiskMaxTotal
      ? 'low'
      : psychosocial >= START_BACK_CUT_OFFS.highRiskMinPsychosocial
        ? 'high'
        : 'medium'
  return { total, psychosocial, risk }
}
