import { describe, expect, it } from 'vitest'
import { LadderSchema, ladderOf, REHAB_DOSE, type Dose } from '../../src/index.js'
import { REHAB_LADDERS } from '../../src/catalog/rehabLadder.js'

const rung = (sets: number, reps: number): Dose => ({ kind: 'reps', sets, reps })
const sideRung = (sets: number, reps: number): Dose => ({ kind: 'reps', sets, reps, perSide: true })

/*
 * Seed 001 (domain.md sections 2 and 5): 5-10 reps in 1-2 sets, 3 times a
 * day. The ladder adds a rep at a time to 1 x 10, then takes the second set
 * at 6 reps (2 x 5 would be no more work than 1 x 10), up to 2 x 10.
 */
const BOTH_SIDES = [rung(1, 5), rung(1, 6), rung(1, 7), rung(1, 8), rung(1, 9), rung(1, 10), rung(2, 6), rung(2, 7), rung(2, 8), rung(2, 9), rung(2, 10)]

describe('the rehab ladder (seed 001)', () => {
  it('climbs from 1 x 5 to 1 x 10, then from 2 x 6 to 2 x 10, one rep at a time', () => {
    expect(REHAB_LADDERS.bothSides.rungs).toStrictEqual(BOTH_SIDES)
  })

  it('counts per side for a movement dosed per side, with the same numbers', () => {
    expect(REHAB_LADDERS.perSide.rungs).toStrictEqual(BOTH_SIDES.map((dose) => (dose.kind === 'reps' ? sideRung(dose.sets, dose.reps) : dose)))
  })

  it('is done 3 times a day, every day, and suggests the harder form after its top', () => {
    for (const ladder of [REHAB_LADDERS.bothSides, REHAB_LADDERS.perSide]) {
      expect(ladder.frequency).toStrictEqual({ perDay: 3, minDaysApart: 1 })
      expect(ladder.afterTop).toStrictEqual({ kind: 'harder-form' })
      expect(ladder.source).toBe('seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default')
      expect(LadderSchema.safeParse(ladder).success).toBe(true)
    }
  })

  it('starts and ends where REHAB_DOSE says', () => {
    const { rungs } = REHAB_LADDERS.bothSides
    expect(rungs[0]).toStrictEqual(rung(REHAB_DOSE.sets.min, REHAB_DOSE.reps.min))
    expect(rungs.at(-1)).toStrictEqual(rung(REHAB_DOSE.sets.max, REHAB_DOSE.reps.max))
    expect(REHAB_LADDERS.bothSides.frequency.perDay).toBe(REHAB_DOSE.timesPerDay)
  })

  it('is the ladder of every assessment movement that brings none, counted as the movement is', () => {
    expect(ladderOf({ movement: 'hip-bridge' })).toEqual({ _tag: 'Right', right: REHAB_LADDERS.bothSides })
    expect(ladderOf({ movement: 'bird-dog' })).toEqual({ _tag: 'Right', right: REHAB_LADDERS.perSide })
  })

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(REHAB_LADDERS)).toBe(true)
  })
})
