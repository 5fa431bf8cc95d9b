import { fromNullable, type Option } from 'fp-ts/lib/Option.js'
import type { Movement } from './movement.js'
import { movements, type Catalog } from './movements.js'

/**
 * Looks a movement up by id, in the built-in catalog or in `catalog`.
 *
 * @example
 * import { findMovement } from 'rehab-engine'
 *
 * const bridge = findMovement('hip-bridge')
 * assert.equal(bridge._tag === 'Some' && bridge.value.harderForm, 'single-leg-hip-bridge')
 * assert.equal(findMovement('handstand')._tag, 'None')
 *
 * @category Catalog
 * @since 0.1.0
 */
export const findMovement = (id: string, catalog: Catalog = movements): Option<Movement> =>
  fromNullable(catalog.find((movement) => movement.id === id))
