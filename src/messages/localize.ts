import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import * as z from 'zod'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Reason } from '../shared/reason.js'
import { ReferralCauseSchema, UrgencySchema, type Referral } from '../shared/referral.js'
import { RULES } from '../shared/rules.js'
import { compileCatalog, writeParam, writePattern, type CompiledCatalog } from './compileCatalog.js'
import { MessageCatalogSchema, type MessageCatalog } from './messageCatalog.js'

/** The reason in the catalog's language; a reason without `params`, or whose values its pattern cannot all find, keeps its message. */
export const localizeReason = (catalog: CompiledCatalog, reason: Reason): Reason => {
  const pattern = catalog.reasons.get(reason.rule)
  if (reason.params === undefined || pattern === undefined) return reason
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(reason.params)) {
    const text = writeParam(catalog, value)
    if (text === undefined) return reason
    values[key] = text
  }
  const message = writePattern(pattern, values)
  return message === undefined ? reason : { ...reason, message }
}

/** The key of a referral's advice in a catalog: its cause, and a red flag's urgency. */
const adviceKey = (referral: Referral): keyof CompiledCatalog['advice'] => (referral.cause === 'red-flag' ? `red-flag-${referral.urgency}` : referral.cause)

/** A referral with its advice in the catalog's language. */
const localizeReferral = (catalog: CompiledCatalog, referral: Referral): Referral => {
  const pattern = catalog.advice[adviceKey(referral)] as CompiledCatalog['advice'][keyof CompiledCatalog['advice']] | undefined
  const advice = pattern === undefined ? undefined : writePattern(pattern, {})
  return advice === undefined ? referral : { ...referral, advice }
}

const isReferral = (value: object): value is Referral => {
  const { _tag, cause, urgency, advice } = value as Partial<Record<string, unknown>>
  return _tag === 'Referral' && typeof advice === 'string' && ReferralCauseSchema.safeParse(cause).success && UrgencySchema.safeParse(urgency).success
}

const isReason = (value: object): value is Reason =>
  typeof (value as { rule?: unknown }).rule === 'string' && Object.hasOwn(RULES, (value as { rule: string }).rule) && typeof (value as { message?: unknown }).message === 'string'

/** A copy of `value` with every reason in it written from the catalog; the value itself is never changed. */
const localizeAll = (catalog: CompiledCatalog, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((entry) => localizeAll(catalog, entry))
  if (typeof value !== 'object' || value === null) return value
  const copy = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, localizeAll(catalog, entry)]))
  if (isReferral(copy)) return localizeReferral(catalog, copy)
  return isReason(copy) ? localizeReason(catalog, copy) : copy
}

/** What `localize` takes: any output of the engine, and the catalog of the language to write it in. */
export const LocalizeInputSchema = z.strictObject({ value: z.unknown(), catalog: MessageCatalogSchema })

/**
 * Any output of the engine (a day's plan, a referral, a selection, a
 * program, an outcome report, a list of them) with the message of every
 * reason in it written in the catalog's language, from the values the reason
 * carries in `params`, and the advice of every referral in it from its cause
 * and urgency. Everything else, rule ids and values included, stays
 * as it was; the value passed in is never changed. A reason without
 * `params` (one an app made), or one whose values its pattern cannot all
 * find, keeps its English message.
 *
 * Returns `Left(InvalidInput)` when the catalog is not one (a rule id left
 * out, a pattern MessageFormat 2 cannot parse, a locale the JavaScript
 * engine does not know), or when the value is not plain data.
 *
 * @example
 * import { NO_RED_FLAGS, selectRehabMovements } from 'rehab-engine'
 * import { LocalizeInputSchema, de, localize } from 'rehab-engine/locales'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const selection = selectRehabMovements({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * const german = localize({ value: selection, catalog: de })
 * assert.equal(german._tag, 'Right')
 * assert.equal(LocalizeInputSchema.safeParse({ value: selection, catalog: { ...de, locale: '' } }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const localize: <Value>(input: { readonly value: Value; readonly catalog: MessageCatalog }) => Either<InvalidInput, Value> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseInput(LocalizeInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const catalog = compileCatalog(parsed.right.catalog)
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  return right(localizeAll(catalog.right, parsed.right.value))
}) as never
