import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import { inputFields } from '../_lib/inputFields.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { Catalog } from '../catalog/catalogSchema.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { ProgramSchema, type Program } from './program.js'

/**
 * A program to export, and the export's options, checked; the catalog
 * resolved. `optionsSchema` says whether the options may be left out: an
 * export that needs them (the calendar needs an id prefix) passes its schema
 * as it is, one that does not passes it `.optional()`.
 */
export const parseExport = <Options extends z.ZodType>(
  input: unknown,
  optionsSchema: Options,
): Either<InvalidInput, { readonly program: Program; readonly options: z.output<Options>; readonly catalog: Catalog }> => {
  const shape = inputFields(input, ['program', 'options'])
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const { fields, unknownKeys } = shape.right
  const parsed = collectIssues(parseInput(ProgramSchema, fields.program, ['program']), parseInput(optionsSchema, fields.options, ['options']))
  if (parsed._tag === 'Left' || unknownKeys.length > 0) return left(invalidInput([...(parsed._tag === 'Left' ? parsed.left : []), ...unknownKeys]))
  const [program, options] = parsed.right
  const catalogOption: unknown = (options as { catalog?: unknown } | undefined)?.catalog
  const catalog = resolveCatalog(catalogOption, ['options', 'catalog'])
  return catalog._tag === 'Left' ? left(invalidInput(catalog.left)) : right({ program, options, catalog: catalog.right.movements })
}
