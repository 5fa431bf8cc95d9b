import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { AfterTopSchema, FrequencySchema, LadderSchema, type Dose, type Ladder } from '../../src/index.js'

const issuesOf = (ladder: unknown) => {
  const result = parseInput(LadderSchema, ladder)
  return result._tag === 'Left' ? result.left : []
}

const reps = (count: number): Dose => ({ kind: 'reps', sets: 2, reps: count })
const base: Ladder = { rungs: [reps(8), reps(9), reps(10)], afterTop: { kind: 'stay' }, frequency: { perDay: 1, minDaysApart: 1 }, source: 'clinic' }
const ladder = (changes: Partial<Record<keyof Ladder, unknown>>) => ({ ...base, ...changes })

describe('LadderSchema', () => {
  it('takes 1 to 60 rungs', () => {
    expect(issuesOf(base)).toEqual([])
    expect(issuesOf(ladder({ rungs: Array.from({ length: 60 }, (_, index) => reps(index + 1)) }))).toEqual([])
    expect(issuesOf(ladder({ rungs: Array.from({ length: 61 }, (_, index) => reps(index + 1)) }))).toEqual([
      { code: 'too_big', path: ['rungs'], message: 'must hold at most 60 items' },
    ])
    expect(issuesOf(ladder({ rungs: [] }))).toEqual([{ code: 'too_small', path: ['rungs'], message: 'must hold at least 1 item(s)' }])
  })

  it('refuses a rung that repeats an earlier one, at the later one', () => {
    expect(issuesOf(ladder({ rungs: [reps(8), reps(9), reps(8)] }))).toEqual([{ code: 'duplicate', path: ['rungs', 2], message: 'repeats an earlier rung' }])
  })

  it('needs a load step to drop back to a rung the ladder has', () => {
    expect(issuesOf(ladder({ afterTop: { kind: 'load-step', backTo: 2 } }))).toEqual([])
    expect(issuesOf(ladder({ afterTop: { kind: 'load-step', backTo: 3 } }))).toEqual([
      { code: 'too_big', path: ['afterTop', 'backTo'], message: 'must name a rung, 0 to 2' },
    ])
  })

  it('needs a ladder dosed in reps for a load step, as load is added to reps', () => {
    expect(issuesOf(ladder({ rungs: [reps(8), { kind: 'hold', sets: 2, seconds: 20 }], afterTop: { kind: 'load-step', backTo: 0 } }))).toEqual([
      { code: 'inconsistent', path: ['afterTop', 'kind'], message: 'a load step needs a ladder dosed in reps' },
    ])
    expect(issuesOf(ladder({ rungs: [{ kind: 'hold', sets: 2, seconds: 20 }], afterTop: { kind: 'stay' } }))).toEqual([])
  })

  it('needs the weekly aim to be no more than the weekly most', () => {
    expect(issuesOf(ladder({ frequency: { perDay: 1, perWeek: { min: 2, max: 2 }, minDaysApart: 2 } }))).toEqual([])
    expect(issuesOf(ladder({ frequency: { perDay: 1, perWeek: { min: 3, max: 2 }, minDaysApart: 2 } }))).toEqual([
      { code: 'inconsistent', path: ['frequency', 'perWeek', 'min'], message: 'must not be more than max' },
    ])
  })

  it('needs a source of 1 to 200 characters', () => {
    expect(issuesOf(ladder({ source: 's'.repeat(200) }))).toEqual([])
    expect(issuesOf(ladder({ source: '' }))).toEqual([{ code: 'too_small', path: ['source'], message: 'must not be empty' }])
    expect(issuesOf(ladder({ source: 's'.repeat(201) }))).toEqual([{ code: 'too_big', path: ['source'], message: 'must be at most 200 characters' }])
  })
})

describe('AfterTopSchema', () => {
  it('takes the four ways a ladder can go on from its top', () => {
    for (const afterTop of [{ kind: 'stay' }, { kind: 'advance', to: 'advanced-iso-hold' }, { kind: 'load-step', backTo: 0 }, { kind: 'harder-form' }]) {
      expect(AfterTopSchema.safeParse(afterTop).success).toBe(true)
    }
    expect(AfterTopSchema.safeParse({ kind: 'advance', to: 'Advanced Hold' }).success).toBe(false)
    expect(AfterTopSchema.safeParse({ kind: 'load-step', backTo: -1 }).success).toBe(false)
    expect(AfterTopSchema.safeParse({ kind: 'repeat' }).success).toBe(false)
  })
})

describe('FrequencySchema', () => {
  it('takes 1-10 sessions a day, 1-7 days a week and 1-7 days apart', () => {
    expect(FrequencySchema.safeParse({ perDay: 10, perWeek: { min: 1, max: 7 }, minDaysApart: 7 }).success).toBe(true)
    expect(FrequencySchema.safeParse({ perDay: 1, minDaysApart: 1 }).success).toBe(true)
    for (const frequency of [
      { perDay: 0, minDaysApart: 1 },
      { perDay: 11, minDaysApart: 1 },
      { perDay: 1, minDaysApart: 0 },
      { perDay: 1, minDaysApart: 8 },
      { perDay: 1, perWeek: { min: 0, max: 2 }, minDaysApart: 1 },
      { perDay: 1, perWeek: { min: 1, max: 8 }, minDaysApart: 1 },
    ]) {
      expect(FrequencySchema.safeParse(frequency).success).toBe(false)
    }
  })
})
