import * as z from 'zod'
import type { Catalog } from '../catalog/movements.js'
import { right, type Either } from '../internal/either.js'
import { parseInput } from '../internal/parseInput.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import type { CompiledCatalog } from '../internal/compiledCatalog.js'
import type { InputIssue } from '../shared/invalidInput.js'
import { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING, MIN_PAIN_CEILING } from './selectionDefaults.js'

/**
 * Options of the selection. `painCeiling` (a whole number 0-5, default 3) is
 * the highest pain a movement may score and still be chosen; `catalog` is an
 * app's own catalog (ideally from `parseCatalog`) instead of the built-in one.
 *
 * @category Selection
 * @since 0.1.0
 */
export interface SelectionOptions {
  readonly painCeiling?: number
  readonly catalog?: Catalog
}

const SelectionOptionsSchema = z
  .strictObject({
    painCeiling: z.int().min(MIN_PAIN_CEILING).max(MAX_PAIN_CEILING).optional(),
    catalog: z.unknown().optional(),
  })
  .optional()

/** Selection options after validation. */
export interface ValidSelectionOptions {
  readonly painCeiling: number
  readonly painCeilingIsDefault: boolean
  readonly catalog: CompiledCatalog
}

/** Validates selection options; problems are reported under `options.`. */
const DEFAULT_OPTIONS = resolveCatalog(undefined, [])

export const parseSelectionOptions = (options: unknown): Either<InputIssue[], ValidSelectionOptions> => {
  // No options is the common case on a hot path: answer it without a parse.
  if (options === undefined && DEFAULT_OPTIONS._tag === 'Right') {
    return right({ painCeiling: DEFAULT_PAIN_CEILING, painCeilingIsDefault: true, catalog: DEFAULT_OPTIONS.right })
  }
  const parsed = parseInput(SelectionOptionsSchema, options, ['options'])
  if (parsed._tag === 'Left') return parsed
  const catalog = resolveCatalog(parsed.right?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  const painCeiling = parsed.right?.painCeiling
  return right({
    painCeiling: painCeiling ?? DEFAULT_PAIN_CEILING,
    painCeilingIsDefault: painCeiling === undefined,
    catalog: catalog.right,
  })
}
