import { describe, expect, it } from 'vitest'
import { nextMorning, unprovenSettling } from '../../../src/ceiling/rules/nextMorning.js'
import { SOURCES } from '../../../src/index.js'
import { contextOf, day, morning, session, verdictOf, walk } from '../../support/ceilingLogs.js'

const hipBridge = { movement: 'hip-bridge' }
// Baseline 2 throughout: a next morning of 3 is 1 above (amber), 4 is 2 above, a flare-up (Childs et al. 2005; domain.md section 4).
const after = (backPain: number, rules = {}) =>
  nextMorning(session(-1, 1), 'hip-bridge', hipBridge, contextOf({ mornings: [morning(0, backPain)], rules }))

describe('nextMorning: did the session settle by the next morning', () => {
  it('is green, with no reason, at or under the baseline', () => {
    expect(after(2)).toEqual({ zone: 'green' })
    expect(after(0)).toEqual({ zone: 'green' })
  })

  it('is amber 1 above the baseline', () => {
    expect(after(3)).toEqual({
      zone: 'amber',
      reason: {
        rule: 'next-morning',
        message: `hip-bridge on ${day(-1)}: back pain the next morning was 3/10, 1 above baseline (amber).`,
        movement: 'hip-bridge',
        date: day(0),
        value: 1,
        limit: 1,
        source: SOURCES.meaningfulChange,
        params: { movement: 'hip-bridge', sessionDate: day(-1), backPain: 3, rise: 1, zone: 'amber' },
      },
    })
  })

  it('is red 2 or more above the baseline, with the flare-up rise as its limit', () => {
    expect(after(5)).toEqual({
      zone: 'red',
      reason: expect.objectContaining({ message: `hip-bridge on ${day(-1)}: back pain the next morning was 5/10, 3 above baseline (red).`, value: 3, limit: 2 }),
    })
    expect(after(3, { flareUpRise: 1 })).toMatchObject({ zone: 'red', reason: { value: 1, limit: 1 } })
  })

  it('reads only the morning of the day after, and names the variant', () => {
    const context = contextOf({ mornings: [morning(-1, 6), morning(1, 6)] })
    expect(nextMorning(session(-1, 1), 'hip-bridge', hipBridge, context)).toBeUndefined()
    const overhead = { movement: 'kettlebell-walk', variant: 'overhead' }
    const found = nextMorning(walk(-2, 1, 'overhead'), 'kettlebell-walk (overhead)', overhead, context)
    expect(found?.reason).toMatchObject({ movement: 'kettlebell-walk', variant: 'overhead', date: day(-1) })
  })
})

describe('unprovenSettling: a session with no check the next morning', () => {
  it('says nothing when every session day had its next morning', () => {
    expect(unprovenSettling('hip-bridge', hipBridge, [])).toBeUndefined()
  })

  it('lists the days with no next morning, in a copy', () => {
    const dates = [day(-3), day(0)]
    const reason = unprovenSettling('kettlebell-walk (overhead)', { movement: 'kettlebell-walk', variant: 'overhead' }, dates)
    expect(reason).toEqual({
      rule: 'unproven-settling',
      message: `kettlebell-walk (overhead): no morning check the day after ${day(-3)}, ${day(0)}, so settling is not shown; at most hold.`,
      movement: 'kettlebell-walk',
      variant: 'overhead',
      value: [day(-3), day(0)],
      source: SOURCES.ceilingMethod,
      params: { movement: 'kettlebell-walk (overhead)', dates: [day(-3), day(0)] },
    })
    expect(reason?.value).not.toBe(dates)
    expect(reason?.params?.['dates']).not.toBe(dates)
  })
})

describe('the next morning through evaluateCeiling', () => {
  const yesterdayThen = (backPain: number) => verdictOf({ sessions: [session(-1, 1)], mornings: [morning(0, backPain)] })

  it('progresses at baseline, holds 1 above, and steps down on a flare-up 2 above', () => {
    expect(yesterdayThen(2)).toMatchObject({ zone: 'green', action: 'progress', flareUp: false })
    expect(yesterdayThen(3)).toMatchObject({ zone: 'amber', action: 'hold', flareUp: false })
    expect(yesterdayThen(4)).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
    expect(yesterdayThen(4).movements[0]?.reasons).toEqual([expect.objectContaining({ rule: 'next-morning', value: 2, limit: 2 })])
  })

  it('can only hold a session that no morning check followed', () => {
    const today = verdictOf({ sessions: [session(0, 1)], mornings: [morning(0, 2)] })
    expect(today).toMatchObject({ zone: 'green', action: 'hold' })
    expect(today.movements[0]?.reasons).toEqual([expect.objectContaining({ rule: 'unproven-settling', value: [day(0)] })])
    const skipped = verdictOf({ sessions: [session(-3, 1), session(-1, 1)], mornings: [morning(0, 2)] })
    expect(skipped.movements[0]).toMatchObject({ action: 'hold', reasons: [{ rule: 'unproven-settling', value: [day(-3)] }] })
    expect(skipped.action).toBe('hold')
  })
})
