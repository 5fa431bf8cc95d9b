import { deepFreeze } from '../_lib/deepFreeze.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { CatalogSchema, type Catalog, type CatalogInput, type ParsedCatalog } from './catalogSchema.js'
import { trustCatalog } from './compiledCatalog.js'

/**
 * Checks an app's own catalog once and returns a frozen copy of it. Pass that
 * copy as `options.catalog`: the engine recognises it and does not check it
 * again. A catalog passed without this step is checked on every call. The
 * caller's value is never changed or frozen.
 *
 * Returns `Left(InvalidInput)` naming each problem (`[3, 'focus']`,
 * `[7, 'harderForm']`).
 *
 * @example
 * import { NO_RED_FLAGS, BUILT_IN_CATALOG, parseCatalog, selectRehabMovements } from 'rehab-engine'
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
 * } as const
 * const catalog = parseCatalog([...BUILT_IN_CATALOG, wallSit])
 * assert.equal(catalog._tag, 'Right')
 * if (catalog._tag === 'Right') {
 *   const selection = selectRehabMovements({
 *     intake: { age: 38, redFlags: NO_RED_FLAGS },
 *     assessment: {
 *       date: '2026-11-02',
 *       results: ['wall-sit', 'hip-bridge', 'bird-dog', 'cat-camel'].map((movement) => ({ movement, pain: 1 })),
 *     },
 *     options: { catalog: catalog.right },
 *   })
 *   assert.equal(selection._tag, 'Right')
 * }
 *
 * @category Catalog
 * @since 0.1.0
 */
export const parseCatalog: (catalog: CatalogInput) => Either<InvalidInput, ParsedCatalog> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseInput(CatalogSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  // zod's output is a fresh copy, so freezing it leaves the caller's value as it was.
  const catalog = deepFreeze<Catalog>(parsed.right)
  trustCatalog(catalog)
  return right(catalog as ParsedCatalog)
})
