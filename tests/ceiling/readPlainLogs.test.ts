import { describe, expect, it } from 'vitest'
import { DEFER } from '../../src/_lib/plainReader.js'
import { readDose, readMorning, readMornings, readSession, readSessionFields, readSessions } from '../../src/ceiling/readPlainLogs.js'
import { day, morning, session, walk } from '../support/ceilingLogs.js'

// These readers vouch only for plainly well-formed logs; anything else goes to the schemas, which word the issue.
describe('readDose', () => {
  it.each([
    [{ kind: 'reps', sets: 1, reps: 1 }],
    [{ kind: 'reps', sets: 10, reps: 500, perSide: true, band: false, loadKg: 500 }],
    [{ kind: 'reps', sets: 2, reps: 8, loadKg: 0.5 }],
    [{ kind: 'reps', sets: 1, reps: 5, holdSeconds: 2 }],
    [{ kind: 'hold', sets: 1, seconds: 1 }],
    [{ kind: 'hold', sets: 10, seconds: 3600 }],
    [{ kind: 'distance', sets: 1, meters: 1 }],
    [{ kind: 'distance', sets: 10, meters: 10_000 }],
  ])('reads %j as it is', (dose) => {
    expect(readDose(dose)).toEqual(dose)
  })

  it.each([
    ['no sets', { kind: 'reps', reps: 5 }],
    ['0 sets', { kind: 'reps', sets: 0, reps: 5 }],
    ['11 sets', { kind: 'hold', sets: 11, seconds: 20 }],
    ['half a set', { kind: 'distance', sets: 1.5, meters: 20 }],
    ['0 reps', { kind: 'reps', sets: 1, reps: 0 }],
    ['501 reps', { kind: 'reps', sets: 1, reps: 501 }],
    ['a side that is not a boolean', { kind: 'reps', sets: 1, reps: 5, perSide: 'yes' }],
    ['a band that is not a boolean', { kind: 'reps', sets: 1, reps: 5, band: 1 }],
    ['no load', { kind: 'reps', sets: 1, reps: 5, loadKg: 0 }],
    ['a load over 500 kg', { kind: 'reps', sets: 1, reps: 5, loadKg: 500.5 }],
    ['a rep held 0 s', { kind: 'reps', sets: 1, reps: 5, holdSeconds: 0 }],
    ['a rep held half a second', { kind: 'reps', sets: 1, reps: 5, holdSeconds: 1.5 }],
    ['0 seconds', { kind: 'hold', sets: 1, seconds: 0 }],
    ['a hold over an hour', { kind: 'hold', sets: 1, seconds: 3601 }],
    ['0 meters', { kind: 'distance', sets: 1, meters: 0 }],
    ['over 10 km', { kind: 'distance', sets: 1, meters: 10_001 }],
    ['a field of another kind', { kind: 'hold', sets: 1, seconds: 20, reps: 5 }],
    ['a distance with a side', { kind: 'distance', sets: 1, meters: 20, perSide: true }],
    ['a side left undefined, which zod would keep', { kind: 'reps', sets: 1, reps: 5, perSide: undefined }],
    ['an unknown kind', { kind: 'sprint', sets: 1 }],
    ['no kind', { sets: 1, reps: 5 }],
    ['a list', [{ kind: 'reps', sets: 1, reps: 5 }]],
  ])('leaves a dose with %s to the schema', (_, dose) => {
    expect(readDose(dose)).toBe(DEFER)
  })
})

describe('readSession', () => {
  const full = { ...walk(-1, 10, 'overhead', { time: '23:59' }), painAfter: 0 }

  it('reads a session with and without its optional fields, in the schema order', () => {
    expect(readSession(session(-1, 0))).toEqual(session(-1, 0))
    // Keys in another order are read into the schema's order.
    const { painAfter, ...rest } = full
    const read = readSession({ painAfter, ...rest })
    expect(read).toEqual(full)
    expect(Object.keys(read as object)).toEqual(['date', 'time', 'movement', 'variant', 'performed', 'completed', 'painDuring', 'painAfter'])
  })

  it.each([
    ['a date that is not on the calendar', { date: '2026-02-29' }],
    ['a date before 1900', { date: '1899-12-31' }],
    ['a time past midnight', { time: '24:00' }],
    ['an empty movement', { movement: '' }],
    ['a movement id of 65 characters', { movement: 'a'.repeat(65) }],
    ['an empty variant', { variant: '' }],
    ['a dose it cannot read', { performed: { kind: 'reps', sets: 0, reps: 5 } }],
    ['completion as text', { completed: 'yes' }],
    ['pain over 10', { painDuring: 11 }],
    ['pain under 0', { painDuring: -1 }],
    ['pain after in halves', { painAfter: 2.5 }],
    ['an optional field present but undefined', { painAfter: undefined }],
    ['an unknown field', { note: 'felt fine' }],
  ])('leaves a session with %s to the schema', (_, change) => {
    expect(readSession({ ...full, ...change })).toBe(DEFER)
  })

  it('leaves a session without a required field to the schema', () => {
    for (const key of ['date', 'movement', 'performed', 'completed', 'painDuring']) {
      const { [key]: _left, ...rest } = session(-1, 1) as unknown as Record<string, unknown>
      expect(readSession(rest)).toBe(DEFER)
    }
  })
})

describe('readMorning', () => {
  it('reads a check with and without stiffness', () => {
    expect(readMorning(morning(0, 10))).toEqual(morning(0, 10))
    expect(readMorning(morning(0, 0, 10))).toEqual(morning(0, 0, 10))
  })

  it.each([
    ['no back pain', { date: day(0) }],
    ['no date', { backPain: 1 }],
    ['back pain over 10', { date: day(0), backPain: 11 }],
    ['stiffness over 10', { date: day(0), backPain: 1, stiffness: 11 }],
    ['a date written another way', { date: '21.11.2026', backPain: 1 }],
    ['an unknown field', { date: day(0), backPain: 1, mood: 'ok' }],
  ])('leaves a check with %s to the schema', (_, check) => {
    expect(readMorning(check)).toBe(DEFER)
  })
})

describe('the log lists', () => {
  it('read a list only when every entry reads, and copy it', () => {
    const sessions = [session(-1, 1), session(0, 2)]
    const read = readSessions(sessions)
    expect(read).toEqual(sessions)
    expect(read).not.toBe(sessions)
    expect(readSessions([])).toEqual([])
    expect(readSessions([session(-1, 1), { ...session(0, 1), painDuring: 11 }])).toBe(DEFER)
    expect(readMornings([morning(0, 1), morning(-1, 2, 3)])).toEqual([morning(0, 1), morning(-1, 2, 3)])
    expect(readMornings([morning(0, 1), { date: day(-1) }])).toBe(DEFER)
    expect(readMornings({ 0: morning(0, 1), length: 1 })).toBe(DEFER)
  })

  it('read up to 100,000 entries and leave a longer list to the schema', () => {
    const check = morning(0, 1)
    expect(readMornings(Array.from({ length: 100_000 }, () => check))).toHaveLength(100_000)
    expect(readMornings(Array.from({ length: 100_001 }, () => check))).toBe(DEFER)
    expect(readSessions(new Array(100_001))).toBe(DEFER)
  })
})

describe('readSessionFields', () => {
  it("reads a session event with its type and id last, in the schema's order", () => {
    const event = { id: 'a-1', type: 'session', ...session(-1, 0), painAfter: 1 }
    const read = readSessionFields(event)
    expect(read).toEqual(event)
    expect(Object.keys(read as object)).toEqual(['date', 'movement', 'performed', 'completed', 'painDuring', 'painAfter', 'type', 'id'])
    expect(readSessionFields({ type: 'session', ...session(-1, 0) })).toEqual({ ...session(-1, 0), type: 'session' })
  })

  it('leaves to the schema an event of another type, one without a type, a log, and an id that is not one', () => {
    expect(readSessionFields({ type: 'morning', ...session(-1, 0) })).toBe(DEFER)
    expect(readSessionFields(session(-1, 0))).toBe(DEFER)
    expect(readSession({ type: 'session', ...session(-1, 0) })).toBe(DEFER)
    expect(readSessionFields({ type: 'session', id: '', ...session(-1, 0) })).toBe(DEFER)
  })
})
