import { describe, expect, it } from 'vitest'
import { exercisePain } from '../../../src/ceiling/rules/exercisePain.js'
import { SOURCES } from '../../../src/index.js'
import { day, rulesWith, session, verdictOf, morning } from '../../support/ceilingLogs.js'

const PAIN_MONITORING = SOURCES.painMonitoring
const hipBridge = { movement: 'hip-bridge' }
const judge = (painDuring: number, painAfter?: number, rules = rulesWith()) =>
  exercisePain(session(-1, painDuring, painAfter === undefined ? {} : { painAfter }), 'hip-bridge', hipBridge, rules)

// Zones of the pain-monitoring model (Silbernagel et al. 2007) with the seed 001 ceiling of 3: domain.md section 4.
describe('exercisePain: pain during and after a session', () => {
  it('is green with no reason at or under the ceiling', () => {
    expect(judge(3, 3)).toEqual({ zone: 'green', reasons: [] })
    expect(judge(0)).toEqual({ zone: 'green', reasons: [] })
  })

  it('gives an amber pain during its own reason, with the ceiling as its limit', () => {
    expect(judge(4)).toEqual({
      zone: 'amber',
      reasons: [
        {
          rule: 'pain-during',
          message: `hip-bridge on ${day(-1)}: pain during 4/10, above 3/10 (amber).`,
          movement: 'hip-bridge',
          date: day(-1),
          value: 4,
          limit: 3,
          source: PAIN_MONITORING,
          params: { movement: 'hip-bridge', date: day(-1), time: '', pain: 4, limit: 3, zone: 'amber' },
        },
      ],
    })
  })

  it('gives a red pain after its own reason, with 5 as its limit, and takes the worse of the two', () => {
    expect(judge(5, 6)).toEqual({
      zone: 'red',
      reasons: [
        expect.objectContaining({ rule: 'pain-during', value: 5, limit: 3 }),
        {
          rule: 'pain-after',
          message: `hip-bridge on ${day(-1)}: pain after 6/10, above 5/10 (red).`,
          movement: 'hip-bridge',
          date: day(-1),
          value: 6,
          limit: 5,
          source: PAIN_MONITORING,
          params: { movement: 'hip-bridge', date: day(-1), time: '', pain: 6, limit: 5, zone: 'red' },
        },
      ],
    })
  })

  it('keeps a red pain during red when the pain after is green', () => {
    expect(judge(6, 1)).toMatchObject({ zone: 'red', reasons: [{ rule: 'pain-during', value: 6, limit: 5 }] })
    expect(judge(1, 4)).toMatchObject({ zone: 'amber', reasons: [{ rule: 'pain-after', value: 4, limit: 3 }] })
  })

  it('measures against the ceiling it is given', () => {
    expect(judge(5, 5, rulesWith({ painCeiling: 5 }))).toEqual({ zone: 'green', reasons: [] })
    expect(judge(2, undefined, rulesWith({ painCeiling: 1 })).reasons).toEqual([expect.objectContaining({ value: 2, limit: 1 })])
  })

  it('names the time of the session when it was logged, and the variant', () => {
    const timed = { ...session(-1, 4), time: '08:30', movement: 'kettlebell-walk', variant: 'overhead' }
    const { reasons } = exercisePain(timed, 'kettlebell-walk (overhead)', { movement: 'kettlebell-walk', variant: 'overhead' }, rulesWith())
    expect(reasons).toEqual([
      expect.objectContaining({
        message: `kettlebell-walk (overhead) on ${day(-1)} 08:30: pain during 4/10, above 3/10 (amber).`,
        movement: 'kettlebell-walk',
        variant: 'overhead',
        params: { movement: 'kettlebell-walk (overhead)', date: day(-1), time: '08:30', pain: 4, limit: 3, zone: 'amber' },
      }),
    ])
  })
})

describe('exercisePain through evaluateCeiling', () => {
  // Yesterday's session, settled this morning at the baseline: only the session's own pain decides.
  const yesterday = (painDuring: number, painAfter?: number) =>
    verdictOf({ sessions: [session(-1, painDuring, painAfter === undefined ? {} : { painAfter })], mornings: [morning(0, 2)] })

  it.each([
    [3, 'green', 'progress'],
    [4, 'amber', 'hold'],
    [5, 'amber', 'hold'],
    [6, 'red', 'step-down'],
  ] as const)('a pain during of %i is %s: %s', (painDuring, zone, action) => {
    const verdict = yesterday(painDuring)
    expect(verdict).toMatchObject({ zone, action })
    expect(verdict.movements).toEqual([expect.objectContaining({ movement: 'hip-bridge', zone, action })])
  })

  it.each([
    [3, 'green'],
    [4, 'amber'],
    [6, 'red'],
  ] as const)('a pain after of %i is %s', (painAfter, zone) => {
    expect(yesterday(1, painAfter).zone).toBe(zone)
    expect(yesterday(1, painAfter).movements[0]?.reasons.map((reason) => reason.rule)).toEqual(zone === 'green' ? [] : ['pain-after'])
  })

  it('uses the painCeiling option: 5 during is green under a ceiling of 5', () => {
    expect(verdictOf({ sessions: [session(-1, 5)], mornings: [morning(0, 2)], options: { painCeiling: 5 } })).toMatchObject({
      zone: 'green',
      action: 'progress',
    })
  })
})
