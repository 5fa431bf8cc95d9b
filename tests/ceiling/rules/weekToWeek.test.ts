import { describe, expect, it } from 'vitest'
import { weekToWeek } from '../../../src/ceiling/rules/weekToWeek.js'
import { SOURCES, type MorningCheck } from '../../../src/index.js'
import { contextOf, morning, rulesCited, verdictOf } from '../../support/ceilingLogs.js'

/** Mornings of the week before the window (days -13 to -7) and of the window (days -6 to 0), one pain a day from the first. */
const weeks = (previous: readonly number[], recent: readonly number[], stiffness = false): MorningCheck[] => [
  ...previous.map((pain, index) => (stiffness ? morning(-13 + index, 0, pain) : morning(-13 + index, pain))),
  ...recent.map((pain, index) => (stiffness ? morning(-6 + index, 0, pain) : morning(-6 + index, pain))),
]
// A high baseline keeps the morning rules quiet, so only the trend speaks.
const trend = (mornings: readonly MorningCheck[], rules = {}) => weekToWeek(contextOf({ mornings, baselinePain: 10, rules }))

// A rise of 2 points in mean morning pain is a real change: the NPRS minimal important change (Childs et al. 2005; Farrar et al. 2001), domain.md section 4.
describe('weekToWeek: mean morning pain of the window against the week before', () => {
  it('is red and holds at a rise of exactly 2', () => {
    expect(trend(weeks([1, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3]))).toEqual([
      {
        zone: 'red',
        action: 'hold',
        reason: {
          rule: 'week-to-week',
          message: 'Mean morning back pain rose by 2 from the week before, at least the 2-point limit.',
          value: 2,
          limit: 2,
          source: SOURCES.meaningfulChange,
          params: { rise: 2, limit: 2 },
        },
      },
    ])
  })

  it('is quiet just under 2: a mean of 19/7 against 6/7 rises about 1.86', () => {
    expect(trend(weeks([1, 1, 1, 1, 1, 1, 0], [3, 3, 3, 3, 3, 3, 1]))).toEqual([])
  })

  it('compares means of weeks with different numbers of checks, and rounds the rise it shows to hundredths', () => {
    // 13/3 against 2: a rise of 2.33.
    expect(trend(weeks([2], [4, 4, 5]))).toEqual([expect.objectContaining({ reason: expect.objectContaining({ value: 2.33, message: expect.stringContaining('rose by 2.33 ') }) })])
    // 5/3 against 1/2: a rise of 7/6, under 2 but over 1.
    expect(trend(weeks([1, 0], [2, 2, 1]))).toEqual([])
    expect(trend(weeks([1, 0], [2, 2, 1]), { weeklyRise: 1 })).toEqual([
      expect.objectContaining({ reason: expect.objectContaining({ value: 1.17, limit: 1, message: expect.stringContaining('the 1-point limit') }) }),
    ])
  })

  it('is quiet when either week has no check, or pain fell', () => {
    expect(trend(weeks([], [5, 5]))).toEqual([])
    expect(trend(weeks([0, 0], []))).toEqual([])
    expect(trend(weeks([5, 5], [1, 1]))).toEqual([])
  })

  it('takes the week before as days -13 to -7, no earlier', () => {
    const recent = [morning(-6, 3), morning(0, 3)]
    expect(trend([morning(-13, 1), ...recent])).toHaveLength(1)
    expect(trend([morning(-7, 1), ...recent])).toHaveLength(1)
    expect(trend([morning(-14, 1), ...recent])).toEqual([])
  })

  it('holds an amber finding on stiffness that rose by 2, read only from checks that give it', () => {
    const stiff = [...weeks([1, 1, 1], [3, 3, 3], true), morning(-12, 9), morning(-1, 0)]
    expect(trend(stiff)).toEqual([
      {
        zone: 'amber',
        action: 'hold',
        reason: {
          rule: 'stiffness-week-to-week',
          message: 'Mean morning stiffness rose by 2 from the week before, at least the 2-point limit.',
          value: 2,
          limit: 2,
          source: SOURCES.meaningfulChange,
          params: { rise: 2, limit: 2 },
        },
      },
    ])
  })

  it('gives the back-pain trend before the stiffness trend', () => {
    const both = [morning(-10, 1, 1), morning(-3, 4, 4)]
    expect(trend(both).map((finding) => finding.reason.rule)).toEqual(['week-to-week', 'stiffness-week-to-week'])
  })
})

describe('week to week through evaluateCeiling', () => {
  it('keeps progression off without stepping down: a trend is not news of one day', () => {
    const verdict = verdictOf({ mornings: weeks([1, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3]), baselinePain: 6 })
    expect(verdict).toMatchObject({ zone: 'red', action: 'hold', flareUp: false })
    expect(rulesCited(verdict)).toEqual(['window', 'week-to-week'])
  })

  it('holds in amber when stiffness rose by 2', () => {
    const verdict = verdictOf({ mornings: weeks([1, 1, 1], [3, 3, 3], true), baselinePain: 2 })
    expect(verdict).toMatchObject({ zone: 'amber', action: 'hold' })
    expect(rulesCited(verdict)).toEqual(['window', 'stiffness-week-to-week'])
  })

  it('uses the weeklyRise option', () => {
    const mornings = weeks([1, 1], [2, 2])
    expect(verdictOf({ mornings, baselinePain: 6 }).action).toBe('progress')
    expect(verdictOf({ mornings, baselinePain: 6, options: { weeklyRise: 1 } })).toMatchObject({ zone: 'red', action: 'hold' })
  })
})
