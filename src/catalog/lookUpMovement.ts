import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog, CompiledMovement } from './compiledCatalog.js'
import type { Role } from './movement.js'

/** A movement and variant found in the catalog, with their catalog rank. */
export interface FoundMovement {
  readonly compiled: CompiledMovement
  readonly rank: number
}

/** The catalog rank of a movement, or of one of its variants; undefined for a variant it does not have. */
export const rankOf = (compiled: CompiledMovement, variant: string | undefined): number | undefined =>
  variant === undefined ? compiled.rank : compiled.variantRanks.get(variant)

/**
 * The catalog rank of a logged session's movement and variant. The logs were
 * checked against this catalog, so a session it cannot place would be a bug;
 * such a session sorts last rather than stopping the verdict.
 */
export const sessionRank = (catalog: CompiledCatalog, session: { readonly movement: string; readonly variant?: string | undefined }): number => {
  const compiled = catalog.byId.get(session.movement)
  return (compiled === undefined ? undefined : rankOf(compiled, session.variant)) ?? Number.MAX_SAFE_INTEGER
}

const unknownVariant = (reference: { readonly movement: string; readonly variant?: string | undefined }, compiled: CompiledMovement): string => {
  const known = compiled.movement.variants.map((variant) => variant.id)
  return known.length === 0
    ? `"${reference.movement}" has no variants`
    : `"${reference.variant}" is not a variant of "${reference.movement}" (${known.join(', ')})`
}

/**
 * Finds `movement` (and `variant`) in the catalog, optionally requiring a
 * role. Problems are reported at `path.movement` or `path.variant`.
 */
export const lookUpMovement = (
  catalog: CompiledCatalog,
  reference: { readonly movement: string; readonly variant?: string | undefined },
  path: readonly PropertyKey[],
  role?: Role,
): Either<InputIssue, FoundMovement> => {
  const compiled = catalog.byId.get(reference.movement)
  if (compiled === undefined) return left(issueAt('not_in_catalog', [...path, 'movement'], `"${reference.movement}" is not a movement of the catalog`))
  if (role !== undefined && !compiled.movement.roles.includes(role)) {
    return left(issueAt('not_in_catalog', [...path, 'movement'], `"${reference.movement}" is not ${role === 'assessment' ? 'an' : 'a'} ${role} movement`))
  }
  const rank = rankOf(compiled, reference.variant)
  return rank === undefined ? left(issueAt('not_in_catalog', [...path, 'variant'], unknownVariant(reference, compiled))) : right({ compiled, rank })
}

/** How a movement and variant read in a message: `kettlebell-walk (overhead)`. */
export const describeMovement = (reference: { readonly movement: string; readonly variant?: string | undefined }): string =>
  reference.variant === undefined ? reference.movement : `${reference.movement} (${reference.variant})`
