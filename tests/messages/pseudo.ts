// A pseudo-language made from the English catalog: every letter of the text accented, every placeholder,
// selector and variant key kept. A message that still shows a plain English word was not written from its
// catalog.
import type { MessageCatalog } from '../../src/messages/messageCatalog.js'

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, 'àƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'[index]!]),
)

/** Every variable a pattern names, sorted: `{$movement}`, `.input {$zone :string}`, `.match $zone`. */
export const variablesOf = (pattern: string): string[] => [...new Set([...pattern.matchAll(/\$([A-Za-z][A-Za-z0-9]*)/g)].map((found) => found[1]!))].sort()

/** The letters of text outside placeholders accented. */
const accentText = (text: string): string => text.replace(/\{[^{}]*\}|[A-Za-z]/g, (found) => (found.length === 1 ? ACCENTED[found]! : found))

/** A pattern with its text accented: a simple message whole, a matching one inside each `{{...}}` only. */
const accentPattern = (pattern: string): string =>
  pattern.startsWith('.') ? pattern.replace(/\{\{((?:[^{}]|\{[^{}]*\})*)\}\}/g, (_all, body: string) => `{{${accentText(body)}}}`) : accentText(pattern)

/** Every text of a tree of words (a program's, the movements', the advice) accented. */
const accentWords = <Words>(words: Words): Words =>
  (typeof words === 'string' ? accentPattern(words) : Object.fromEntries(Object.entries(words as object).map(([key, entry]) => [key, accentWords(entry)]))) as Words

export const pseudoCatalog = (catalog: MessageCatalog): MessageCatalog => ({
  locale: 'en-XA',
  reasons: Object.fromEntries(Object.entries(catalog.reasons).map(([rule, pattern]) => [rule, accentPattern(pattern)])) as MessageCatalog['reasons'],
  doses: accentWords(catalog.doses),
  program: accentWords(catalog.program),
  movements: accentWords(catalog.movements),
  advice: accentWords(catalog.advice),
  terms: Object.fromEntries(
    Object.entries(catalog.terms).map(([kind, words]) => [kind, Object.fromEntries(Object.entries(words).map(([id, word]) => [id, accentText(word)]))]),
  ) as MessageCatalog['terms'],
})
