import type { Ladder } from '../catalog/ladder.js'
import type { Movement } from '../catalog/movement.js'
import { REHAB_REPS, REHAB_SETS, REHAB_TIMES_PER_DAY } from '../assessment/selectionDefaults.js'
import type { RepsDose } from '../shared/dose.js'

/**
 * The ladder of a rehab movement chosen by the selection (seed 001 numbers):
 * double progression inside seed 001's range. Start at 1 set of 5, add a rep at
 * a time to 1 x 10, then take the second set at 6 reps (2 x 5 would be no more
 * work than 1 x 10) and add reps again to the top, 2 x 10. Done 3 times a day;
 * after the top, the harder form is suggested at the next reassessment.
 *
 * @example
 * import { rehabLadder } from 'rehab-engine'
 *
 * const ladder = rehabLadder(true)
 * assert.deepStrictEqual(ladder.rungs[0], { kind: 'reps', sets: 1, reps: 5, perSide: true })
 * assert.deepStrictEqual(ladder.rungs.at(-1), { kind: 'reps', sets: 2, reps: 10, perSide: true })
 * assert.equal(ladder.rungs.length, 11)
 *
 * @category Ladders
 * @since 0.1.0
 */
export const rehabLadder = (perSide: boolean): Ladder => {
  const rung = (sets: number, reps: number): RepsDose => ({ kind: 'reps', sets, reps, ...(perSide ? { perSide: true } : {}) })
  const rungs: RepsDose[] = []
  for (let reps = REHAB_REPS.min; reps <= REHAB_REPS.max; reps++) rungs.push(rung(REHAB_SETS.min, reps))
  for (let reps = REHAB_REPS.min + 1; reps <= REHAB_REPS.max; reps++) rungs.push(rung(REHAB_SETS.max, reps))
  return {
    rungs,
    afterTop: { kind: 'harder-form' },
    frequency: { perDay: REHAB_TIMES_PER_DAY, minDaysApart: 1 },
    source: 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default',
  }
}

const perSideLadder = rehabLadder(true)
const bothSidesLadder = rehabLadder(false)

/**
 * A movement's ladder: its own, or the rehab ladder for an assessment
 * movement that brings none. Undefined when a movement has neither.
 *
 * @example
 * import { findMovement, ladderOf } from 'rehab-engine'
 *
 * const deadbug = findMovement('deadbug')
 * assert.equal(deadbug._tag === 'Some' && ladderOf(deadbug.value)?.afterTop.kind, 'advance')
 *
 * @category Ladders
 * @since 0.1.0
 */
export const ladderOf = (movement: Movement): Ladder | undefined =>
  movement.ladder ??
  (movement.roles.includes('assessment') ? (movement.dose.perSide ? perSideLadder : bothSidesLadder) : undefined)
