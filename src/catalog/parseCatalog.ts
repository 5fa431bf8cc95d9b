import { right, left, type Either } from '../internal/either.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import { deepFreeze } from '../internal/deepFreeze.js'
import { trustCatalog } from '../internal/compiledCatalog.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { CatalogSchema } from './catalogSchema.js'
import type { Catalog } from './movements.js'

/**
 * Checks an app's own catalog once and returns a frozen copy of it. Pass that
 * copy as the `catalog` option: the engine recognises it and does not check it
 * again. A catalog passed without this step is checked on every call.
 *
 * Returns `Left(InvalidInput)` naming each problem (`3.focus`, `7.harderForm`).
 *
 * @example
 * import { parseCatalog, movements, selectRehabMovements } from 'rehab-engine'
 *
 * const wallSit = {
 *   id: 'wall-sit',
 *   name: 'Wall sit',
 *   description: 'Back against a wall, knees bent, held still.',
 *   roles: ['assessment'],
 *   focus: ['quads'],
 *   dose: { kinds: ['reps'], perSide: false },
 *   variants: [],
 *   source: 'our clinic',
 * }
 * const catalog = parseCatalog([...movements, wallSit])
 * assert.equal(catalog._tag, 'Right')
 * if (catalog._tag === 'Right') {
 *   const selection = selectRehabMovements(
 *     {
 *       date: '2026-11-02',
 *       results: ['wall-sit', 'hip-bridge', 'bird-dog', 'cat-camel'].map((movement) => ({ movement, pain: 1 })),
 *     },
 *     { catalog: catalog.right },
 *   )
 *   assert.equal(selection._tag, 'Right')
 * }
 *
 * @category Catalog
 * @since 0.1.0
 */
export const parseCatalog = (input: unknown): Either<InvalidInput, Catalog> => {
  const parsed = parseInput(CatalogSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const catalog = deepFreeze<Catalog>(parsed.right)
  trustCatalog(catalog)
  return right(catalog)
}
