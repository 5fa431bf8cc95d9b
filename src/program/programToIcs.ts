import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import { catalogOption } from '../catalog/catalogOption.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { localeOption } from '../wording/localeOption.js'
import { parseExport } from './exportOptions.js'
import { escapeText } from './ics/escapeText.js'
import { formatInstant, readInstant } from './ics/formatDateTime.js'
import { programEvents, type ProgramEvent } from './ics/programEvents.js'
import { MAX_SEQUENCE, sequenceOf } from './ics/sequenceOf.js'
import { writeCalendar } from './ics/writeCalendar.js'
import { ProgramSchema } from './program.js'

/**
 * Options of {@link programToIcs}. `idPrefix` (required) starts every event
 * id: a person's id, so that calendars of several people never clash and one
 * person's events keep their ids from one export to the next. `stamp` is the
 * export's DTSTAMP, an ISO date-time (the program's start, midnight UTC, by
 * default, so the same input gives the same file); every event's SEQUENCE is
 * the whole minutes from 2020-01-01T00:00Z to it (0 before), unless
 * `sequence` gives the number. `previous` is the program exported last time:
 * its events the new program no longer has are written again, cancelled.
 * `catalog` is an app's own catalog, for the movements' names. `locale` is
 * the catalog of words to write in (such as `de` from
 * `rehab-engine/locales`): titles, labels, doses, the built-in movements'
 * names and the disclaimer; English without one.
 *
 * @example
 * import { IcsOptionsSchema } from 'rehab-engine/ics'
 *
 * assert.equal(IcsOptionsSchema.safeParse({ idPrefix: 'client-42', stamp: '2026-11-01T09:00:00Z' }).success, true)
 * // Every export names whose events they are, and an event id may not hold a space.
 * assert.equal(IcsOptionsSchema.safeParse({ stamp: '2026-11-01T09:00:00Z' }).success, false)
 * assert.equal(IcsOptionsSchema.safeParse({ idPrefix: 'client 42' }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const IcsOptionsSchema = z.strictObject({
  idPrefix: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 letters, digits, dots, dashes or underscores' }),
  stamp: z.iso.datetime({ offset: true }).optional(),
  sequence: z.int().min(0).max(MAX_SEQUENCE).optional(),
  previous: ProgramSchema.optional(),
  catalog: catalogOption,
  locale: localeOption,
})

/**
 * What {@link programToIcs} takes: a program, and its options.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 * import { ProgramToIcsInputSchema } from 'rehab-engine/ics'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * assert.equal(ProgramToIcsInputSchema.safeParse({ program: program.right, options: { idPrefix: 'client-42' } }).success, true)
 * // The options are required: they name whose calendar it is.
 * assert.equal(ProgramToIcsInputSchema.safeParse({ program: program.right }).success, false)
 *
 * @category Program
 * @since 0.2.0
 */
export const ProgramToIcsInputSchema = z.strictObject({ program: ProgramSchema, options: IcsOptionsSchema })

/** The options of `programToIcs`. @category Program @since 0.3.0 */
export type IcsOptions = DeepReadonly<z.input<typeof IcsOptionsSchema>>

/** What `programToIcs` takes. @category Program @since 0.2.0 */
export type ProgramToIcsInput = DeepReadonly<z.input<typeof ProgramToIcsInputSchema>>

/** The calendar's own properties, its name in the export's words. */
const calendarProperties = (name: string): string[] => ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:rehab-engine', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText([name])}`, 'X-PUBLISHED-TTL:PT1H']

/** An event's content lines with the export's stamp and sequence; a cancelled one says so, for the calendar app to remove it. */
const eventLines = ({ uid, lines }: ProgramEvent, stamp: string, sequence: number, cancelled: boolean): string[] => [
  `UID:${uid}`,
  `DTSTAMP:${stamp}`,
  `SEQUENCE:${sequence}`,
  ...(cancelled ? ['STATUS:CANCELLED'] : []),
  ...lines,
]

/**
 * A program as an iCalendar file (RFC 5545): one event of
 * `PROGRAM_DEFAULTS.sessionMinutes` per session at its exact instant (in UTC,
 * so every calendar app shows it at the local time asked), its movements and
 * the disclaimer in the description, and an all-day event per check-in. Lines
 * end in CRLF and fold at 75 octets of UTF-8; no text of the input can end a
 * line. The output does not depend on the machine's time zone or locale.
 *
 * Event ids are the `idPrefix`, the date, and the session's place in its day
 * (first, second, third) or the check-in's kind, so a program laid out again
 * with other session times updates its events rather than adding copies.
 * With `previous`, each of its events the program no longer has is written
 * again as `STATUS:CANCELLED`, so a calendar app removes it.
 *
 * Returns `Left(InvalidInput)` when the program or the options are malformed
 * (`previous` is checked as a program, under `['options', 'previous']`),
 * when a session's instant or the stamp falls outside the years 0000-9999 in
 * UTC, or when a program lists one check-in twice.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 * import { programToIcs } from 'rehab-engine/ics'
 *
 * const plan = planRehab({
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   assessment: {
 *     date: '2026-11-02',
 *     results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 *   },
 * })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1, timeZone: 'America/New_York' } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const ics = programToIcs({ program: program.right, options: { idPrefix: 'client-42' } })
 * assert.equal(ics._tag, 'Right')
 * if (ics._tag === 'Right') {
 *   assert.match(ics.right, /^BEGIN:VCALENDAR\r\n/)
 *   assert.match(ics.right, /DTSTART:20261102T130000Z/) // 08:00 in New York
 *   assert.match(ics.right, /UID:client-42~2026-11-02~session-1@rehab-engine/)
 * }
 *
 * @category Program
 * @since 0.1.0
 */
export const programToIcs: (input: ProgramToIcsInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseExport(input, IcsOptionsSchema)
  if (parsed._tag === 'Left') return parsed
  const { program, options, wording } = parsed.right
  const stampInstant = readInstant(options.stamp ?? `${program.start}T00:00:00Z`)
  const stamp = stampInstant === undefined ? undefined : formatInstant(stampInstant)
  const events = collectIssues(
    programEvents(program, wording, options.idPrefix, ['program']),
    options.previous === undefined ? right([]) : programEvents(options.previous, wording, options.idPrefix, ['options', 'previous']),
  )
  if (stampInstant === undefined || stamp === undefined) {
    const outside = issueAt('invalid_value', ['options', 'stamp'], 'is outside the years 0000-9999 in UTC, which iCalendar cannot write')
    return left(invalidInput([...(events._tag === 'Left' ? events.left : []), outside]))
  }
  if (events._tag === 'Left') return left(invalidInput(events.left))
  const [current, previous] = events.right
  const sequence = options.sequence ?? sequenceOf(stampInstant)
  const kept = new Set(current.map((event) => event.uid))
  const removed = previous.filter((event) => !kept.has(event.uid))
  return right(
    writeCalendar(calendarProperties(wording.words.calendarName), [
      ...current.map((event) => eventLines(event, stamp, sequence, false)),
      ...removed.map((event) => eventLines(event, stamp, sequence, true)),
    ]),
  )
})
