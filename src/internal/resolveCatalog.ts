import { right, type Either } from './either.js'
import { parseInput } from './parseInput.js'
import { compileCatalog, trustCatalog, trustedCatalog, type CompiledCatalog } from './compiledCatalog.js'
import { CatalogSchema } from '../catalog/catalogSchema.js'
import { movements } from '../catalog/movements.js'
import type { InputIssue } from '../shared/invalidInput.js'

const builtIn = trustCatalog(movements)

/**
 * The index of the catalog a call asked for: the built-in one, one that
 * parseCatalog made, or a caller's own value checked now. Problems are
 * reported under `path`.
 */
export const resolveCatalog = (
  candidate: unknown,
  path: readonly PropertyKey[],
): Either<InputIssue[], CompiledCatalog> => {
  if (candidate === undefined) return right(builtIn)
  const trusted = trustedCatalog(candidate)
  if (trusted !== undefined) return right(trusted)
  const parsed = parseInput(CatalogSchema, candidate, path)
  return parsed._tag === 'Left' ? parsed : right(compileCatalog(parsed.right))
}
