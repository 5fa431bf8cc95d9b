/*
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC. A calendar date has no
 * time zone, and the machine's zone must never show through: in Apia the day
 * 2011-12-30 does not exist locally, so arithmetic on local midnights would
 * skip it. ISO dates also compare correctly as plain strings, so most of the
 * engine never needs to parse them at all.
 */

const DAY_MS = 86_400_000

/** Milliseconds since the epoch of a date's UTC midnight. */
const utcMidnight = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))

const fromUtcMidnight = (milliseconds: number): string => new Date(milliseconds).toISOString().slice(0, 10)

/** The days of each month in a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Whether February has a 29th in `year`, in the Gregorian calendar. */
export const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)

/** The days of `month` (1 to 12) in `year`. */
export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!)

/** Steps of up to two months are walked month by month; longer ones go through a Date. */
const WALKED_DAYS = 62

const twoDigits = (value: number): string => String(value).padStart(2, '0')

/**
 * The date `days` after (or before, when negative) `date`. A step of up to
 * two months rewrites the fields, walking over month ends, without a Date:
 * the engine moves dates by a day or a week thousands of times a decision,
 * and a Date costs more than the rule it serves.
 */
export const addIsoDays = (date: string, days: number): string => {
  if (!Number.isInteger(days) || Math.abs(days) > WALKED_DAYS) return fromUtcMidnight(utcMidnight(date) + days * DAY_MS)
  let day = Number(date.slice(8)) + days
  // Every month has a 28th: most steps stay in their month.
  if (day > 0 && day < 29) return date.slice(0, 8) + twoDigits(day)
  let month = Number(date.slice(5, 7))
  let year = Number(date.slice(0, 4))
  for (; day > daysInMonth(year, month); month++) {
    day -= daysInMonth(year, month)
    if (month === 12) [month, year] = [0, year + 1]
  }
  for (; day < 1; day += daysInMonth(year, month)) if (--month < 1) [month, year] = [12, year - 1]
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`
}

/** Whole days from `from` to `to`: negative when `to` comes first. Two dates of one month are most asked for, and need no Date. */
export const daysBetween = (from: string, to: string): number =>
  from.slice(0, 8) === to.slice(0, 8) ? Number(to.slice(8)) - Number(from.slice(8)) : Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)

/** The ISO weekday of a date: 1 for Monday to 7 for Sunday. */
export const isoWeekday = (date: string): number => ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1
