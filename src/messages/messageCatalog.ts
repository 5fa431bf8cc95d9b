import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { RULE_IDS } from '../shared/rules.js'
import { textCatalogShape } from '../wording/textCatalog.js'
import { TERM_KINDS } from './terms.js'

// A MessageFormat 2 pattern chooses between whole sentences: a rule whose sentence changes in four places
// holds a dozen or more of them, and German, which tells one point from two, more. The longest shipped
// pattern is under 9,000 characters.
const MAX_MESSAGE_LENGTH = 12_000
const message = z.string().min(1).max(MAX_MESSAGE_LENGTH)

const wordsFor = <Id extends string>(ids: readonly Id[]) => z.strictObject(Object.fromEntries(ids.map((id) => [id, message])) as { [Key in Id]: typeof message })

/**
 * The words a catalog writes in place of the ids some reasons list (the days
 * of a week, the features of the inflammatory back pain screen, the built-in
 * focus areas): a list that
 * holds only ids of one kind is written word by word, joined as that kind
 * joins.
 */
export const TermsSchema = z.strictObject({
  weekdays: wordsFor(TERM_KINDS.weekdays.ids),
  inflammatoryFeatures: wordsFor(TERM_KINDS.inflammatoryFeatures.ids),
  focusAreas: wordsFor(TERM_KINDS.focusAreas.ids),
})

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
export const AdviceSchema = z.strictObject({
  'red-flag-emergency': message,
  'red-flag-soon': message,
  'red-flag-routine': message,
  'assessment-pain': message,
  'too-few-tolerable': message,
  ceiling: message,
  worsening: message,
})

/**
 * Every person-facing text of the engine in one language: for each rule id,
 * a MessageFormat 2 pattern over the values the reason carries in `params`
 * (`{$movement} hurt {$pain}/10`); the advice of each kind of referral; the
 * words of the ids reasons list; and the words the functions that write text
 * read (a dose's pieces, a program's and a calendar's words, the built-in
 * movements' names and descriptions: see TextCatalogSchema). `locale` (a BCP
 * 47 tag such as `de` or `pt-BR`) chooses how numbers and weekdays are
 * written and how plurals are matched. An app passes its own catalog for
 * another language; TypeScript names every id it leaves out.
 *
 * @example
 * import { DoseWordsSchema, MessageCatalogSchema, TermsSchema, de } from 'rehab-engine/locales'
 *
 * assert.equal(MessageCatalogSchema.safeParse(de).success, true)
 * assert.equal(DoseWordsSchema.safeParse({ ...de.doses, perSide: '' }).success, false)
 * assert.equal(TermsSchema.safeParse(de.terms).success, true)
 * const { window: _left, ...reasons } = de.reasons
 * assert.equal(MessageCatalogSchema.safeParse({ ...de, reasons }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const MessageCatalogSchema = z.strictObject({
  ...textCatalogShape,
  reasons: z.strictObject(Object.fromEntries(RULE_IDS.map((rule) => [rule, message])) as { [Rule in (typeof RULE_IDS)[number]]: typeof message }),
  advice: AdviceSchema,
  terms: TermsSchema,
})

/** The texts of the engine in one language. @category Languages @since 0.4.0 */
export type MessageCatalog = DeepReadonly<z.output<typeof MessageCatalogSchema>>

/** The words of the ids some reasons list, in one language. @category Languages @since 0.4.0 */
export type Terms = MessageCatalog['terms']

/** The advice of each kind of referral, in one language. @category Languages @since 0.4.0 */
export type Advice = MessageCatalog['advice']
