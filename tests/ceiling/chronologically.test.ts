import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chronologically, inTimeOrder } from '../../src/ceiling/chronologically.js'
import type { SessionLog } from '../../src/index.js'
import { sessionArbitrary } from '../arbitraries/logs.js'
import { birdDog, builtInCatalog, session, walk } from '../support/ceilingLogs.js'

const compare = chronologically(builtInCatalog)
/** The order of two sessions as a sign, checked both ways round. */
const order = (a: SessionLog, b: SessionLog): number => {
  const sign = Math.sign(compare(a, b))
  expect(Math.sign(compare(b, a))).toBe(-sign || 0)
  return sign
}

describe('chronologically: one total order on sessions, whatever order they arrived in', () => {
  it('puts the earlier date first, whatever the time and the movement', () => {
    expect(order(birdDog(-2, 1, { time: '20:00' }), session(-1, 1, { time: '06:00' }))).toBe(-1)
  })

  it('on one date, puts a session with no time before a timed one, and the earlier time first', () => {
    expect(order(session(-1, 1), session(-1, 1, { time: '00:00' }))).toBe(-1)
    expect(order(birdDog(-1, 1, { time: '08:00' }), session(-1, 1, { time: '09:00' }))).toBe(-1)
  })

  it('at one time, follows the catalog: the movement before its variants, the variants in their order', () => {
    expect(order(session(-1, 1), birdDog(-1, 1))).toBe(-1)
    const plainWalk = session(-1, 1, { movement: 'kettlebell-walk', performed: { kind: 'distance', sets: 1, meters: 20 } })
    expect(order(plainWalk, walk(-1, 1, 'by-the-side'))).toBe(-1)
    expect(order(walk(-1, 1, 'bottoms-up'), walk(-1, 1, 'overhead'))).toBe(-1)
  })

  it('at one minute, puts the session that went harder last, so that the ladder reads the worse one', () => {
    expect(order(session(-1, 1, { completed: false }), session(-1, 0))).toBe(1)
    expect(order(session(-1, 2), session(-1, 1, { completed: false }))).toBe(-1)
    expect(order(session(-1, 2), session(-1, 3))).toBe(-1)
    expect(order(session(-1, 2, { painAfter: 3 }), session(-1, 3))).toBe(-1)
    expect(order(session(-1, 2, { painAfter: 3 }), session(-1, 2, { painAfter: 2 }))).toBe(1)
  })

  it('breaks a tie on everything else by the content, and calls identical sessions equal', () => {
    expect(order(session(-1, 1, { performed: { kind: 'reps', sets: 1, reps: 6 } }), session(-1, 1, { performed: { kind: 'reps', sets: 1, reps: 5 } }))).toBe(1)
    expect(order(session(-1, 1), session(-1, 1))).toBe(0)
  })

  it('sorts a shuffled day into the same list every time', () => {
    const day = [session(-1, 2, { time: '12:00' }), walk(-1, 3, 'overhead'), birdDog(-1, 1), session(-1, 1, { time: '12:00' })]
    const sorted = [...day].sort(compare)
    expect([...day].reverse().sort(compare)).toEqual(sorted)
    expect(sorted).toEqual([birdDog(-1, 1), walk(-1, 3, 'overhead'), session(-1, 1, { time: '12:00' }), session(-1, 2, { time: '12:00' })])
  })
})

describe('inTimeOrder', () => {
  // Few dates and times, some sessions untimed, so that many share a minute.
  const crowded = fc.array(
    fc.tuple(sessionArbitrary, fc.integer({ min: 0, max: 2 }), fc.constantFrom('08:00', '12:00', undefined)).map(([log, day, time]) => {
      const { time: _time, ...untimed } = log
      return { ...untimed, date: `2026-11-0${day + 1}`, ...(time === undefined ? {} : { time }) } as SessionLog
    }),
    { maxLength: 30 },
  )
  const byDateAndTime = (a: SessionLog, b: SessionLog): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.time ?? '') < (b.time ?? '') ? -1 : (a.time ?? '') > (b.time ?? '') ? 1 : 0)

  it('gives what sorting the whole list gives, for a list in any order and for one already by date and time', () => {
    fc.assert(
      fc.property(crowded, (sessions) => {
        const whole = [...sessions].sort(compare)
        expect(inTimeOrder(builtInCatalog, sessions)).toEqual(whole)
        expect(inTimeOrder(builtInCatalog, [...sessions].sort(byDateAndTime))).toEqual(whole)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves the list it was given as it was', () => {
    const given = [session(-1, 2, { time: '12:00' }), session(-1, 1, { time: '12:00' })]
    const copy = [...given]
    expect(inTimeOrder(builtInCatalog, given)).toEqual([copy[1], copy[0]])
    expect(given).toEqual(copy)
  })
})
