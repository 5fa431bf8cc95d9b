import * as z from 'zod'
import { RULE_IDS } from '../shared/rules.js'
import { TERM_KINDS } from './terms.js'

// A MessageFormat 2 pattern chooses between whole sentences: a rule whose sentence changes in four places
// holds a dozen or more of them, and German, which tells one point from two, more. The longest shipped
// pattern is under 9,000 characters.
const MAX_MESSAGE_LENGTH = 12_000
const message = /* @__PURE__ */ z.string().min(1).max(MAX_MESSAGE_LENGTH)

const wordsFor = <Id extends string>(ids: readonly Id[]) => z.strictObject(Object.fromEntries(ids.map((id) => [id, message])) as { [Key in Id]: typeof message })

/**
 * The words a catalog writes in place of the ids some reasons list (the days
 * of a week, the features of the inflammatory back pain screen, the built-in
 * focus areas): a list that
 * holds only ids of one kind is written word by word, joined as that kind
 * joins.
 */
export const TermsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    weekdays: wordsFor(TERM_KINDS.weekdays.ids),
    inflammatoryFeatures: wordsFor(TERM_KINDS.inflammatoryFeatures.ids),
    focusAreas: wordsFor(TERM_KINDS.focusAreas.ids),
  }))()

/**
 * The advice of a referral, by its cause (and, for red flags, its urgency):
 * what the person does, in plain words. `localize` writes every referral's
 * `advice` from it.
 *
 * @example
 * import { AdviceSchema, de } from 'rehab-engine/locales'
 *
 * assert.equal(AdviceSchema.safeParse(de.advice).success, true)
 * const { worsening: _left, ...rest } = de.advice
 * assert.equal(AdviceSchema.safeParse(rest).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const AdviceSchema = /* @__PURE__ */ z.strictObject({
  'red-flag-emergency': message,
  'red-flag-soon': message,
  'red-flag-routine': message,
  'assessment-pain': message,
  'too-few-tolerable': message,
  ceiling: message,
  worsening: message,
})


/** A MessageFormat 2 pattern for every rule id, over the values its reasons carry in `params`. */
export const ReasonPatternsSchema = /* @__PURE__ */ (() =>
  z.strictObject(Object.fromEntries(RULE_IDS.map((rule) => [rule, message])) as { [Rule in (typeof RULE_IDS)[number]]: typeof message }))()
