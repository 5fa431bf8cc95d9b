import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { zonedInstant } from '../../../src/program/layout/zonedInstant.js'

/** What the zone's clocks show at an instant, by Intl alone: the reference the placement must agree with. */
const clocksAt = (instant: number, timeZone: string): { date: string; time: string } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  )
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` }
}

describe('zonedInstant', () => {
  it('places a plain local time at its instant, with the offset of that day', () => {
    expect(zonedInstant('2026-11-02', '08:00', 'UTC')).toEqual({ start: '2026-11-02T08:00:00Z', date: '2026-11-02', time: '08:00' })
    expect(zonedInstant('2026-03-28', '08:00', 'Europe/Berlin')).toEqual({ start: '2026-03-28T08:00:00+01:00', date: '2026-03-28', time: '08:00' })
    expect(zonedInstant('2026-03-29', '08:00', 'Europe/Berlin')).toEqual({ start: '2026-03-29T08:00:00+02:00', date: '2026-03-29', time: '08:00' })
    expect(zonedInstant('2026-11-02', '08:00', 'Asia/Kathmandu')).toEqual({ start: '2026-11-02T08:00:00+05:45', date: '2026-11-02', time: '08:00' })
  })

  it('moves a time the clocks skip forward by the length of the jump: 02:30 on Berlin\'s spring change is 03:30', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin')).toEqual({ start: '2026-03-29T03:30:00+02:00', date: '2026-03-29', time: '03:30' })
    // Lord Howe moves its clocks by half an hour.
    expect(zonedInstant('2026-10-04', '02:15', 'Australia/Lord_Howe')).toEqual({ start: '2026-10-04T02:45:00+11:00', date: '2026-10-04', time: '02:45' })
  })

  it('takes the first showing of a time the clocks show twice, when they go back', () => {
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin')).toEqual({ start: '2026-10-25T02:30:00+02:00', date: '2026-10-25', time: '02:30' })
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York')).toEqual({ start: '2026-11-01T01:30:00-04:00', date: '2026-11-01', time: '01:30' })
  })

  it('moves a whole day on when the zone skipped the date: Apia went from 2011-12-29 to 2011-12-31', () => {
    expect(zonedInstant('2011-12-30', '08:00', 'Pacific/Apia')).toEqual({ start: '2011-12-31T08:00:00+14:00', date: '2011-12-31', time: '08:00' })
    expect(zonedInstant('2011-12-29', '23:00', 'Pacific/Apia')).toEqual({ start: '2011-12-29T23:00:00-10:00', date: '2011-12-29', time: '23:00' })
  })

  const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'Pacific/Kwajalein', 'America/St_Johns'] as const
  const dates = fc.integer({ min: 0, max: 365 * 60 }).map((days) => new Date(Date.UTC(1980, 0, 1) + days * 86_400_000).toISOString().slice(0, 10))
  const times = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)

  test.prop([dates, times, fc.constantFrom(...ZONES)], { numRuns: 400 })(
    'gives the instant whose clocks show the date and time it says, never earlier than asked',
    (date, time, timeZone) => {
      const placed = zonedInstant(date, time, timeZone)
      expect(clocksAt(Date.parse(placed.start), timeZone)).toEqual({ date: placed.date, time: placed.time })
      expect(`${placed.date} ${placed.time}` >= `${date} ${time}`).toBe(true)
    },
  )
})
