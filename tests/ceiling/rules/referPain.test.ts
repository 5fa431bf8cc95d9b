import { describe, expect, it } from 'vitest'
import { referPain } from '../../../src/ceiling/rules/referPain.js'
import { SOURCES } from '../../../src/index.js'
import { birdDog, day, morning, rulesWith, session, verdictOf } from '../../support/ceilingLogs.js'

// Pain of 8 or more refers by default; options may lower it to 6, the first red pain (domain.md section 4, seed 003: stop until checked).
describe('referPain: severe pain stops and refers', () => {
  it('says nothing under the threshold and refers at it', () => {
    expect(referPain(7, { when: 'during', subject: { movement: 'hip-bridge' } }, day(-1), rulesWith())).toBeUndefined()
    expect(referPain(8, { when: 'during', subject: { movement: 'hip-bridge' } }, day(-1), rulesWith())).toEqual({
      rule: 'refer-pain',
      message: `Pain during hip-bridge reached 8/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`,
      movement: 'hip-bridge',
      date: day(-1),
      value: 8,
      limit: 8,
      source: SOURCES.ceilingMethod,
      params: { when: 'during', movement: 'hip-bridge', pain: 8, date: day(-1), limit: 8 },
    })
  })

  it('follows the referPain option down to 6', () => {
    expect(referPain(5, { when: 'morning' }, day(0), rulesWith({ referPain: 6 }))).toBeUndefined()
    expect(referPain(6, { when: 'morning' }, day(0), rulesWith({ referPain: 6 }))).toEqual({
      rule: 'refer-pain',
      message: `Morning back pain reached 6/10 on ${day(0)}, at or above 6/10: stop and see a clinician.`,
      date: day(0),
      value: 6,
      limit: 6,
      source: SOURCES.ceilingMethod,
      params: { when: 'morning', movement: '', pain: 6, date: day(0), limit: 6 },
    })
  })

  it('names the variant when the pain came from one', () => {
    const reason = referPain(9, { when: 'after', subject: { movement: 'kettlebell-walk', variant: 'overhead' } }, day(-2), rulesWith())
    expect(reason).toMatchObject({ movement: 'kettlebell-walk', variant: 'overhead', value: 9 })
    expect(reason?.message).toBe(`Pain after kettlebell-walk (overhead) reached 9/10 on ${day(-2)}, at or above 8/10: stop and see a clinician.`)
    expect(reason?.params).toEqual({ when: 'after', movement: 'kettlebell-walk (overhead)', pain: 9, date: day(-2), limit: 8 })
  })
})

describe('severe pain through evaluateCeiling', () => {
  const yesterday = (painDuring: number, painAfter?: number, options = {}) =>
    verdictOf({ sessions: [session(-1, painDuring, painAfter === undefined ? {} : { painAfter })], mornings: [morning(0, 2)], options })

  it('refers on pain of 8 during or after a session, or on a morning, and not on 7', () => {
    expect(yesterday(7).action).toBe('step-down')
    expect(yesterday(8)).toMatchObject({ zone: 'red', action: 'stop-and-refer' })
    expect(yesterday(1, 8).action).toBe('stop-and-refer')
    expect(verdictOf({ mornings: [morning(0, 8)] }).action).toBe('stop-and-refer')
  })

  it('words the reason by when the pain came, and stops every movement', () => {
    const verdict = verdictOf({ sessions: [session(-1, 8, { painAfter: 9 }), birdDog(-1, 1)], mornings: [morning(0, 2)] })
    expect(verdict.reasons.filter((reason) => reason.rule === 'refer-pain').map((reason) => reason.message)).toEqual([
      `Pain during hip-bridge reached 8/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`,
      `Pain after hip-bridge reached 9/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`,
    ])
    expect(verdict.movements.map((movement) => [movement.movement, movement.action])).toEqual([
      ['hip-bridge', 'stop-and-refer'],
      ['bird-dog', 'stop-and-refer'],
    ])
  })

  it('refers on 6 when the option asks for it', () => {
    expect(yesterday(6).action).toBe('step-down')
    expect(yesterday(6, undefined, { referPain: 6 }).action).toBe('stop-and-refer')
  })
})
