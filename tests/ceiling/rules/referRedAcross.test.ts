import { describe, expect, it } from 'vitest'
import { referRedDays, referRedMovements } from '../../../src/ceiling/rules/referRedAcross.js'
import { SOURCES } from '../../../src/index.js'
import { birdDog, day, morning, rulesCited, session, verdictOf, walk } from '../../support/ceilingLogs.js'

// Red across movements, and repeated red across days, stop and refer (domain.md section 5); two movements and 3 of 7 days are engine defaults.
describe('referRedMovements: red on two movements in one day', () => {
  it('says nothing of a day with one red movement', () => {
    expect(referRedMovements(new Map([[day(-1), new Set(['hip-bridge'])]]))).toEqual([])
  })

  it('refers on a day with two, naming them in order, once per such day', () => {
    const byDate = new Map([
      [day(-3), new Set(['hip-bridge', 'bird-dog'])],
      [day(-2), new Set(['deadbug'])],
      [day(-1), new Set(['kettlebell-walk', 'deadbug', 'bird-dog'])],
    ])
    expect(referRedMovements(byDate)).toEqual([
      {
        rule: 'refer-red-movements',
        message: `On ${day(-3)}, 2 movements went into the red (bird-dog, hip-bridge): stop and see a clinician.`,
        date: day(-3),
        value: ['bird-dog', 'hip-bridge'],
        limit: 2,
        source: SOURCES.ceilingMethod,
        params: { date: day(-3), count: 2, movements: ['bird-dog', 'hip-bridge'] },
      },
      expect.objectContaining({ date: day(-1), value: ['bird-dog', 'deadbug', 'kettlebell-walk'], message: expect.stringContaining(', 3 movements went') }),
    ])
  })
})

describe('referRedDays: red on 3 of the 7 days', () => {
  it('says nothing of two red days', () => {
    expect(referRedDays(new Set([day(-5), day(-3)]))).toBeUndefined()
  })

  it('refers on three, listing them in order', () => {
    expect(referRedDays(new Set([day(-1), day(-5), day(-3)]))).toEqual({
      rule: 'refer-red-days',
      message: '3 of the last 7 days were red: stop and see a clinician.',
      value: [day(-5), day(-3), day(-1)],
      limit: 3,
      source: SOURCES.ceilingMethod,
      params: { count: 3, days: 7 },
    })
  })
})

describe('red across movements and days through evaluateCeiling', () => {
  it('refers on red in two movements the same day, and says which', () => {
    const verdict = verdictOf({ sessions: [session(-1, 6), birdDog(-1, 6)], mornings: [morning(0, 2)] })
    expect(verdict.action).toBe('stop-and-refer')
    expect(verdict.movements.map((movement) => movement.action)).toEqual(['stop-and-refer', 'stop-and-refer'])
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ rule: 'refer-red-movements', value: ['bird-dog', 'hip-bridge'] }))
  })

  it('counts two variants of one movement as one movement', () => {
    const verdict = verdictOf({ sessions: [walk(-1, 6, 'overhead'), walk(-1, 6, 'by-the-side')], mornings: [morning(0, 2)] })
    expect(verdict.action).toBe('step-down')
    expect(rulesCited(verdict)).not.toContain('refer-red-movements')
  })

  it('does not refer when one flare-up morning follows a day of several movements', () => {
    const verdict = verdictOf({ sessions: [session(-1, 1), birdDog(-1, 1)], mornings: [morning(0, 4)] })
    expect(verdict).toMatchObject({ zone: 'red', action: 'step-down', flareUp: true })
  })

  it('refers on red on 3 of the last 7 days, not on 2', () => {
    const reds = (days: number[]) => verdictOf({ sessions: days.map((offset) => session(offset, 6)), mornings: days.map((offset) => morning(offset + 1, 2)) })
    expect(reds([-5, -3]).action).toBe('pause')
    expect(reds([-5, -3, -1]).action).toBe('stop-and-refer')
    expect(reds([-5, -3, -1]).reasons).toContainEqual(expect.objectContaining({ rule: 'refer-red-days', value: [day(-5), day(-3), day(-1)] }))
  })

  it('counts red mornings among the red days, and a day red twice once', () => {
    // Day -1 is red twice, by its session and by its morning; with a flare-up on day -3 that makes two red days, not three.
    const mornings = [morning(-3, 4), morning(-1, 4), morning(0, 2)]
    expect(rulesCited(verdictOf({ sessions: [session(-1, 6)], mornings }))).not.toContain('refer-red-days')
    const threeDays = verdictOf({ sessions: [session(-1, 6)], mornings: [morning(-5, 4), ...mornings] })
    expect(threeDays.reasons).toContainEqual(expect.objectContaining({ rule: 'refer-red-days', value: [day(-5), day(-3), day(-1)] }))
  })
})
