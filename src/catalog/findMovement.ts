import { right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { findInCatalog, type FindMovementInput } from './findInCatalog.js'
import type { Movement } from './movement.js'

/**
 * Looks a movement up by id, in the built-in catalog or in `options.catalog`.
 *
 * Returns `Left(InvalidInput)` for an id that is not in the catalog (code
 * `not_in_catalog`, path `['movement']`) or a malformed input.
 *
 * @example
 * import { findMovement } from 'rehab-engine'
 *
 * const bridge = findMovement({ movement: 'hip-bridge' })
 * assert.equal(bridge._tag === 'Right' && bridge.right.harderForm, 'single-leg-hip-bridge')
 * assert.equal(findMovement({ movement: 'handstand' })._tag, 'Left')
 *
 * @category Catalog
 * @since 0.1.0
 */
export const findMovement: (input: FindMovementInput) => Either<InvalidInput, Movement> = /* @__PURE__ */ guardInput((input) => {
  const found = findInCatalog(input)
  return found._tag === 'Left' ? found : right(found.right.movement)
})
