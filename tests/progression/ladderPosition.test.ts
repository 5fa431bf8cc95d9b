import { describe, expect, it } from 'vitest'
import { nextDose, type SessionLog } from '../../src/index.js'
import { chronologically } from '../../src/ceiling/chronologically.js'
import { describePosition, isStarted, ladderPosition, latestSession, positionParams, rungReason } from '../../src/progression/ladderPosition.js'
import { calmMornings, CATALOG, day, doseCase, hold, reps, session, startedPosition, TODAY } from '../support/progressionCases.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
const order = chronologically(CATALOG)
const byDateOnly = (a: SessionLog, b: SessionLog): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

describe('latestSession', () => {
  it('finds the latest session under the order, wherever it is in the list', () => {
    const sessions = [session(-3, 'deadbug', hold(20)), session(-1, 'deadbug', hold(30)), session(-2, 'deadbug', hold(25))]
    expect(latestSession(sessions, order)).toBe(sessions[1])
  })

  it('keeps the first of sessions the order ranks equal', () => {
    const sessions = [session(-1, 'deadbug', hold(20)), session(-1, 'deadbug', hold(30))]
    expect(latestSession(sessions, byDateOnly)).toBe(sessions[0])
  })

  it('has none in an empty list', () => {
    expect(latestSession([], order)).toBeUndefined()
  })
})

describe('ladderPosition: where a movement stands, from its own sessions', () => {
  const walk = (offset: number, count: number, variant: string, time = '08:00') => session(offset, 'kettlebell-walk', reps(1, count), { variant, time })

  it('reads only the sessions of the movement and variant asked for', () => {
    const sessions = [walk(-2, 7, 'overhead'), walk(-1, 9, 'by-the-side'), session(-1, 'hip-bridge', reps(2, 10)), walk(-3, 8, 'overhead')]
    const position = ladderPosition(doseCase({ movement: 'kettlebell-walk', variant: 'overhead', sessions }), order)
    expect(position).toEqual({
      subject: { movement: 'kettlebell-walk', variant: 'overhead' },
      name: 'kettlebell-walk (overhead)',
      ladder: CATALOG.byId.get('kettlebell-walk')!.ladder,
      own: [sessions[0], sessions[3]],
      today: TODAY,
      last: sessions[0],
      current: 2,
      loadKg: undefined,
    })
    expect(isStarted(position)).toBe(true)
  })

  it('keeps the movement without a variant apart from its variants', () => {
    const sessions = [walk(-1, 9, 'by-the-side'), session(-2, 'kettlebell-walk', reps(1, 6))]
    const position = ladderPosition(doseCase({ movement: 'kettlebell-walk', sessions }), order)
    expect(position).toMatchObject({ subject: { movement: 'kettlebell-walk' }, name: 'kettlebell-walk', own: [sessions[1]], current: 1 })
    expect('variant' in position.subject).toBe(false)
  })

  it('has no last session, rung or load before the first session', () => {
    const position = ladderPosition(doseCase({ movement: 'deadbug', sessions: [session(-1, 'hip-bridge', reps(1, 5))] }), order)
    expect(position).toStrictEqual({
      subject: { movement: 'deadbug' },
      name: 'deadbug',
      ladder: CATALOG.byId.get('deadbug')!.ladder,
      own: [],
      today: TODAY,
    })
    expect(isStarted(position)).toBe(false)
  })

  it('carries the load of the last session in reps, and none from a hold', () => {
    const press = [session(-3, 'thoracic-press', reps(2, 8, { loadKg: 9 })), session(-1, 'thoracic-press', reps(2, 9, { loadKg: 10 }))]
    expect(startedPosition({ movement: 'thoracic-press', sessions: press })).toMatchObject({ current: 1, loadKg: 10 })
    expect(startedPosition({ movement: 'deadbug', sessions: [session(-1, 'deadbug', hold(30))] })).toMatchObject({ current: 2, loadKg: undefined })
  })
})

describe('rungReason and describePosition', () => {
  const position = startedPosition({ movement: 'kettlebell-walk', variant: 'overhead', sessions: [session(-1, 'kettlebell-walk', reps(2, 7), { variant: 'overhead' })] })

  it('counts rungs from 1, out of the ladder\'s rungs, with the ladder\'s source', () => {
    expect(rungReason(position, 'ladder-hold', 'held', 7, { rung: 8 })).toStrictEqual({
      rule: 'ladder-hold',
      message: 'held',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      value: 8,
      limit: 11,
      source: REHAB_SOURCE,
      params: { rung: 8 },
    })
  })

  it('says the dose and the rung in use', () => {
    expect(describePosition(position)).toBe('kettlebell-walk (overhead) is at 2 x 7, rung 8 of 11')
  })

  it('gives the values it speaks of: the movement as named, the rung\'s dose, the rung from 1 and the rungs', () => {
    expect(positionParams(position)).toStrictEqual({ movement: 'kettlebell-walk (overhead)', dose: reps(2, 7), rung: 8, rungs: 11 })
  })
})

describe('nextDose reads the rung from the movement\'s own latest session', () => {
  it('whatever order the sessions came in, and whatever other movements did', () => {
    const sessions = [session(-1, 'hip-bridge', reps(1, 8)), session(-3, 'hip-bridge', reps(1, 6)), session(-1, 'bird-dog', reps(2, 10, { perSide: true }))]
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions, mornings: calmMornings(-2, 0), baselinePain: 1, today: day(0) })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'progress', dose: reps(1, 9) })
  })
})
