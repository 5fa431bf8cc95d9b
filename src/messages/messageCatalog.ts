import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { RULE_IDS } from '../shared/rules.js'
import { TERM_KINDS } from './terms.js'

// A MessageFormat 2 pattern chooses between whole sentences: a rule whose sentence changes in four places
// holds a dozen or more of them, and German, which tells one point from two, more. The longest shipped
// pattern is under 9,000 characters.
const MAX_MESSAGE_LENGTH = 12_000
const message = z.string().min(1).max(MAX_MESSAGE_LENGTH)

/** How a dose is written, piece by piece, as MessageFormat 2 patterns. */
export const DoseWordsSchema = z.strictObject({
  /** `{$sets}` sets of `{$reps}`: `2 x 8`. */
  reps: message,
  /** `{$sets}` holds of `{$seconds}` seconds: `2 x 30 s`. */
  hold: message,
  /** `{$sets}` walks of `{$meters}` metres: `1 x 10 m`. */
  distance: message,
  /** Put after the reps when they are per side: ` per side`. */
  perSide: message,
  /** Put after the reps with a resistance band: ` with a band`. */
  band: message,
  /** Put after the reps with an added load of `{$loadKg}`: ` with 8 kg`. */
  load: message,
  /** Put after the reps when each is held `{$holdSeconds}` seconds: `, each held 1 s`. */
  eachHeld: message,
})

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
 * Every person-facing text of the engine's reasons in one language: for each
 * rule id, a MessageFormat 2 pattern over the values the reason carries in
 * `params` (`{$movement} hurt {$pain}/10`), and the words of a dose. `locale`
 * (a BCP 47 tag such as `de` or `pt-BR`) chooses how numbers are written and
 * how plurals are matched. An app passes its own catalog for another
 * language; TypeScript names every rule id it leaves out.
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
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as de or pt-BR'),
  reasons: z.strictObject(Object.fromEntries(RULE_IDS.map((rule) => [rule, message])) as { [Rule in (typeof RULE_IDS)[number]]: typeof message }),
  doses: DoseWordsSchema,
  terms: TermsSchema,
})

/** The texts of the engine in one language. @category Languages @since 0.4.0 */
export type MessageCatalog = DeepReadonly<z.output<typeof MessageCatalogSchema>>

/** The words of the ids some reasons list, in one language. @category Languages @since 0.4.0 */
export type Terms = MessageCatalog['terms']

/** How a dose is written in one language. @category Languages @since 0.4.0 */
export type DoseWords = MessageCatalog['doses']
