import { left, right, type Either } from '../../_lib/either.js'
import { issueAt, type InputIssue } from '../../_lib/issues.js'
import { writeSimplePattern } from '../../wording/simplePattern.js'
import type { Wording } from '../../wording/wording.js'
import type { CheckIn, Program, ProgramSession } from '../program.js'
import { PROGRAM_DEFAULTS } from '../programDefaults.js'
import { escapeText } from './escapeText.js'
import { checkInUid, sessionSlots, sessionUid } from './eventIds.js'
import { addMinutes, formatDate, formatInstant, readDate, readInstant } from './formatDateTime.js'

/** One event of a program: its id, and its content lines other than the id, the stamp, the sequence and the status. */
export interface ProgramEvent {
  readonly uid: string
  readonly lines: readonly string[]
}

const OUT_OF_RANGE = 'is outside the years 0000-9999 in UTC, which iCalendar cannot write'

/** The end of an event: DTEND when four-digit years can write it, otherwise the same length as DURATION, which needs no date. */
const endLine = (end: string | undefined, duration: string, valueType = ''): string => (end === undefined ? `DURATION:${duration}` : `DTEND${valueType}:${end}`)

/** A session as a timed event of PROGRAM_DEFAULTS.sessionMinutes at its instant, or the issue of a start iCalendar cannot write. */
const sessionEvent = (session: ProgramSession, uid: string, wording: Wording, path: readonly (string | number)[]): Either<InputIssue, ProgramEvent> => {
  const start = readInstant(session.start)
  const written = start === undefined ? undefined : formatInstant(start)
  if (start === undefined || written === undefined) return left(issueAt('invalid_value', [...path, 'start'], OUT_OF_RANGE))
  const minutes = PROGRAM_DEFAULTS.sessionMinutes
  const { words } = wording
  const movements = session.items.map((item) => `${wording.itemName(item)}: ${wording.dose(item.dose)}`)
  const label = wording.label(session.label)
  return right({
    uid,
    lines: [
      `DTSTART:${written}`,
      endLine(formatInstant(addMinutes(start, minutes)), `PT${minutes}M`),
      `SUMMARY:${escapeText([session.planned === true ? writeSimplePattern(words.planned, { label }) : label])}`,
      // A planned session's doses are today's, until the days between decide them.
      `DESCRIPTION:${escapeText([...(session.planned === true ? [words.plannedNote, ''] : []), ...movements, '', words.disclaimer])}`,
      'CATEGORIES:rehab',
    ],
  })
}

/** A check-in as an all-day event; the schema's dates all have four-digit years, so its start always writes. */
const checkInEvent = (checkIn: CheckIn, uid: string, { words }: Wording): ProgramEvent => {
  const days = readDate(checkIn.date)!
  return {
    uid,
    lines: [
      `DTSTART;VALUE=DATE:${formatDate(days)!}`,
      endLine(formatDate(days + 1), 'P1D', ';VALUE=DATE'),
      `SUMMARY:${escapeText([checkIn.kind === 'check-in' ? words.checkInTitle : words.reassessmentTitle])}`,
      `DESCRIPTION:${escapeText([words.disclaimer])}`,
    ],
  }
}

/**
 * The events of a program, sessions first, each with its id; or the issues,
 * under `path`, of a session whose instant iCalendar cannot write and of a
 * check-in listed twice (the same kind on the same date), whose two events
 * would share an id.
 */
export const programEvents = (program: Program, wording: Wording, idPrefix: string, path: readonly (string | number)[]): Either<InputIssue[], ProgramEvent[]> => {
  const issues: InputIssue[] = []
  const events: ProgramEvent[] = []
  const slots = sessionSlots(program.sessions)
  program.sessions.forEach((session, index) => {
    const event = sessionEvent(session, sessionUid(idPrefix, session.date, slots[index]!), wording, [...path, 'sessions', index])
    if (event._tag === 'Left') issues.push(event.left)
    else events.push(event.right)
  })
  const seen = new Set<string>()
  program.checkIns.forEach((checkIn, index) => {
    const uid = checkInUid(idPrefix, checkIn)
    if (seen.has(uid)) issues.push(issueAt('duplicate', [...path, 'checkIns', index], `lists a ${checkIn.kind} on ${checkIn.date} a second time`))
    seen.add(uid)
    events.push(checkInEvent(checkIn, uid, wording))
  })
  return issues.length > 0 ? left(issues) : right(events)
}
