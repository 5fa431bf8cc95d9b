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

/** Every month has at least this many days: a day of the month that stays within them stays in its month. */
const DAYS_IN_EVERY_MONTH = 28

/**
 * The date `days` after (or before, when negative) `date`. Within a month it
 * rewrites the day alone: the engine moves dates by a day or a week
 * thousands of times a decision, and a Date costs more than the rule it serves.
 */
export const addIsoDays = (date: string, days: number): string => {
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48) + days
  if (day >= 1 && day <= DAYS_IN_EVERY_MONTH && Number.isInteger(days)) return `${date.slice(0, 8)}${day < 10 ? '0' : ''}${day}`
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS)
}

/** Whole days from `from` to `to`: negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)

/** The ISO weekday of a date: 1 for Monday to 7 for Sunday. */
export const isoWeekday = (date: string): number => ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1
