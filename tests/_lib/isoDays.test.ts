import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addIsoDays, daysBetween, isoWeekday } from '../../src/_lib/isoDays.js'

/*
 * Each date is checked against its count of days since 1970-01-01, from which
 * the calendar follows with no time zone at all. Samoa skipped 2011-12-30
 * when it crossed the date line, so arithmetic on local midnights there would
 * lose that day: isoDays.machineZone.test.ts runs the same arithmetic on a
 * machine in Apia, and CI runs this whole file there too.
 */
const DAY_MS = 86_400_000
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS

// 1900-01-01 to 2999-12-31, the dates the engine takes, with room on both sides for the arithmetic.
const FIRST = dayOf('1899-01-01')
const LAST = dayOf('3000-12-31')
const APIA_SKIP = dayOf('2011-12-30')

/** Day counts across the whole range, often close to the skipped day in Apia and to 29 February. */
const dayArbitrary = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc.integer({ min: APIA_SKIP - 3, max: APIA_SKIP + 3 }),
  fc.constantFrom(...['2000-02-29', '2024-02-29', '1900-02-28', '2100-02-28', '2400-02-29'].map(dayOf)).chain((day) =>
    fc.integer({ min: day - 2, max: day + 2 }),
  ),
)
// Steps of up to two months are worked out field by field, longer ones through a Date: both, and the edge between them.
const stepArbitrary = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -70, max: 70 }), fc.integer({ min: -800, max: 800 }))

describe('addIsoDays', () => {
  it('moves a date by any number of days, forward or back, as the day count does', () => {
    fc.assert(
      fc.property(dayArbitrary, stepArbitrary, (day, step) => {
        expect(addIsoDays(dateOf(day), step)).toBe(dateOf(day + step))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps 2011-12-30, which Apia skipped', () => {
    expect(addIsoDays('2011-12-29', 1)).toBe('2011-12-30')
    expect(addIsoDays('2011-12-29', 2)).toBe('2011-12-31')
    expect(addIsoDays('2011-12-31', -1)).toBe('2011-12-30')
  })

  it('steps over 29 February only in leap years', () => {
    expect(addIsoDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addIsoDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addIsoDays('2000-02-28', 1)).toBe('2000-02-29')
    expect(addIsoDays('1900-02-28', 1)).toBe('1900-03-01')
    expect(addIsoDays('2100-02-28', 1)).toBe('2100-03-01')
    expect(addIsoDays('2024-03-01', -1)).toBe('2024-02-29')
  })

  it('crosses months and years, and leaves a date as it is for no days', () => {
    expect(addIsoDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addIsoDays('2026-11-02', 0)).toBe('2026-11-02')
    expect(addIsoDays('2026-11-02', 28)).toBe('2026-11-30')
    expect(addIsoDays('2026-01-10', -10)).toBe('2025-12-31')
  })
})

describe('daysBetween', () => {
  it('counts the whole days from one date to another, negative when the second comes first', () => {
    fc.assert(
      fc.property(dayArbitrary, dayArbitrary, (from, to) => {
        expect(daysBetween(dateOf(from), dateOf(to))).toBe(to - from)
      }),
      { numRuns: 500 },
    )
  })

  it('counts the same for two dates a few days apart, in one month or across a month end', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: -40, max: 40 }), (from, days) => {
        expect(daysBetween(dateOf(from), dateOf(from + days))).toBe(days)
      }),
      { numRuns: 500 },
    )
  })

  it('counts the day Apia skipped, and 29 February in leap years only', () => {
    expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2)
    expect(daysBetween('2011-12-31', '2011-12-29')).toBe(-2)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1)
    expect(daysBetween('2026-11-02', '2026-11-02')).toBe(0)
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1)
  })

  it('undoes addIsoDays', () => {
    fc.assert(
      fc.property(dayArbitrary, stepArbitrary, (day, step) => {
        expect(daysBetween(dateOf(day), addIsoDays(dateOf(day), step))).toBe(step)
      }),
      { numRuns: 300 },
    )
  })
})

describe('isoWeekday', () => {
  it('numbers the days of the week from Monday 1 to Sunday 7, as the day count gives them', () => {
    // 1970-01-01, day 0, was a Thursday.
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        expect(isoWeekday(dateOf(day))).toBe((((day + 3) % 7) + 7) % 7 + 1)
      }),
      { numRuns: 500 },
    )
  })

  it('reads each day of a known week, the day Apia skipped included', () => {
    expect(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'].map(isoWeekday)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ])
    expect(isoWeekday('2011-12-30')).toBe(5)
    expect(isoWeekday('2024-02-29')).toBe(4)
    expect(isoWeekday('1900-01-01')).toBe(1)
  })
})
