import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { checkInUid, sessionSlots, sessionUid } from '../../../src/program/ics/eventIds.js'

const prefixes = fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/)
const dates = fc.integer({ min: 0, max: 3_000_000 }).map((days) => new Date(Date.UTC(1900, 0, 1) + days * 86_400_000).toISOString().slice(0, 10))
const slots = fc.integer({ min: 1, max: 40 })
const kinds = fc.constantFrom('check-in' as const, 'reassessment' as const)
/** Any event id: a session's or a check-in's, with the parts that make it. */
const anyId = fc.oneof(
  fc.tuple(prefixes, dates, slots).map(([prefix, date, slot]) => ({ parts: ['session', prefix, date, slot], id: sessionUid(prefix, date, slot) })),
  fc.tuple(prefixes, dates, kinds).map(([prefix, date, kind]) => ({ parts: [kind, prefix, date], id: checkInUid(prefix, { date, kind }) })),
)

describe('event ids', () => {
  test.prop([anyId, anyId])('are equal only for the same prefix, date and session or check-in', (first, second) => {
    expect(first.id === second.id).toBe(JSON.stringify(first.parts) === JSON.stringify(second.parts))
  })

  // A prefix may itself look like a prefix followed by a date and a slot: the ids still differ.
  const lookalikes = fc.tuple(prefixes, dates, slots, fc.constantFrom('-', '.', '_')).map(([prefix, date, slot, separator]) => ({
    prefix,
    longer: `${prefix}${separator}${date}${separator}session${separator}${slot}`.slice(0, 64),
  }))
  test.prop([lookalikes, dates, dates, slots, slots, kinds])('never share an id between two prefixes, even when one starts with the other', ({ prefix, longer }, date, otherDate, slot, otherSlot, kind) => {
    const ids = new Set([sessionUid(prefix, date, slot), checkInUid(prefix, { date, kind })])
    expect(ids.has(sessionUid(longer, otherDate, otherSlot))).toBe(false)
    expect(ids.has(checkInUid(longer, { date: otherDate, kind }))).toBe(false)
  })

  it('name the person, the date and the session, and none of the times', () => {
    expect(sessionUid('client-42', '2026-11-02', 1)).toBe('client-42~2026-11-02~session-1@rehab-engine')
    expect(checkInUid('client-42', { date: '2026-12-28', kind: 'check-in' })).toBe('client-42~2026-12-28~check-in@rehab-engine')
  })
})

describe('sessionSlots', () => {
  it('numbers the sessions of each date from 1 by their start, whatever order they are listed in', () => {
    const sessions = [
      { date: '2026-11-02', start: '2026-11-02T19:00:00+01:00' },
      { date: '2026-11-02', start: '2026-11-02T08:00:00+01:00' },
      { date: '2026-11-03', start: '2026-11-03T08:00:00+01:00' },
      { date: '2026-11-02', start: '2026-11-02T13:00:00+01:00' },
    ]
    expect(sessionSlots(sessions)).toEqual([3, 1, 1, 2])
  })

  it('compares instants, not the text: 08:00 at +05:45 comes before 07:00 UTC', () => {
    expect(sessionSlots([{ date: '2026-11-02', start: '2026-11-02T07:00:00Z' }, { date: '2026-11-02', start: '2026-11-02T08:00:00+05:45' }])).toEqual([2, 1])
  })

  it('keeps the order of the list between sessions at the same instant', () => {
    const same = { date: '2026-11-02', start: '2026-11-02T08:00:00Z' }
    expect(sessionSlots([same, same, same])).toEqual([1, 2, 3])
  })
})
