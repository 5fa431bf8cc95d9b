import { describe, expect, it } from 'vitest'
import { selectRehabMovements } from '../../../src/index.js'
import { aboveCeiling, ceilingReason, isWithinCeiling } from '../../../src/selection/rules/withinPainCeiling.js'
import { allAt, DATE } from '../../support/selectionFixtures.js'
import { scoredEntries, validOptions } from '../../support/selectionEntries.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'

const entry = (pain: number, variant?: string) =>
  scoredEntries([variant === undefined ? { movement: 'kettlebell-walk', pain } : { movement: 'kettlebell-walk', variant, pain }])[0]!

describe('isWithinCeiling', () => {
  // Seed 001 (domain.md section 2): eligible means a pain not higher than the ceiling.
  it('counts a pain equal to the ceiling as within it, and one point more as above', () => {
    expect(isWithinCeiling(entry(3), 3)).toBe(true)
    expect(isWithinCeiling(entry(4), 3)).toBe(false)
    expect(isWithinCeiling(entry(0), 0)).toBe(true)
    expect(isWithinCeiling(entry(1), 0)).toBe(false)
    expect(isWithinCeiling(entry(5), 5)).toBe(true)
    expect(isWithinCeiling(entry(6), 5)).toBe(false)
  })
})

describe('ceilingReason', () => {
  it('says the default ceiling applied when the caller set none', () => {
    expect(ceilingReason(validOptions())).toEqual({
      rule: 'pain-ceiling',
      message: 'Movements that hurt more than 3/10 are left out (the default ceiling).',
      value: 3,
      limit: 5,
      source: SOURCE,
      params: { movement: '', pain: 0, ceiling: 3, ceilingIsDefault: true, defaultCeiling: 3, maxCeiling: 5 },
    })
    expect(ceilingReason(validOptions({}))).toEqual(ceilingReason(validOptions()))
  })

  it('says the caller set the ceiling, with the default and the most allowed, even when it equals the default', () => {
    expect(ceilingReason(validOptions({ painCeiling: 3 }))).toEqual({
      rule: 'pain-ceiling',
      message: 'Movements that hurt more than 3/10 are left out (ceiling set by the caller; default 3, at most 5).',
      value: 3,
      limit: 5,
      source: SOURCE,
      params: { movement: '', pain: 0, ceiling: 3, ceilingIsDefault: false, defaultCeiling: 3, maxCeiling: 5 },
    })
    expect(ceilingReason(validOptions({ painCeiling: 0 }))).toMatchObject({
      message: 'Movements that hurt more than 0/10 are left out (ceiling set by the caller; default 3, at most 5).',
      value: 0,
    })
  })
})

describe('aboveCeiling', () => {
  it('excludes a movement with its pain as the value and the ceiling as the limit', () => {
    expect(aboveCeiling(entry(4), validOptions())).toStrictEqual({
      movement: 'kettlebell-walk',
      pain: 4,
      reason: {
        rule: 'pain-ceiling',
        message: 'kettlebell-walk hurt 4/10, above the ceiling of 3/10.',
        movement: 'kettlebell-walk',
        value: 4,
        limit: 3,
        source: SOURCE,
        params: { movement: 'kettlebell-walk', pain: 4, ceiling: 3, ceilingIsDefault: true, defaultCeiling: 3, maxCeiling: 5 },
      },
    })
  })

  it('names the variant of an excluded variant', () => {
    expect(aboveCeiling(entry(6, 'overhead'), validOptions({ painCeiling: 2 }))).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      pain: 6,
      reason: {
        rule: 'pain-ceiling',
        message: 'kettlebell-walk (overhead) hurt 6/10, above the ceiling of 2/10.',
        movement: 'kettlebell-walk',
        variant: 'overhead',
        value: 6,
        limit: 2,
        source: SOURCE,
        params: { movement: 'kettlebell-walk (overhead)', pain: 6, ceiling: 2, ceilingIsDefault: false, defaultCeiling: 3, maxCeiling: 5 },
      },
    })
  })
})

describe('the pain ceiling through selectRehabMovements', () => {
  const excludedFor = (pains: readonly number[], painCeiling?: number) => {
    const results = allAt(0).map((result, index) => ({ ...result, pain: pains[index] ?? 0 }))
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results }, ...(painCeiling === undefined ? {} : { options: { painCeiling } }) })
    if (selection._tag === 'Left') throw new Error(`expected a selection, got ${JSON.stringify(selection.left)}`)
    return selection.right.excluded.filter((item) => item.reason.rule === 'pain-ceiling').map((item) => [item.movement, item.pain])
  }

  // Seed 001 (domain.md section 2): "didn't cause pain higher than a 3"; 3 is in, 4 is out.
  it('leaves out pain 4 and keeps pain 3 by default', () => {
    expect(excludedFor([3, 4, 7])).toEqual([
      ['cat-camel', 4],
      ['in-line-lunge-halo', 7],
    ])
  })

  // The caller may raise the ceiling to at most 5 (pain-monitoring model, domain.md section 2).
  it('keeps pain 5 and leaves out pain 6 at the highest ceiling a caller may set', () => {
    expect(excludedFor([5, 6], 5)).toEqual([['cat-camel', 6]])
  })

  it('keeps only painless movements at a ceiling of 0', () => {
    expect(excludedFor([0, 1], 0)).toEqual([['cat-camel', 1]])
  })

  it('opens every selection with the ceiling it applied', () => {
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: allAt(1) }, options: { painCeiling: 4 } })
    expect(selection._tag === 'Right' && selection.right.reasons[0]).toEqual(ceilingReason(validOptions({ painCeiling: 4 })))
    expect(selection._tag === 'Right' && selection.right.reasons.map((reason) => reason.rule)[0]).toBe('pain-ceiling')
  })
})
