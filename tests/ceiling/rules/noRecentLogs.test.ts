import { describe, expect, it } from 'vitest'
import { noRecentLogs } from '../../../src/ceiling/rules/noRecentLogs.js'
import { SOURCES } from '../../../src/index.js'
import { contextOf, day, morning, rulesCited, session, verdictOf } from '../../support/ceilingLogs.js'

describe('noRecentLogs: nothing in the window shows a step up is safe', () => {
  it('holds when no session and no morning check falls in the last 7 days', () => {
    expect(noRecentLogs(contextOf({ sessions: [session(-7, 1)], mornings: [morning(-7, 2)] }))).toEqual({
      zone: 'green',
      action: 'hold',
      reason: {
        rule: 'no-recent-logs',
        message: `No session or morning check since ${day(-6)}: nothing shows that a step up is safe.`,
        value: 0,
        limit: 1,
        source: SOURCES.ceilingMethod,
        params: { windowStart: day(-6) },
      },
    })
  })

  it('says nothing when a session or a morning check is in the window', () => {
    expect(noRecentLogs(contextOf({ sessions: [session(-6, 1)] }))).toBeUndefined()
    expect(noRecentLogs(contextOf({ mornings: [morning(-6, 2)] }))).toBeUndefined()
  })
})

describe('no recent logs through evaluateCeiling', () => {
  it('holds in green when there is nothing recent to judge', () => {
    expect(verdictOf({ mornings: [morning(-10, 2)] })).toMatchObject({ action: 'hold', zone: 'green', movements: [] })
    expect(rulesCited(verdictOf({}))).toEqual(['window', 'no-recent-logs'])
  })
})
