import { right, type Either } from '../_lib/either.js'
import type { InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { CatalogSchema } from './catalogSchema.js'
import { compileCatalog, trustCatalog, trustedCatalog, type CompiledCatalog } from './compiledCatalog.js'
import { BUILT_IN_CATALOG } from './movements.js'

const builtIn = trustCatalog(BUILT_IN_CATALOG)

/**
 * The index of the catalog a call asked for: the built-in one, one that
 * parseCatalog made, or a caller's own value checked now. Problems are
 * reported under `path`.
 */
export const resolveCatalog = (candidate: unknown, path: readonly PropertyKey[]): Either<InputIssue[], CompiledCatalog> => {
  if (candidate === undefined) return right(builtIn)
  const trusted = trustedCatalog(candidate)
  if (trusted !== undefined) return right(trusted)
  const parsed = parseInput(CatalogSchema, candidate, path)
  return parsed._tag === 'Left' ? parsed : right(compileCatalog(parsed.right))
}
