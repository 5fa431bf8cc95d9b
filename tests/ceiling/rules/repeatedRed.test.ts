import { describe, expect, it } from 'vitest'
import { repeatedRed } from '../../../src/ceiling/rules/repeatedRed.js'
import { SOURCES } from '../../../src/index.js'
import { day, morning, session, verdictOf } from '../../support/ceilingLogs.js'
import { movementState } from '../../support/ceilingStates.js'

// Repeated red pauses the movement (domain.md section 5); two reds is the engine's default.
describe('repeatedRed: two reds of one movement pause it', () => {
  it('says nothing of one red', () => {
    expect(repeatedRed(movementState({ zone: 'red', redSessions: 1 }))).toBeUndefined()
  })

  it('pauses at two, naming the movement and its variant', () => {
    const state = movementState({
      subject: { movement: 'kettlebell-walk', variant: 'overhead' },
      name: 'kettlebell-walk (overhead)',
      zone: 'red',
      redSessions: 3,
    })
    expect(repeatedRed(state)).toEqual({
      rule: 'repeated-red',
      message: 'kettlebell-walk (overhead) went into the red 3 times in the window (a bad morning counts once): pause it.',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      value: 3,
      limit: 2,
      source: SOURCES.ceilingMethod,
      params: { movement: 'kettlebell-walk (overhead)', count: 3 },
    })
    expect(repeatedRed(movementState({ redSessions: 2 }))).toMatchObject({ value: 2, limit: 2 })
  })
})

describe('repeated red through evaluateCeiling', () => {
  it('pauses a movement that went red in two sessions', () => {
    const verdict = verdictOf({ sessions: [session(-3, 6), session(-1, 7)], mornings: [morning(-2, 2), morning(0, 2)] })
    expect(verdict.movements[0]).toMatchObject({ zone: 'red', action: 'pause' })
    expect(verdict.movements[0]?.reasons).toContainEqual(expect.objectContaining({ rule: 'repeated-red', value: 2, limit: 2 }))
    expect(verdict.action).toBe('pause')
  })

  it('counts one bad morning after a day of three sessions as one red, not three', () => {
    const threeADay = [session(-1, 1, { time: '08:00' }), session(-1, 1, { time: '13:00' }), session(-1, 1, { time: '19:00' })]
    const verdict = verdictOf({ sessions: threeADay, mornings: [morning(-1, 2), morning(0, 4)] })
    expect(verdict.movements[0]).toMatchObject({ zone: 'red', action: 'step-down' })
    // One morning, named once: the same sentence three times over would say nothing more.
    expect(verdict.movements[0]?.reasons.map((reason) => reason.rule)).toEqual(['next-morning'])
  })

  it('counts a red session and a bad morning on other days as two reds', () => {
    const verdict = verdictOf({ sessions: [session(-3, 1), session(-1, 6)], mornings: [morning(-2, 4), morning(0, 2)] })
    expect(verdict.movements[0]?.action).toBe('pause')
    expect(verdict.movements[0]?.reasons.map((reason) => [reason.rule, reason.date ?? reason.value])).toEqual([
      ['next-morning', day(-2)],
      ['pain-during', day(-1)],
      ['repeated-red', 2],
    ])
  })
})
