import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { civilFromDays, daysFromCivil } from '../../../src/program/ics/civilDays.js'
import { addMinutes, formatDate, formatInstant, readDate, readInstant } from '../../../src/program/ics/formatDateTime.js'

const DAY_MS = 86_400_000
// Date's own range check is the reference here: setUTCFullYear takes the years 0-99 as they are, unlike Date.UTC.
const utcDate = (year: number, month: number, day: number) => {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}
const FIRST_DAY = utcDate(0, 1, 1).getTime() / DAY_MS
const LAST_DAY = utcDate(9999, 12, 31).getTime() / DAY_MS
const dayNumbers = fc.integer({ min: FIRST_DAY, max: LAST_DAY })
const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** An instant as iCalendar's UTC form, by Date's UTC fields. */
const referenceForm = (milliseconds: number) => {
  const date = new Date(milliseconds)
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
}

/** The instant as an ISO date-time at an offset of `offset` minutes, as ProgramSchema writes one. */
const atOffset = (milliseconds: number, offset: number) => {
  const local = new Date(milliseconds + offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${zone}`
}

describe('civil days', () => {
  test.prop([dayNumbers])('agree with Date on every day of the years 0000-9999', (days) => {
    const date = new Date(days * DAY_MS)
    expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
    expect(daysFromCivil(civilFromDays(days))).toBe(days)
  })

  it('count the leap days of the century rule: 1900 has none, 2000 has one', () => {
    expect(daysFromCivil({ year: 1900, month: 3, day: 1 }) - daysFromCivil({ year: 1900, month: 2, day: 28 })).toBe(1)
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 }) - daysFromCivil({ year: 2000, month: 2, day: 28 })).toBe(2)
  })
})

describe('iCalendar dates and date-times', () => {
  const offsets = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })
  const instants = fc.integer({ min: FIRST_DAY * DAY_MS, max: LAST_DAY * DAY_MS + DAY_MS - 1000 }).map((ms) => ms - (ms % 1000))

  test.prop([instants, offsets])('write the UTC form of an ISO date-time at any offset, any year 0000-9999', (milliseconds, offset) => {
    const local = milliseconds + offset * 60_000
    fc.pre(local >= FIRST_DAY * DAY_MS && local < (LAST_DAY + 1) * DAY_MS)
    expect(formatInstant(readInstant(atOffset(milliseconds, offset))!)).toBe(referenceForm(milliseconds))
  })

  it('take the offset off: 08:00 in Berlin in winter is 07:00 UTC, and 1950 works as 2026 does', () => {
    expect(formatInstant(readInstant('2026-11-02T08:00:00+01:00')!)).toBe('20261102T070000Z')
    expect(formatInstant(readInstant('1950-01-02T00:30:00+05:45')!)).toBe('19500101T184500Z')
    expect(formatInstant(readInstant('0001-01-01T00:00:00.999Z')!)).toBe('00010101T000000Z')
  })

  it('have no four-digit form for an instant whose UTC year is below 0000 or above 9999', () => {
    expect(formatInstant(readInstant('0000-01-01T00:00:00+01:00')!)).toBeUndefined()
    expect(formatInstant(readInstant('9999-12-31T23:30:00-01:00')!)).toBeUndefined()
    expect(formatInstant(addMinutes(readInstant('9999-12-31T23:50:00Z')!, 20))).toBeUndefined()
  })

  test.prop([dayNumbers])('write a date as YYYYMMDD, and read it back to the same day', (days) => {
    const written = formatDate(days)!
    expect(written).toBe(referenceForm(days * DAY_MS).slice(0, 8))
    expect(readDate(`${written.slice(0, 4)}-${written.slice(4, 6)}-${written.slice(6)}`)).toBe(days)
  })

  it('read nothing from a string of another form', () => {
    expect(readInstant('2026-11-02T08:00:00')).toBeUndefined()
    expect(readInstant('2026-11-02 08:00:00Z')).toBeUndefined()
    expect(readDate('20261102')).toBeUndefined()
  })
})
