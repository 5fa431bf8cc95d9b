import { describe, expect, it } from 'vitest'
import {
  ExcludedMovementSchema,
  NO_RED_FLAGS,
  RehabPlanSchema,
  RehabSelectionSchema,
  screenIntake,
  SelectedMovementSchema,
  selectRehabMovements,
} from '../../src/index.js'
import { DATE, SEVEN } from '../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: SEVEN } })
if (selection._tag !== 'Right') throw new Error('expected a selection')
const good = selection.right
const first = good.selected[0]!
const passes = (value: unknown) => RehabSelectionSchema.safeParse(value).success

describe('RehabSelectionSchema', () => {
  // Seed 001 (domain.md section 2, step 3): a plan holds 4-5 movements.
  it('holds a plan to four or five movements', () => {
    expect(passes(good)).toBe(true)
    expect(passes({ ...good, selected: good.selected.slice(0, 4) })).toBe(true)
    expect(passes({ ...good, selected: good.selected.slice(0, 3) })).toBe(false)
    expect(passes({ ...good, selected: [...good.selected, first] })).toBe(false)
  })

  it('takes a pain ceiling on the 0-10 scale, at least one reason, and no other key', () => {
    expect(passes({ ...good, painCeiling: 10 })).toBe(true)
    expect(passes({ ...good, painCeiling: 11 })).toBe(false)
    expect(passes({ ...good, reasons: [] })).toBe(false)
    expect(passes({ ...good, reasons: good.reasons.slice(0, 1) })).toBe(true)
    expect(passes({ ...good, extra: 1 })).toBe(false)
  })

  it('lists at most 64 excluded movements, as many as an assessment can hold', () => {
    const [excluded] = good.excluded
    expect(passes({ ...good, excluded: Array(64).fill(excluded) })).toBe(true)
    expect(passes({ ...good, excluded: Array(65).fill(excluded) })).toBe(false)
    expect(passes({ ...good, excluded: [] })).toBe(true)
  })
})

describe('SelectedMovementSchema and ExcludedMovementSchema', () => {
  it('require positive whole ranges, a positive number of times a day and a reps dose to start at', () => {
    expect(SelectedMovementSchema.safeParse(first).success).toBe(true)
    expect(SelectedMovementSchema.safeParse({ ...first, variant: 'overhead' }).success).toBe(true)
    expect(SelectedMovementSchema.safeParse({ ...first, reps: { min: 0, max: 10 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, sets: { min: 1, max: 2.5 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, timesPerDay: 0 }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, start: { kind: 'hold', sets: 1, seconds: 5 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, movement: 1 }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, movement: 'x'.repeat(65) }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, variant: 'x'.repeat(64) }).success).toBe(true)
    expect(SelectedMovementSchema.safeParse({ ...first, variant: 'x'.repeat(65) }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, pain: 11 }).success).toBe(false)
  })

  it('require every excluded movement to carry its reason', () => {
    expect(ExcludedMovementSchema.safeParse(good.excluded[0]).success).toBe(true)
    expect(ExcludedMovementSchema.safeParse(good.excluded[1]).success).toBe(true)
    expect(ExcludedMovementSchema.safeParse({ ...good.excluded[0], reason: undefined }).success).toBe(false)
    expect(ExcludedMovementSchema.safeParse({ ...good.excluded[0], reason: { ...good.excluded[0]!.reason, rule: 'made-up' } }).success).toBe(false)
  })
})

describe('RehabPlanSchema', () => {
  it('pairs a selection with a cleared screening only', () => {
    const cleared = screenIntake({ age: 38, redFlags: NO_RED_FLAGS })
    const referral = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } })
    if (cleared._tag !== 'Right' || referral._tag !== 'Right') throw new Error('expected screenings')
    expect(RehabPlanSchema.safeParse({ screening: cleared.right, selection: good }).success).toBe(true)
    expect(RehabPlanSchema.safeParse({ screening: referral.right, selection: good }).success).toBe(false)
    expect(RehabPlanSchema.safeParse({ screening: cleared.right, selection: { ...good, selected: [] } }).success).toBe(false)
  })
})
