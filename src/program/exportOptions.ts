import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import { inputFields } from '../_lib/inputFields.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { Catalog } from '../catalog/catalogSchema.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { resolveLocale } from '../wording/localeOption.js'
import { wordingOf, type Wording } from '../wording/wording.js'
import { ProgramSchema, type Program } from './program.js'

/**
 * A program to export, and the export's options, checked; the catalog
 * resolved, and the wording of its `locale` (English without one). `optionsSchema` says whether the options may be left out: an
 * export that needs them (the calendar needs an id prefix) passes its schema
 * as it is, one that does not passes it `.optional()`.
 */
export const parseExport = <Options extends z.ZodType>(
  input: unknown,
  optionsSchema: Options,
): Either<InvalidInput, { readonly program: Program; readonly options: z.output<Options>; readonly catalog: Catalog; readonly wording: Wording }> => {
  const shape = inputFields(input, ['program', 'options'])
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const { fields, unknownKeys } = shape.right
  const parsed = collectIssues(parseInput(ProgramSchema, fields.program, ['program']), parseInput(optionsSchema, fields.options, ['options']))
  if (parsed._tag === 'Left' || unknownKeys.length > 0) return left(invalidInput([...(parsed._tag === 'Left' ? parsed.left : []), ...unknownKeys]))
  const [program, options] = parsed.right
  const given = options as { catalog?: unknown; locale?: unknown } | undefined
  const resolved = collectIssues(resolveCatalog(given?.catalog, ['options', 'catalog']), resolveLocale(given?.locale, ['options', 'locale']))
  if (resolved._tag === 'Left') return left(invalidInput(resolved.left))
  const [catalog, locale] = resolved.right
  return right({ program, options, catalog: catalog.movements, wording: wordingOf(locale, catalog.movements, given?.catalog !== undefined) })
}
