import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { judgeCeiling } from '../../src/ceiling/judgeCeiling.js'
import { stricterAction } from '../../src/ceiling/zones.js'
import { CEILING_ACTIONS, type Zone } from '../../src/index.js'
import { ceilingInputArbitrary } from '../arbitraries/logs.js'
import { birdDog, ceilingCase, day, morning, session, walk } from '../support/ceilingLogs.js'

const ZONES: readonly Zone[] = ['green', 'amber', 'red']

describe('judgeCeiling: every rule over validated logs', () => {
  it('gives the window first, then the mornings, the trend, the referrals and the lock, in that order', () => {
    const { verdict } = judgeCeiling(
      ceilingCase({
        sessions: [session(-1, 6), birdDog(-1, 6)],
        mornings: [morning(-10, 0), morning(-3, 8), morning(0, 3)],
      }),
    )
    expect(verdict.reasons.map((reason) => [reason.rule, reason.date])).toEqual([
      ['window', undefined],
      ['morning-rise', day(-3)],
      ['morning-rise', day(0)],
      ['week-to-week', undefined],
      ['refer-pain', day(-3)],
      ['refer-red-movements', day(-1)],
      ['flare-up-lock', day(-3)],
    ])
    expect(verdict).toMatchObject({ zone: 'red', action: 'stop-and-refer', flareUp: true, progressionLockedUntil: day(3) })
    expect(verdict.movements.map((movement) => movement.action)).toEqual(['stop-and-refer', 'stop-and-refer'])
  })

  it('refers on pain during before pain after, and those before a morning, before red across movements', () => {
    const { verdict } = judgeCeiling(ceilingCase({ sessions: [session(-2, 8, { painAfter: 8 }), birdDog(-2, 6)], mornings: [morning(-1, 9)] }))
    expect(verdict.reasons.filter((reason) => reason.rule.startsWith('refer')).map((reason) => [reason.rule, reason.date])).toEqual([
      ['refer-pain', day(-2)],
      ['refer-pain', day(-2)],
      ['refer-pain', day(-1)],
      ['refer-red-movements', day(-2)],
    ])
  })

  it('takes the zone of a global rule even when no movement was done', () => {
    const stiff = [morning(-10, 2, 1), morning(-2, 2, 3)]
    const { verdict, cap } = judgeCeiling(ceilingCase({ mornings: stiff }))
    expect(verdict).toEqual({ zone: 'amber', action: 'hold', flareUp: false, movements: [], reasons: expect.any(Array) })
    expect(cap).toBe('hold')
  })

  it('turns red on a referral alone: severe morning pain that is no rise over a high baseline', () => {
    // 8/10 every morning is no change, so no morning rule fires, but it is still pain that stops exercise.
    const { verdict, cap } = judgeCeiling(ceilingCase({ baselinePain: 8, mornings: [morning(0, 8)] }))
    expect(verdict).toEqual({ zone: 'red', action: 'stop-and-refer', flareUp: false, movements: [], reasons: expect.any(Array) })
    expect(verdict.reasons.map((reason) => reason.rule)).toEqual(['window', 'refer-pain'])
    expect(cap).toBe('stop-and-refer')
  })

  it('holds instead of stopping on a referral rule once the caller has lifted its stops, and still says why', () => {
    const lifted = judgeCeiling({ ...ceilingCase({ baselinePain: 8, mornings: [morning(0, 8)] }), stopsLifted: true })
    expect(lifted.verdict).toEqual({ zone: 'red', action: 'hold', flareUp: false, movements: [], reasons: expect.any(Array) })
    expect(lifted.verdict.reasons.map((reason) => reason.rule)).toEqual(['window', 'refer-pain'])
    expect(lifted.cap).toBe('hold')
    expect(judgeCeiling({ ...ceilingCase({ baselinePain: 8, mornings: [morning(0, 8)] }), stopsLifted: false }).cap).toBe('stop-and-refer')
  })

  it('counts a session the caller marked red as red, with the reason it gave, whatever pain it logged', () => {
    const marked = session(-2, 1)
    const mark = { rule: 'soreness-as-red', message: 'Warning pain followed it.' } as const
    const judged = judgeCeiling({ ...ceilingCase({ sessions: [session(-3, 1), marked], mornings: [morning(-2, 1), morning(-1, 1)] }), markedRed: new Map([[marked, mark]]) })
    expect(judged.verdict.movements).toEqual([{ movement: 'hip-bridge', zone: 'red', action: 'step-down', reasons: [mark] }])
    expect(judged.redDays.get('hip-bridge')).toBe(day(-2))
    expect(judgeCeiling(ceilingCase({ sessions: [session(-3, 1), marked], mornings: [morning(-2, 1), morning(-1, 1)] })).verdict.movements[0]!.zone).toBe('green')
  })

  it('caps every movement with the global rules, and returns that cap', () => {
    const judged = judgeCeiling(ceilingCase({ sessions: [session(-2, 1)], mornings: [morning(-1, 2), morning(0, 3)] }))
    expect(judged.cap).toBe('hold')
    expect(judged.verdict.movements).toEqual([{ movement: 'hip-bridge', zone: 'green', action: 'hold', reasons: [] }])
    expect(judged.verdict.reasons.map((reason) => reason.rule)).toEqual(['window', 'morning-rise'])
  })

  it('takes the worst zone and the strictest action of the movements when the global rules are quiet', () => {
    const judged = judgeCeiling(ceilingCase({ sessions: [session(-1, 1), walk(-1, 6, 'overhead')], mornings: [morning(0, 2)] }))
    expect(judged.cap).toBe('progress')
    expect(judged.verdict).toMatchObject({ zone: 'red', action: 'step-down', flareUp: false })
    expect(judged.verdict.movements.map((movement) => movement.action)).toEqual(['progress', 'step-down'])
    expect(judged.verdict).not.toHaveProperty('progressionLockedUntil')
  })

  it('names, for each movement whose latest day was red, that day', () => {
    const { redDays } = judgeCeiling(
      ceilingCase({
        sessions: [session(-3, 6), session(-1, 1), walk(-2, 6, 'overhead'), birdDog(-2, 1), birdDog(-1, 1)],
        mornings: [morning(-2, 2), morning(0, 2)],
      }),
    )
    expect(redDays).toEqual(new Map([['kettlebell-walk (overhead)', day(-2)]]))
  })

  it('closes with the all-green reason only when every movement may progress', () => {
    const judged = judgeCeiling(ceilingCase({ sessions: [session(-1, 1), birdDog(-1, 1)], mornings: [morning(0, 2)] }))
    expect(judged.verdict.reasons.map((reason) => reason.rule)).toEqual(['window', 'all-green'])
    expect(judged.verdict.action).toBe('progress')
  })
})

describe('judgeCeiling properties', () => {
  it('acts on the least permissive of the global rules and the movements, and takes the worst zone', () => {
    fc.assert(
      fc.property(ceilingInputArbitrary, (input) => {
        const { verdict, cap } = judgeCeiling(ceilingCase({ sessions: input.sessions, mornings: input.mornings, baselinePain: input.baselinePain }))
        expect(verdict.action).toBe(verdict.movements.reduce((action, movement) => stricterAction(action, movement.action), cap))
        for (const movement of verdict.movements) {
          expect(CEILING_ACTIONS.indexOf(movement.action)).toBeGreaterThanOrEqual(CEILING_ACTIONS.indexOf(cap))
          expect(ZONES.indexOf(verdict.zone)).toBeGreaterThanOrEqual(ZONES.indexOf(movement.zone))
        }
      }),
      { numRuns: 300 },
    )
  })
})
