import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { findInCatalog, type FindMovementInput } from './findInCatalog.js'
import type { Ladder } from './ladder.js'

/**
 * A movement's ladder: its own, or the rehab ladder (1 x 5 to 2 x 10, three
 * times a day) for an assessment movement that brings none.
 *
 * Returns `Left(InvalidInput)` for a movement not in the catalog, or one with
 * no ladder (code `not_in_catalog`, path `['movement']`).
 *
 * @example
 * import { ladderOf } from 'rehab-engine'
 *
 * const deadbug = ladderOf({ movement: 'deadbug' })
 * assert.equal(deadbug._tag === 'Right' && deadbug.right.afterTop.kind, 'advance')
 * const bridge = ladderOf({ movement: 'hip-bridge' })
 * assert.deepStrictEqual(bridge._tag === 'Right' && bridge.right.rungs.at(-1), { kind: 'reps', sets: 2, reps: 10 })
 *
 * @category Ladders
 * @since 0.1.0
 */
export const ladderOf: (input: FindMovementInput) => Either<InvalidInput, Ladder> = /* @__PURE__ */ guardInput((input) => {
  const found = findInCatalog(input)
  if (found._tag === 'Left') return found
  const { movement, ladder } = found.right
  return ladder === undefined
    ? left(invalidInput([issueAt('not_in_catalog', ['movement'], `"${movement.id}" has no ladder in the catalog`)]))
    : right(ladder)
})
