import type { RepsDose } from '../shared/dose.js'
import { SOURCES } from '../shared/sources.js'
import type { Ladder } from './ladder.js'

/**
 * How the selected rehab movements are dosed (seed 001): 5-10 reps, in 1-2
 * sets, 3 times a day, starting at 1 set of 5.
 *
 * @example
 * import { REHAB_DOSE } from 'rehab-engine'
 *
 * assert.deepStrictEqual(REHAB_DOSE, { reps: { min: 5, max: 10 }, sets: { min: 1, max: 2 }, timesPerDay: 3 })
 *
 * @category Ladders
 * @since 0.2.0
 */
export const REHAB_DOSE = /* @__PURE__ */ Object.freeze({
  reps: Object.freeze({ min: 5, max: 10 }), // seed 001: "5-10 reps each"
  sets: Object.freeze({ min: 1, max: 2 }), // seed 001: "in 1-2 sets"
  timesPerDay: 3, // seed 001: "do this 3 times a day"
} as const)

/**
 * The ladder of a rehab movement chosen by the selection: double progression
 * inside seed 001's range. Start at 1 set of 5, add a rep at a time to
 * 1 x 10, then take the second set at 6 reps (2 x 5 would be no more work than
 * 1 x 10) and add reps again to the top, 2 x 10. Done 3 times a day; after the
 * top, the harder form is suggested at the next reassessment. The single-rep
 * steps are an engine default.
 */
const rehabLadder = (perSide: boolean): Ladder => {
  const rung = (sets: number, reps: number): RepsDose => (perSide ? { kind: 'reps', sets, reps, perSide: true } : { kind: 'reps', sets, reps })
  const rungs: RepsDose[] = []
  for (let reps = REHAB_DOSE.reps.min; reps <= REHAB_DOSE.reps.max; reps++) rungs.push(rung(REHAB_DOSE.sets.min, reps))
  for (let reps = REHAB_DOSE.reps.min + 1; reps <= REHAB_DOSE.reps.max; reps++) rungs.push(rung(REHAB_DOSE.sets.max, reps))
  return {
    rungs,
    afterTop: { kind: 'harder-form' },
    frequency: { perDay: REHAB_DOSE.timesPerDay, minDaysApart: 1 },
    source: `${SOURCES.rehabDose}; the single-rep steps are an engine default`,
  }
}

/** The rehab ladder, counted per side or for both sides at once. */
export const REHAB_LADDERS: Readonly<Record<'perSide' | 'bothSides', Ladder>> = /* @__PURE__ */ Object.freeze({
  perSide: rehabLadder(true),
  bothSides: rehabLadder(false),
})
