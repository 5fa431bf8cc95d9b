/*
 * The text of a calendar file (RFC 5545 section 3.4): a VCALENDAR around its
 * VEVENTs, every content line folded to 75 octets and ended by CRLF, the
 * last line included. The physical lines are gathered in one list and joined
 * once, so the cost grows with the size of the calendar and never with its
 * square, as appending to one long string can.
 */
import { foldLine } from './foldLine.js'

const CRLF = '\r\n'

/** The calendar's text from its own properties and each event's content lines, unfolded and without BEGIN and END. */
export const writeCalendar = (properties: readonly string[], events: readonly (readonly string[])[]): string => {
  const physical: string[] = []
  const add = (line: string): void => {
    for (const piece of foldLine(line)) physical.push(piece)
  }
  add('BEGIN:VCALENDAR')
  properties.forEach(add)
  for (const event of events) {
    add('BEGIN:VEVENT')
    event.forEach(add)
    add('END:VEVENT')
  }
  add('END:VCALENDAR')
  physical.push('')
  return physical.join(CRLF)
}
