import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { AdviceSchema, ReasonPatternsSchema, TermsSchema } from '../wording/catalogParts.js'
import { textCatalogShape } from '../wording/textCatalog.js'

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
  reasons: ReasonPatternsSchema,
  advice: AdviceSchema,
  terms: TermsSchema,
})

/** The texts of the engine in one language. @category Languages @since 0.4.0 */
export type MessageCatalog = DeepReadonly<z.output<typeof MessageCatalogSchema>>

/** The words of the ids some reasons list, in one language. @category Languages @since 0.4.0 */
export type Terms = MessageCatalog['terms']

/** The advice of each kind of referral, in one language. @category Languages @since 0.4.0 */
export type Advice = MessageCatalog['advice']
