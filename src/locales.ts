/**
 * rehab-engine/locales: the engine's reasons in other languages. Every
 * reason carries, beside its English `message`, the values it speaks of
 * (`params`); a catalog holds, for every rule id, a MessageFormat 2 pattern
 * over those values. `localize` writes any output of the engine in a
 * catalog's language. English (`en`) and German (`de`) ship; an app passes
 * its own catalog for another language. It sits at a subpath of its own so
 * that an app that speaks only English never loads the catalogs or the
 * MessageFormat library.
 *
 * @example
 * import { NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 * import { de, localize } from 'rehab-engine/locales'
 *
 * const screening = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } })
 * const german = localize({ value: screening, catalog: de })
 * assert.equal(german._tag === 'Right' && german.right._tag === 'Right' && german.right.right._tag, 'Referral')
 *
 * @packageDocumentation
 * @module rehab-engine/locales
 */

export { MessageCatalogSchema, type MessageCatalog, type Advice, type Terms } from './messages/messageCatalog.js'
export { AdviceSchema, TermsSchema } from './wording/catalogParts.js'
export { DoseWordsSchema, type DoseWords } from './wording/textCatalog.js'
export { localize, LocalizeInputSchema } from './messages/localize.js'
export { en } from './messages/en.js'
export { de } from './messages/de.js'
