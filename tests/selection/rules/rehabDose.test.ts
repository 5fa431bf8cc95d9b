import { describe, expect, it } from 'vitest'
import { selectRehabMovements } from '../../../src/index.js'
import { dosedSelection, REHAB_DOSE_REASON } from '../../../src/selection/rules/rehabDose.js'
import { scoredEntries } from '../../support/selectionEntries.js'
import { allAt, DATE } from '../../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

/*
 * Seed 001 (001_2a2f85c75c354375.txt; domain.md section 2, step 4): each chosen movement is done for
 * 5-10 reps in 1-2 sets, 3 times a day; the plan starts at the bottom of both ranges, 1 set of 5
 * (domain.md section 5).
 */
const SEED_001_DOSE = { reps: { min: 5, max: 10 }, sets: { min: 1, max: 2 }, timesPerDay: 3 }

describe('dosedSelection', () => {
  it('doses a movement done on both sides at once from 1 set of 5', () => {
    const [hipBridge] = scoredEntries([{ movement: 'hip-bridge', pain: 2 }])
    expect(dosedSelection(hipBridge!)).toStrictEqual({
      movement: 'hip-bridge',
      pain: 2,
      ...SEED_001_DOSE,
      start: { kind: 'reps', sets: 1, reps: 5 },
    })
  })

  it('counts the start per side for a movement done one side at a time', () => {
    const [birdDog] = scoredEntries([{ movement: 'bird-dog', pain: 0 }])
    expect(dosedSelection(birdDog!)).toStrictEqual({
      movement: 'bird-dog',
      pain: 0,
      ...SEED_001_DOSE,
      start: { kind: 'reps', sets: 1, reps: 5, perSide: true },
    })
  })

  it('keeps the variant of a chosen variant', () => {
    const [walk] = scoredEntries([{ movement: 'kettlebell-walk', variant: 'overhead', pain: 3 }])
    expect(dosedSelection(walk!)).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      pain: 3,
      ...SEED_001_DOSE,
      start: { kind: 'reps', sets: 1, reps: 5 },
    })
  })
})

describe('the rehab dose reason', () => {
  it('states the seed 001 dose and its source', () => {
    expect(REHAB_DOSE_REASON).toEqual({
      rule: 'rehab-dose',
      message: 'Each chosen movement: 5-10 reps in 1-2 sets, 3 times a day, starting at 1 set of 5.',
      source: 'seed 001: 5-10 reps, 1-2 sets, 3 times a day',
      params: { repsMin: 5, repsMax: 10, setsMin: 1, setsMax: 2, timesPerDay: 3 },
    })
  })

  it('closes the reasons of every selection', () => {
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: allAt(2) } })
    const reasons = selection._tag === 'Right' ? selection.right.reasons : []
    expect(reasons.map((reason) => reason.rule).at(-1)).toBe('rehab-dose')
    expect(reasons.at(-1)).toEqual(REHAB_DOSE_REASON)
  })
})

describe('the dose through selectRehabMovements', () => {
  it('doses every chosen movement alike, per side only where the movement is done one side at a time', () => {
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: allAt(0, ['hip-mobility', 'bird-dog', 'lateral-beast-walk', 'hip-bridge', 'in-line-lunge-halo']) } })
    expect(selection._tag === 'Right' && selection.right.selected.map((item) => [item.movement, item.reps, item.sets, item.timesPerDay, item.start])).toEqual([
      ['hip-mobility', SEED_001_DOSE.reps, SEED_001_DOSE.sets, 3, { kind: 'reps', sets: 1, reps: 5 }],
      ['in-line-lunge-halo', SEED_001_DOSE.reps, SEED_001_DOSE.sets, 3, { kind: 'reps', sets: 1, reps: 5, perSide: true }],
      ['lateral-beast-walk', SEED_001_DOSE.reps, SEED_001_DOSE.sets, 3, { kind: 'reps', sets: 1, reps: 5, perSide: true }],
      ['hip-bridge', SEED_001_DOSE.reps, SEED_001_DOSE.sets, 3, { kind: 'reps', sets: 1, reps: 5 }],
      ['bird-dog', SEED_001_DOSE.reps, SEED_001_DOSE.sets, 3, { kind: 'reps', sets: 1, reps: 5, perSide: true }],
    ])
  })

  it('shares read-only dose ranges and reasons, so a caller who edits one answer cannot change the next', () => {
    const first = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: allAt(1) } })
    if (first._tag !== 'Right') throw new Error('expected a selection')
    const chosen = first.right.selected[0]!
    expect(() => {
      ;(chosen.reps as { min: number }).min = 1
    }).toThrow(TypeError)
    expect(() => {
      ;(chosen.sets as { max: number }).max = 9
    }).toThrow(TypeError)
    expect(() => {
      ;(first.right.reasons.at(-1) as { message: string }).message = 'changed'
    }).toThrow(TypeError)
    const second = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: allAt(1) } })
    expect(second).toEqual(first)
    expect(second._tag === 'Right' && second.right.selected[0]?.reps).toEqual({ min: 5, max: 10 })
  })
})
