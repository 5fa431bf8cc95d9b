import type { DistanceDose, RepsDose } from '../shared/dose.js'
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
const rehabLadder = (perSide: boolean, walk: boolean): Ladder => {
  const rung = (sets: number, reps: number): RepsDose => (perSide ? { kind: 'reps', sets, reps, perSide: true } : { kind: 'reps', sets, reps })
  const rungs: RepsDose[] = []
  for (let reps = REHAB_DOSE.reps.min; reps <= REHAB_DOSE.reps.max; reps++) rungs.push(rung(REHAB_DOSE.sets.min, reps))
  for (let reps = REHAB_DOSE.reps.min + 1; reps <= REHAB_DOSE.reps.max; reps++) rungs.push(rung(REHAB_DOSE.sets.max, reps))
  const distanceRungs = rungs.map(({ sets, reps }): DistanceDose => ({ kind: 'distance', sets, meters: reps * METERS_PER_REP }))
  return {
    rungs,
    ...(walk ? { distanceRungs } : {}),
    afterTop: { kind: 'harder-form' },
    frequency: { perDay: REHAB_DOSE.timesPerDay, minDaysApart: 1 },
    source: `${SOURCES.rehabDose}; the single-rep steps are an engine default`,
  }
}

/**
 * How far a walk goes for each rep of its rung, when it is logged in metres:
 * 2 m, a step of each leg, so 1 x 5 reads as 1 x 10 m and the top, 2 x 10, as
 * 2 x 20 m. No source gives this number: it is the engine's default.
 */
export const METERS_PER_REP = 2

/** The rehab ladder, counted per side or for both sides at once; a walk's holds its rungs in metres too. */
export const REHAB_LADDERS: Readonly<Record<'perSide' | 'bothSides' | 'walkPerSide' | 'walkBothSides', Ladder>> = /* @__PURE__ */ Object.freeze({
  perSide: rehabLadder(true, false),
  bothSides: rehabLadder(false, false),
  walkPerSide: rehabLadder(true, true),
  walkBothSides: rehabLadder(false, true),
})
