/*
 * iCalendar's date and date-time forms (RFC 5545 sections 3.3.4 and 3.3.5),
 * written from the ISO strings of a program with integer arithmetic only. No
 * Date is built, so the result is the same on every machine, in every time
 * zone and locale, and for every year from 0000 to 9999: the years before
 * 1970 and before 100 included.
 */
import { civilFromDays, daysFromCivil } from './civilDays.js'

const MINUTES_PER_DAY = 1_440

/** An instant as whole minutes from 1970-01-01T00:00Z (negative before it) and the seconds into its minute. */
export interface Instant {
  readonly minutes: number
  readonly seconds: number
}

// The forms ProgramSchema and the options accept: seconds always, a fraction maybe, then Z or an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** Days from 1970-01-01 of a `YYYY-MM-DD` date, or undefined for any other string. */
export const readDate = (date: string): number | undefined => {
  const fields = DATE.exec(date)
  return fields === null ? undefined : daysFromCivil({ year: Number(fields[1]), month: Number(fields[2]), day: Number(fields[3]) })
}

/**
 * The instant an ISO date-time with its offset names, or undefined for any
 * other string. The offset is taken off the local fields, so `08:00+01:00`
 * and `07:00Z` are one instant; a fraction of a second is dropped, as
 * iCalendar has none.
 */
export const readInstant = (dateTime: string): Instant | undefined => {
  const fields = DATE_TIME.exec(dateTime)
  if (fields === null) return undefined
  const [, year, month, day, hours, minutes, seconds, sign, offsetHours, offsetMinutes] = fields
  const days = daysFromCivil({ year: Number(year), month: Number(month), day: Number(day) })
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes))
  return { minutes: days * MINUTES_PER_DAY + Number(hours) * 60 + Number(minutes) - offset, seconds: Number(seconds) }
}

/** A date as iCalendar's `YYYYMMDD`, or undefined when its year is outside 0000-9999, which four digits cannot hold. */
export const formatDate = (days: number): string | undefined => {
  const { year, month, day } = civilFromDays(days)
  return year < 0 || year > 9999 ? undefined : `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`
}

/** An instant as iCalendar's UTC form `YYYYMMDDTHHMMSSZ`, or undefined when its UTC year is outside 0000-9999. */
export const formatInstant = ({ minutes, seconds }: Instant): string | undefined => {
  const days = Math.floor(minutes / MINUTES_PER_DAY)
  const minuteOfDay = minutes - days * MINUTES_PER_DAY
  const date = formatDate(days)
  return date === undefined ? undefined : `${date}T${pad(Math.floor(minuteOfDay / 60), 2)}${pad(minuteOfDay % 60, 2)}${pad(seconds, 2)}Z`
}

/** The instant `minutes` later. */
export const addMinutes = (instant: Instant, minutes: number): Instant => ({ minutes: instant.minutes + minutes, seconds: instant.seconds })
