// Shared by the program tests: a program from the two real plans, and ways to read one back.
import ICAL from 'ical.js'
import { WEEKDAYS, buildProgram, type BuildProgramInput, type Program, type Weekday } from '../../src/index.js'
import { PLANS } from '../arbitraries/program.js'

export const [FOUR, FIVE] = PLANS

type Options = NonNullable<BuildProgramInput['options']>

/** A program of FOUR from 2026-11-02 (a Monday), or from `start`; throws with the Left when the engine refuses. */
export const build = (options: Options = {}, start = '2026-11-02', plan = FOUR): Program => {
  const result = buildProgram({ start, plan, options })
  if (result._tag !== 'Right') throw new Error(`expected a program, got ${JSON.stringify(result.left)}`)
  return result.right
}

/** The issues of a refused input, or [] when it was accepted. */
export const issuesOf = (result: { readonly _tag: 'Left'; readonly left: unknown } | { readonly _tag: 'Right' }): unknown[] =>
  result._tag === 'Left' ? [...((result.left as { issues?: readonly unknown[] }).issues ?? [])] : []

export const weekdayOf = (date: string): Weekday => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!

/** The dates on which any session holds `movement`, each once, in program order. */
export const datesWith = (program: Program, movement: string): string[] => [
  ...new Set(program.sessions.filter((session) => session.items.some((item) => item.movement === movement)).map((session) => session.date)),
]

/** How many times `movement` is done on `date`, over all of that day's sessions. */
export const countOn = (program: Program, date: string, movement: string): number =>
  program.sessions.filter((session) => session.date === date).flatMap((session) => session.items).filter((item) => item.movement === movement).length

/** Days since the epoch of a calendar date, for spacing checks. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000

/** The events of an iCalendar text, as ical.js reads them. */
export const icsEvents = (text: string): ICAL.Event[] =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))

/** The UID of every event, in file order. */
export const icsUids = (text: string): string[] => icsValues(text, 'UID')

/** The logical lines of an iCalendar text: each CRLF followed by a space or a tab taken out (RFC 5545 3.1), the text split at the CRLFs left. */
export const unfoldIcs = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n')

/** The value of every logical line of property `name`, in file order. */
export const icsValues = (text: string, name: string): string[] =>
  unfoldIcs(text).flatMap((line) => (line.startsWith(`${name}:`) ? [line.slice(name.length + 1)] : []))
