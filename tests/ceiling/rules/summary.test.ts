import { describe, expect, it } from 'vitest'
import { allGreenReason, windowReason } from '../../../src/ceiling/rules/summary.js'
import { SOURCES } from '../../../src/index.js'
import { contextOf, day, morning, session, verdictOf } from '../../support/ceilingLogs.js'

describe('the reasons that frame a verdict', () => {
  it('opens with the window of 7 days and the baseline it compares with', () => {
    expect(windowReason(contextOf({ baselinePain: 4 }))).toEqual({
      rule: 'window',
      message: `The verdict looks at ${day(-6)} to ${day(0)}, against a baseline back pain of 4/10.`,
      value: day(-6),
      limit: 7,
      source: SOURCES.ceilingMethod,
      params: { windowStart: day(-6), today: day(0), baselinePain: 4 },
    })
  })

  it('closes a verdict that allows a step up with the ceiling every session stayed within', () => {
    expect(allGreenReason(contextOf({ rules: { painCeiling: 5 } }))).toEqual({
      rule: 'all-green',
      message: `Every session since ${day(-6)} stayed within 5/10 and settled by the next morning, and no morning rose above baseline: a step up is allowed.`,
      value: 5,
      source: SOURCES.painMonitoring,
      params: { windowStart: day(-6), painCeiling: 5 },
    })
  })
})

describe('the framing reasons through evaluateCeiling', () => {
  it('gives the window first and the all-green reason last, only when progress is allowed', () => {
    const green = verdictOf({ sessions: [session(-1, 1)], mornings: [morning(0, 2)] })
    expect(green.reasons.map((reason) => reason.rule)).toEqual(['window', 'all-green'])
    const amber = verdictOf({ sessions: [session(-1, 4)], mornings: [morning(0, 2)] })
    expect(amber.reasons.map((reason) => reason.rule)).toEqual(['window'])
  })
})
