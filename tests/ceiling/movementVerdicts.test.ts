import { describe, expect, it } from 'vitest'
import { movementVerdicts } from '../../src/ceiling/movementVerdicts.js'
import type { MovementState } from '../../src/ceiling/movementStates.js'
import { SOURCES, type CeilingAction, type Reason } from '../../src/index.js'
import { day, morning, session, verdictOf } from '../support/ceilingLogs.js'
import { movementState } from '../support/ceilingStates.js'

const painReason: Reason = { rule: 'pain-during', message: 'hip-bridge hurt', value: 6, limit: 5 }
const actionOf = (changes: Partial<MovementState>, cap: CeilingAction = 'progress') => movementVerdicts([movementState(changes)], cap)[0]?.action

describe('movementVerdicts: each movement, capped by the rules that speak for all', () => {
  it('lets a green, settled movement progress, with its own reasons', () => {
    expect(movementVerdicts([movementState()], 'progress')).toEqual([{ movement: 'hip-bridge', zone: 'green', action: 'progress', reasons: [] }])
  })

  it('holds an amber movement, and a red one whose red was not on its latest day', () => {
    expect(actionOf({ zone: 'amber' })).toBe('hold')
    expect(actionOf({ zone: 'red', redSessions: 1 })).toBe('hold')
  })

  it('steps down only on red on its latest day', () => {
    expect(actionOf({ zone: 'red', redSessions: 1, latestRed: true })).toBe('step-down')
  })

  it('pauses at two reds, even when the latest day was red, and says why after the other reasons', () => {
    const [verdict] = movementVerdicts([movementState({ zone: 'red', redSessions: 2, latestRed: true, reasons: [painReason] })], 'progress')
    expect(verdict).toEqual({
      movement: 'hip-bridge',
      zone: 'red',
      action: 'pause',
      reasons: [
        painReason,
        {
          rule: 'repeated-red',
          message: 'hip-bridge went into the red 2 times in the window (a bad morning counts once): pause it.',
          movement: 'hip-bridge',
          value: 2,
          limit: 2,
          source: SOURCES.ceilingMethod,
          params: { movement: 'hip-bridge', count: 2 },
        },
      ],
    })
  })

  it('holds a green movement with a day not shown to settle, and keeps a stricter action', () => {
    const [unproven] = movementVerdicts([movementState({ unprovenDates: [day(0)], reasons: [painReason] })], 'progress')
    expect(unproven).toMatchObject({ action: 'hold', reasons: [painReason, { rule: 'unproven-settling', value: [day(0)] }] })
    expect(actionOf({ zone: 'red', latestRed: true, unprovenDates: [day(0)] })).toBe('step-down')
    const [both] = movementVerdicts([movementState({ zone: 'red', redSessions: 2, unprovenDates: [day(0)] })], 'progress')
    expect(both?.reasons.map((reason) => reason.rule)).toEqual(['unproven-settling', 'repeated-red'])
  })

  it('never lets a movement be more permissive than the cap', () => {
    expect(actionOf({}, 'hold')).toBe('hold')
    expect(actionOf({ zone: 'red', latestRed: true }, 'hold')).toBe('step-down')
    expect(actionOf({ zone: 'amber' }, 'stop-and-refer')).toBe('stop-and-refer')
  })

  it('lists the movements in catalog order, variants after their movement', () => {
    const states = [
      movementState({ subject: { movement: 'kettlebell-walk', variant: 'overhead' }, name: 'kettlebell-walk (overhead)', rank: 291 }),
      movementState({ subject: { movement: 'bird-dog' }, name: 'bird-dog', rank: 256 }),
      movementState({ subject: { movement: 'kettlebell-walk' }, name: 'kettlebell-walk', rank: 288 }),
    ]
    expect(movementVerdicts(states, 'progress').map((verdict) => [verdict.movement, verdict.variant])).toEqual([
      ['bird-dog', undefined],
      ['kettlebell-walk', undefined],
      ['kettlebell-walk', 'overhead'],
    ])
  })
})

describe('movement verdicts through evaluateCeiling', () => {
  it('holds a movement whose red session was earlier in the window', () => {
    const earlierRed = verdictOf({ sessions: [session(-3, 6), session(-1, 2)], mornings: [morning(-2, 2), morning(0, 2)] })
    expect(earlierRed.movements[0]).toMatchObject({ zone: 'red', action: 'hold' })
    expect(earlierRed.action).toBe('hold')
  })
})
