import { addDays, formatISO, parseISO } from 'date-fns'

/*
 * Calendar arithmetic on `YYYY-MM-DD` strings. date-fns works in the machine's
 * zone, but adding whole calendar days to a local midnight and formatting the
 * local date back gives the same day in every zone, across daylight-saving
 * changes too. ISO dates also compare correctly as plain strings, so most of
 * the engine never needs to parse them at all.
 */

/** The date `days` after (or before, when negative) `date`. */
export const addIsoDays = (date: string, days: number): string =>
  formatISO(addDays(parseISO(date), days), { representation: 'date' })
