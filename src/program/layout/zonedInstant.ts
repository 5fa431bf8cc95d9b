import { TZDate } from '@date-fns/tz/date'
import { tzOffset } from '@date-fns/tz/tzOffset'
import { formatISO } from 'date-fns/formatISO'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/** A wall-clock time on a date in a zone, placed on the timeline. */
export interface ZonedInstant {
  /** The instant, as an ISO date-time with the zone's offset at that instant. */
  readonly start: string
  /** The date and time the zone's clocks show at that instant. */
  readonly date: string
  readonly time: string
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * The instant a zone's clocks show `time` on `date`, worked out from the
 * zone's offsets alone (never from the machine's own zone). A time the clocks
 * show twice, when they go back, is its first showing. A time they skip, when
 * they go forward, moves forward by the length of the jump: 02:30 in Berlin on
 * the spring change is 03:30, and a day the zone skipped altogether (Apia
 * jumped from 2011-12-29 to 2011-12-31) moves a whole day on; the answer says
 * which date and time the clocks show instead.
 */
export const zonedInstant = (date: string, time: string, timeZone: string): ZonedInstant => {
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3)))
  // The zone's offsets a day either side: one each side of any change of the clocks near the wall time.
  const before = tzOffset(timeZone, new Date(wall - DAY_MS))
  const after = tzOffset(timeZone, new Date(wall + DAY_MS))
  // A showing is an instant at which the zone's offset puts its clocks at the wall time; there may be two.
  const showings = [before, after].map((offset) => wall - offset * MINUTE_MS).filter((instant) => wall - tzOffset(timeZone, new Date(instant)) * MINUTE_MS === instant)
  // No showing: the clocks skipped this time, so the offset before the jump carries it forward past the gap.
  const instant = showings.length > 0 ? Math.min(...showings) : wall - before * MINUTE_MS
  // A TZDate reads its fields in its own zone, so formatting it never involves the machine's zone.
  const local = new TZDate(instant, timeZone)
  return {
    start: formatISO(local),
    date: `${local.getFullYear()}-${twoDigits(local.getMonth() + 1)}-${twoDigits(local.getDate())}`,
    time: `${twoDigits(local.getHours())}:${twoDigits(local.getMinutes())}`,
  }
}
