import * as z from 'zod'
import { right, type Either } from '../_lib/either.js'
import type { InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { catalogOption } from '../catalog/catalogOption.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { PAIN_CEILING, PainCeilingOptionSchema } from '../shared/pain.js'

/**
 * Options of the selection: `painCeiling` (a whole number 0-5, default 3), the
 * highest pain a movement may score and still be chosen, and `catalog`, an
 * app's own catalog (ideally from `parseCatalog`) instead of the built-in one.
 *
 * @example
 * import { SelectionOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(SelectionOptionsSchema.safeParse({ painCeiling: 5 }).success, true)
 * // The pain-monitoring model allows pain up to 5/10 and no more.
 * assert.equal(SelectionOptionsSchema.safeParse({ painCeiling: 6 }).success, false)
 *
 * @category Selection
 * @since 0.2.0
 */
export const SelectionOptionsSchema = z.strictObject({
  painCeiling: PainCeilingOptionSchema.optional(),
  catalog: catalogOption,
})

/** Selection options after validation. */
export interface ValidSelectionOptions {
  readonly painCeiling: number
  readonly painCeilingIsDefault: boolean
  readonly catalog: CompiledCatalog
}

const DEFAULT_CATALOG = resolveCatalog(undefined, [])

/** Validates selection options; problems are reported under `options`. */
export const parseSelectionOptions = (options: unknown): Either<InputIssue[], ValidSelectionOptions> => {
  // No options is the common case on a hot path: answer it without a parse.
  if (options === undefined && DEFAULT_CATALOG._tag === 'Right') {
    return right({ painCeiling: PAIN_CEILING.default, painCeilingIsDefault: true, catalog: DEFAULT_CATALOG.right })
  }
  const parsed = parseInput(SelectionOptionsSchema.optional(), options, ['options'])
  if (parsed._tag === 'Left') return parsed
  const catalog = resolveCatalog(parsed.right?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  const painCeiling = parsed.right?.painCeiling
  return right({ painCeiling: painCeiling ?? PAIN_CEILING.default, painCeilingIsDefault: painCeiling === undefined, catalog: catalog.right })
}
