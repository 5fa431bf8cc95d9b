import { daysInMonth } from './isoDays.js'
import { DEFER, type Reader } from './plainReader.js'

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/**
 * A real calendar date from `earliest` to `latest`, as a z.iso.date() with
 * that range. By hand rather than through the schema: 10,000 logs carry some
 * 13,000 dates, and this check allocates nothing.
 */
export const readCalendarDate = (earliest: string, latest: string): Reader<string> => {
  // Logs come in runs of one date (fifteen sessions a day): the last date read is read again for free.
  let lastRead = ''
  return (value) => {
    if (value === lastRead) return value
    if (typeof value !== 'string' || !DATE_SHAPE.test(value) || value < earliest || value > latest) return DEFER
    const month = Number(value.slice(5, 7))
    const day = Number(value.slice(8, 10))
    if (day < 1 || month < 1 || month > 12 || day > daysInMonth(Number(value.slice(0, 4)), month)) return DEFER
    lastRead = value
    return value
  }
}
