import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { idReference } from '../shared/ids.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { catalogOption } from './catalogOption.js'
import type { CompiledMovement } from './compiledCatalog.js'
import { lookUpMovement } from './lookUpMovement.js'
import { resolveCatalog } from './resolveCatalog.js'

/**
 * What {@link findMovement} and {@link ladderOf} take: a movement id, and
 * optionally an app's catalog.
 *
 * @example
 * import { BUILT_IN_CATALOG, FindMovementInputSchema } from 'rehab-engine'
 *
 * assert.equal(FindMovementInputSchema.safeParse({ movement: 'deadbug', options: { catalog: BUILT_IN_CATALOG } }).success, true)
 * // The catalog goes inside `options`, as for every public function.
 * assert.equal(FindMovementInputSchema.safeParse({ movement: 'deadbug', catalog: BUILT_IN_CATALOG }).success, false)
 *
 * @category Catalog
 * @since 0.2.0
 */
export const FindMovementInputSchema = z.strictObject({
  movement: idReference,
  options: z.strictObject({ catalog: catalogOption }).optional(),
})

/** What `findMovement` and `ladderOf` take. @category Catalog @since 0.2.0 */
export type FindMovementInput = DeepReadonly<z.input<typeof FindMovementInputSchema>>

/** A movement of the asked catalog, with its ladder when it has one. */
export const findInCatalog = (input: unknown): Either<InvalidInput, CompiledMovement> => {
  const parsed = parseInput(FindMovementInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const catalog = resolveCatalog(parsed.right.options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const found = lookUpMovement(catalog.right, parsed.right, [])
  return found._tag === 'Left' ? left(invalidInput([found.left])) : right(found.right.compiled)
}
