import { describe, expect, it } from 'vitest'
import { judgeSessions } from '../../src/ceiling/movementStates.js'
import { SOURCES, type MorningCheck, type SessionLog } from '../../src/index.js'
import { birdDog, builtInCatalog, contextOf, day, morning, session, walk } from '../support/ceilingLogs.js'
import { movementState } from '../support/ceilingStates.js'

const judge = (sessions: readonly SessionLog[], mornings: readonly MorningCheck[] = [], rules = {}) =>
  judgeSessions(contextOf({ sessions, mornings, rules }))
const stateOf = (sessions: readonly SessionLog[], mornings: readonly MorningCheck[] = [], key = 'hip-bridge') => judge(sessions, mornings).states.get(key)

describe('judgeSessions: each movement of the window, session by session', () => {
  it('keeps a green, settled movement green, with nothing counted', () => {
    expect(judge([session(-1, 1)], [morning(0, 2)])).toEqual({
      states: new Map([['hip-bridge', movementState()]]),
      ownRedByDate: new Map(),
      redDates: new Set(),
      referrals: [],
    })
  })

  it('judges each variant apart, named with its variant and ranked in the catalog', () => {
    const { states } = judge([walk(-1, 1, 'overhead'), walk(-1, 1, 'bottoms-up')], [morning(0, 2)])
    const walkRank = builtInCatalog.byId.get('kettlebell-walk')!.rank
    expect([...states.keys()]).toEqual(['kettlebell-walk (bottoms-up)', 'kettlebell-walk (overhead)'])
    expect(states.get('kettlebell-walk (overhead)')).toEqual(
      movementState({ subject: { movement: 'kettlebell-walk', variant: 'overhead' }, name: 'kettlebell-walk (overhead)', rank: walkRank + 3 }),
    )
  })

  it('ignores sessions before the window', () => {
    expect(judge([session(-7, 9)]).states.size).toBe(0)
  })

  it('counts a session red by its own pain, by date and by movement, variants once', () => {
    const found = judge([walk(-2, 6, 'overhead'), walk(-2, 7, 'by-the-side'), session(-2, 4), birdDog(-1, 6)], [morning(-1, 2), morning(0, 2)])
    expect(found.redDates).toEqual(new Set([day(-2), day(-1)]))
    expect(found.ownRedByDate).toEqual(
      new Map([
        [day(-2), new Set(['kettlebell-walk'])],
        [day(-1), new Set(['bird-dog'])],
      ]),
    )
    expect(found.states.get('kettlebell-walk (overhead)')).toMatchObject({ zone: 'red', redSessions: 1, latestRed: true })
    expect(found.states.get('hip-bridge')).toMatchObject({ zone: 'amber', redSessions: 0, latestRed: false })
  })

  it('collects the reasons of a session: its own pain, then its next morning', () => {
    const state = stateOf([session(-1, 4, { painAfter: 5 })], [morning(0, 3)])
    expect(state?.reasons.map((reason) => reason.rule)).toEqual(['pain-during', 'pain-after', 'next-morning'])
    expect(state).toMatchObject({ zone: 'amber', redSessions: 0 })
  })

  it('refers on severe pain during and after, naming when it came', () => {
    const { referrals } = judge([session(-1, 8, { painAfter: 9 }), session(-2, 1, { painAfter: 7 })])
    expect(referrals).toEqual([
      {
        rule: 'refer-pain',
        message: `Pain during hip-bridge reached 8/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`,
        movement: 'hip-bridge',
        date: day(-1),
        value: 8,
        limit: 8,
        source: SOURCES.ceilingMethod,
        params: { when: 'during', movement: 'hip-bridge', pain: 8, date: day(-1), limit: 8 },
      },
      expect.objectContaining({ message: `Pain after hip-bridge reached 9/10 on ${day(-1)}, at or above 8/10: stop and see a clinician.`, value: 9 }),
    ])
    expect(judge([session(-1, 6)], [], { referPain: 6 }).referrals).toHaveLength(1)
  })

  it('counts one red morning after several sessions of a day once, and a red morning after a red session not again', () => {
    const threeADay = [session(-1, 1, { time: '08:00' }), session(-1, 1, { time: '13:00' }), session(-1, 1, { time: '19:00' })]
    expect(stateOf(threeADay, [morning(0, 4)])).toMatchObject({ zone: 'red', redSessions: 1, redMorningAfter: new Set([day(-1)]), latestRed: true })
    expect(stateOf([session(-1, 6)], [morning(0, 4)])).toMatchObject({ redSessions: 1, redMorningAfter: new Set() })
    expect(stateOf([session(-3, 1), session(-1, 1)], [morning(-2, 4), morning(0, 4)])).toMatchObject({ redSessions: 2 })
  })

  it('does not count an amber next morning as red', () => {
    expect(stateOf([session(-1, 1)], [morning(0, 3)])).toMatchObject({ zone: 'amber', redSessions: 0, redMorningAfter: new Set() })
  })

  it('lists each day with no next morning once', () => {
    const sessions = [session(-3, 1, { time: '08:00' }), session(-3, 1, { time: '18:00' }), session(-1, 1), session(0, 1)]
    expect(stateOf(sessions, [morning(0, 2)])?.unprovenDates).toEqual([day(-3), day(0)])
  })

  it('remembers whether the latest day was red, whichever session of it was', () => {
    const latest = (sessions: readonly SessionLog[]) => {
      const state = stateOf(sessions, [morning(-2, 2), morning(0, 2)])
      return [state?.latestDate, state?.latestRed]
    }
    expect(latest([session(-3, 6), session(-1, 1)])).toEqual([day(-1), false])
    expect(latest([session(-1, 6, { time: '08:00' }), session(-1, 1, { time: '18:00' })])).toEqual([day(-1), true])
    expect(latest([session(-1, 1, { time: '08:00' }), session(-1, 6, { time: '18:00' })])).toEqual([day(-1), true])
    // A latest day red by its next morning is red too.
    expect(stateOf([session(-3, 1), session(-1, 1)], [morning(0, 4)])).toMatchObject({ latestDate: day(-1), latestRed: true, zone: 'red' })
  })
})
