import { describe, expect, it } from 'vitest'
import { morningRiseRule } from '../../../src/ceiling/rules/morningRise.js'
import { SOURCES } from '../../../src/index.js'
import { contextOf, day, morning, rulesCited, verdictOf } from '../../support/ceilingLogs.js'

// Baseline 2: 1 above is amber, 2 above a flare-up (Childs et al. 2005; Farrar et al. 2001; domain.md section 4).
describe('morningRiseRule: each morning of the window against the baseline', () => {
  it('finds nothing in mornings at or under the baseline', () => {
    expect(morningRiseRule(contextOf({ mornings: [morning(-1, 2), morning(0, 0)] }))).toEqual({ findings: [], flareUp: false, redDates: [], referrals: [] })
  })

  it('holds on a morning 1 above, today or earlier', () => {
    const found = morningRiseRule(contextOf({ mornings: [morning(0, 3), morning(-2, 3)] }))
    expect(found).toEqual({
      findings: [
        {
          zone: 'amber',
          action: 'hold',
          reason: {
            rule: 'morning-rise',
            message: `Back pain on the morning of ${day(-2)} was 3/10, 1 above the baseline of 2/10.`,
            date: day(-2),
            value: 1,
            limit: 1,
            source: SOURCES.meaningfulChange,
            params: { date: day(-2), backPain: 3, rise: 1, baselinePain: 2, zone: 'amber' },
          },
        },
        expect.objectContaining({ zone: 'amber', action: 'hold', reason: expect.objectContaining({ date: day(0) }) }),
      ],
      flareUp: false,
      redDates: [],
      referrals: [],
    })
  })

  it('steps down on a flare-up this morning, and only holds on one of an earlier morning', () => {
    const found = morningRiseRule(contextOf({ mornings: [morning(-3, 5), morning(0, 4)] }))
    expect(found.flareUp).toBe(true)
    expect(found.redDates).toEqual([day(-3), day(0)])
    expect(found.findings).toEqual([
      {
        zone: 'red',
        action: 'hold',
        reason: {
          rule: 'morning-rise',
          message: `Back pain on the morning of ${day(-3)} was 5/10, 3 above the baseline of 2/10: a flare-up.`,
          date: day(-3),
          value: 3,
          limit: 2,
          source: SOURCES.meaningfulChange,
          params: { date: day(-3), backPain: 5, rise: 3, baselinePain: 2, zone: 'red' },
        },
      },
      expect.objectContaining({ zone: 'red', action: 'step-down', reason: expect.objectContaining({ value: 2, limit: 2 }) }),
    ])
  })

  it('calls a rise of 1 a flare-up when the option says so', () => {
    const found = morningRiseRule(contextOf({ mornings: [morning(0, 3)], rules: { flareUpRise: 1 } }))
    expect(found).toMatchObject({ flareUp: true, findings: [{ zone: 'red', action: 'step-down', reason: { limit: 1 } }] })
  })

  it('ignores mornings before the 7 days of the window', () => {
    expect(morningRiseRule(contextOf({ mornings: [morning(-7, 6)] })).findings).toEqual([])
    expect(morningRiseRule(contextOf({ mornings: [morning(-6, 6)] })).findings).toHaveLength(1)
  })

  it('refers on morning back pain at the refer threshold, naming no movement', () => {
    const found = morningRiseRule(contextOf({ mornings: [morning(-1, 8), morning(0, 7)] }))
    expect(found.referrals).toEqual([
      {
        rule: 'refer-pain',
        message: `Morning back pain reached 8/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`,
        date: day(-1),
        value: 8,
        limit: 8,
        source: SOURCES.ceilingMethod,
        params: { when: 'morning', movement: '', pain: 8, date: day(-1), limit: 8 },
      },
    ])
  })
})

describe('morning rises through evaluateCeiling', () => {
  it('holds on any morning above baseline, even with no exercise the day before', () => {
    const verdict = verdictOf({ mornings: [morning(-2, 2), morning(0, 3)] })
    expect(verdict).toMatchObject({ zone: 'amber', action: 'hold', flareUp: false })
    expect(rulesCited(verdict)).toEqual(['window', 'morning-rise'])
  })

  it('steps down on a red that is news, and holds on an earlier one', () => {
    expect(verdictOf({ mornings: [morning(-1, 2), morning(0, 4)] })).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
    expect(verdictOf({ mornings: [morning(-1, 4), morning(0, 2)] })).toMatchObject({ zone: 'red', action: 'hold', flareUp: true })
    // Asked the day after a flare-up, before that morning's check: the same news does not step down twice.
    expect(verdictOf({ mornings: [morning(-2, 2), morning(-1, 4)] })).toMatchObject({ zone: 'red', action: 'hold', flareUp: true })
  })
})
