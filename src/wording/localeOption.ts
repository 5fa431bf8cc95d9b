import * as z from 'zod'
import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { TextCatalogSchema, type TextCatalog } from './textCatalog.js'

/**
 * The `locale` option of the functions that write text: a catalog of words
 * (one from `rehab-engine/locales`, or an app's own), checked by
 * resolveLocale once the rest of the input is read, as the catalog option is.
 */
export const localeOption = /* @__PURE__ */ z.custom<TextCatalog>(() => true).optional()

/** The catalog of a `locale` option, checked; undefined for none; or the issues under `path`. */
export const resolveLocale = (value: unknown, path: readonly (string | number)[]): Either<InputIssue[], TextCatalog | undefined> => {
  if (value === undefined) return right(undefined)
  const parsed = parseInput(TextCatalogSchema, value, path)
  if (parsed._tag === 'Left') return parsed
  try {
    new Intl.NumberFormat(parsed.right.locale)
  } catch {
    return left([issueAt('invalid_value', [...path, 'locale'], `"${parsed.right.locale}" is not a locale this JavaScript engine knows`)])
  }
  return right(parsed.right)
}
