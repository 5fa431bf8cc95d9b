import { isCatchallKey, isSelectMessage, MessageFormat, parseMessage, type MessageFormatOptions } from 'messageformat'
import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { Dose } from '../shared/dose.js'
import type { ReasonParam } from '../shared/reason.js'
import { writeSimplePattern } from '../wording/simplePattern.js'
import { doseIn, numberFormat, ownEntry } from '../wording/wording.js'
import type { MessageCatalog } from './messageCatalog.js'
import { TERM_KINDS, type TermKind } from '../wording/terms.js'

/** A parsed pattern, whose one function beyond MessageFormat's own writes a string. */
type Pattern = MessageFormat<'string'>

/** A catalog ready to write: each pattern parsed once, and the locale's number format. */
export interface CompiledCatalog {
  readonly reasons: ReadonlyMap<string, Pattern>
  readonly advice: Readonly<Record<keyof MessageCatalog['advice'], Pattern>>
  readonly doses: MessageCatalog['doses']
  readonly number: Intl.NumberFormat
  readonly terms: MessageCatalog['terms']
}

// Parsing every pattern of a catalog takes about a millisecond, so the last few catalogs are kept parsed, by
// their text: a catalog changed after one call is parsed again at the next.
const KEPT_CATALOGS = 8
const compiled = new Map<string, CompiledCatalog>()

/** The name of `:rehab:movement`, the one function a catalog's patterns may call beside MessageFormat's own. */
export const MOVEMENT_FUNCTION = 'rehab:movement'

/**
 * `{$movement :rehab:movement}`: a built-in movement's id written as the catalog's name of it (`hip-bridge`
 * as `Beckenheben`), any other id as it is. The value is a string, as `:string` makes it, so a pattern may
 * also match on it.
 */
type MessageFunction = NonNullable<MessageFormatOptions<'string'>['functions']>[string]

const movementFunction =
  (movements: MessageCatalog['movements']): MessageFunction =>
  (context, _options, operand) => {
    const id = String(operand instanceof Object && 'valueOf' in operand ? operand.valueOf() : (operand ?? ''))
    const words = ownEntry(movements as Readonly<Record<string, { readonly name: string }>>, id)
    const name = words === undefined ? id : writeSimplePattern(words.name)
    return {
      type: 'string' as const,
      dir: 'auto' as const,
      selectKey: (keys: Set<string>) => (keys.has(name) ? name : null),
      toParts: () => [{ type: 'string' as const, locale: context.locales[0] ?? 'und', value: name }],
      toString: () => name,
      valueOf: () => name,
    }
  }

// The text goes into plain strings (JSON, a terminal, a calendar): no bidirectional isolation marks around values.
const optionsOf = (catalog: MessageCatalog) => ({ bidiIsolation: 'none', functions: { [MOVEMENT_FUNCTION]: movementFunction(catalog.movements) } }) as const

// A catch-all key, apart from any literal key (a literal can be written |*|).
const CATCHALL = '\u0000*'

/**
 * For a pattern that matches on several values, a variant it lacks: each variant needs the variants with
 * its later keys turned into catch-alls (`red stay above` needs `red stay *` and `red * *`). The library's
 * selection goes back a value when none of the variants left match the next one, and on some such
 * patterns never stops; with every fallback there, it never needs to go back.
 */
const missingFallback = (pattern: string): string | undefined => {
  const message = parseMessage(pattern)
  if (!isSelectMessage(message) || message.selectors.length < 2) return undefined
  const keysOf = message.variants.map((variant) => variant.keys.map((key) => (isCatchallKey(key) ? CATCHALL : key.value)))
  const known = new Set(keysOf.map((keys) => JSON.stringify(keys)))
  for (const keys of keysOf) {
    for (let kept = 1; kept < keys.length; kept++) {
      const fallback = [...keys.slice(0, kept), ...keys.slice(kept).map(() => CATCHALL)]
      if (!known.has(JSON.stringify(fallback))) return fallback.map((key) => (key === CATCHALL ? '*' : key)).join(' ')
    }
  }
  return undefined
}

const compileEach = <Key extends string>(catalog: MessageCatalog, patterns: Readonly<Record<Key, string>>, path: string, issues: InputIssue[]) =>
  Object.entries<string>(patterns).flatMap(([key, pattern]): [Key, Pattern][] => {
    try {
      const compiled = new MessageFormat(catalog.locale, pattern, optionsOf(catalog))
      const missing = missingFallback(pattern)
      if (missing === undefined) return [[key as Key, compiled]]
      issues.push(issueAt('invalid_format', ['catalog', path, key], `matches on several values and lacks the variant "${missing}" that a variant of it falls back to`))
      return []
    } catch (error) {
      issues.push(issueAt('invalid_format', ['catalog', path, key], `is not a MessageFormat 2 pattern: ${error instanceof Error ? error.message : String(error)}`))
      return []
    }
  })

/** Every pattern of a validated catalog parsed, or the issues of those that do not parse. */
export const compileCatalog = (catalog: MessageCatalog): Either<InputIssue[], CompiledCatalog> => {
  const text = JSON.stringify(catalog)
  const known = compiled.get(text)
  if (known !== undefined) return right(known)
  let number: Intl.NumberFormat
  try {
    number = numberFormat(catalog.locale)
  } catch {
    return left([issueAt('invalid_value', ['catalog', 'locale'], `"${catalog.locale}" is not a locale this JavaScript engine knows`)])
  }
  const issues: InputIssue[] = []
  const reasons = new Map(compileEach(catalog, catalog.reasons, 'reasons', issues))
  const advice = Object.fromEntries(compileEach(catalog, catalog.advice, 'advice', issues)) as CompiledCatalog['advice']
  if (issues.length > 0) return left(issues)
  const result = { reasons, advice, doses: catalog.doses, number, terms: catalog.terms }
  if (compiled.size >= KEPT_CATALOGS) compiled.delete(compiled.keys().next().value!)
  compiled.set(text, result)
  return right(result)
}

/** A pattern written with `values`, or undefined when it asks for a value that is not there. */
export const writePattern = (pattern: Pattern, values: Readonly<Record<string, string>>): string | undefined => {
  let failed = false
  const text = pattern.format(values, () => {
    failed = true
  })
  return failed ? undefined : text
}

/** A dose in the catalog's words, as `describeDose` writes it with the catalog as its locale. */
export const writeDose = (catalog: CompiledCatalog, dose: Dose): string => doseIn(catalog.doses, catalog.number, dose)

/** Doses side by side, as the English messages list a day's starting doses: `1 x 5 / 2 x 20 s`. */
const writeDoses = (catalog: CompiledCatalog, doses: readonly Dose[]): string => doses.map((dose) => writeDose(catalog, dose)).join(' / ')

const KINDS = Object.entries(TERM_KINDS) as [TermKind, (typeof TERM_KINDS)[TermKind]][]

/** Texts joined by commas; a list of one kind's ids in that kind's words, joined as the kind joins. */
const writeTexts = (catalog: CompiledCatalog, texts: readonly string[]): string => {
  const kind = texts.length === 0 ? undefined : KINDS.find(([, { ids }]) => texts.every((text) => (ids as readonly string[]).includes(text)))
  if (kind === undefined) return texts.join(', ')
  const [name, { separator }] = kind
  const words = catalog.terms[name] as Readonly<Record<string, string>>
  return texts.map((text) => words[text]!).join(separator)
}

/** A reason's value as its message shows it: numbers in the locale's digits, texts joined, terms and doses in words. */
export const writeParam = (catalog: CompiledCatalog, value: ReasonParam): string | undefined => {
  if (typeof value === 'number') return catalog.number.format(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.every((entry) => typeof entry === 'string') ? writeTexts(catalog, value as readonly string[]) : writeDoses(catalog, value as readonly Dose[])
  return writeDose(catalog, value as Dose)
}
