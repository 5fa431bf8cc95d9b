// The meaningful-change rule (NPRS: 2 points or 30% of the baseline, at least 1 point) and the words and
// values its reason gives a report, case by case.
import { describe, expect, it } from 'vitest'
import { backPainNow, meaningfulChangeReason, verdictOf } from '../../../src/episode/rules/meaningfulChange.js'
import { SOURCES } from '../../../src/index.js'

const checks = (...pains: number[]) => pains.map((backPain) => ({ backPain }))

describe('backPainNow', () => {
  it('is the mean of the last 7 checks only, with how many it read', () => {
    expect(backPainNow(checks(9, 9, 9, 2, 2, 2, 2, 2, 2, 3))).toEqual({ mean: 2.14, mornings: 7 })
    expect(backPainNow(checks(4, 5))).toEqual({ mean: 4.5, mornings: 2 })
    expect(backPainNow([])).toBeUndefined()
  })
})

describe('verdictOf', () => {
  it('counts a change of 2 points either way, or of 30% of the baseline when that is at least a point', () => {
    expect([verdictOf(5, 3), verdictOf(5, 7), verdictOf(5, 4), verdictOf(5, 6)]).toEqual(['improved', 'worse', 'unchanged', 'unchanged'])
    // 30% of 3 is 0.9: a point is the smallest change that counts.
    expect([verdictOf(3, 2), verdictOf(3, 4), verdictOf(3, 2.1)]).toEqual(['improved', 'worse', 'unchanged'])
    expect([verdictOf(0, 1), verdictOf(0, 2), verdictOf(4, 4)]).toEqual(['unchanged', 'worse', 'unchanged'])
  })
})

describe('meaningfulChangeReason', () => {
  it('says the change is unknown before any morning check, with empty values for the numbers it lacks', () => {
    expect(meaningfulChangeReason(4, undefined, 0)).toEqual({
      rule: 'meaningful-change',
      message: 'Usual back pain was 4/10 at the start; no morning check is logged yet, so the change is not known yet.',
      value: 0,
      limit: 2,
      source: SOURCES.meaningfulChange,
      params: { verdict: 'unknown', baseline: 4, now: '', mornings: '', points: '', percent: '', direction: '', meaningfulPoints: '', meaningfulPercent: '' },
    })
  })

  it('gives a drop in points and per cent, lower, with the rule it was read by', () => {
    const reason = meaningfulChangeReason(5, 3, 7)
    expect(reason.message).toBe(
      'Usual back pain was 5/10 at the start and is 3/10 now (the mean of the last 7 morning checks): 2 points (40%) lower, a meaningful improvement (a change counts at 2 points or 30% of the baseline).',
    )
    expect(reason).toMatchObject({ value: -2, params: { verdict: 'improved', baseline: 5, now: 3, mornings: 7, points: 2, percent: 40, direction: 'lower', meaningfulPoints: 2, meaningfulPercent: 30 } })
  })

  it('says one point in the singular, and a rise as higher', () => {
    const reason = meaningfulChangeReason(4, 5, 1)
    expect(reason.message).toContain('(the one morning check so far): 1 point (25%) higher, no meaningful change')
    expect(reason.params).toMatchObject({ verdict: 'unchanged', points: 1, percent: 25, direction: 'higher' })
  })

  it('says the same with no number when nothing changed, and a change from 0 in points alone', () => {
    const same = meaningfulChangeReason(3, 3, 7)
    expect(same.message).toContain('3/10 now (the mean of the last 7 morning checks): the same, no meaningful change')
    expect(same.params).toMatchObject({ points: '', percent: '', direction: 'same' })
    const fromNothing = meaningfulChangeReason(0, 2, 7)
    expect(fromNothing.message).toContain(': 2 points higher, a meaningful worsening')
    expect(fromNothing.params).toMatchObject({ verdict: 'worse', points: 2, percent: '', direction: 'higher' })
  })
})
