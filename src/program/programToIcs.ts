import { createEvents, type EventAttributes } from 'ics'
import * as z from 'zod'
import type { Catalog } from '../catalog/movements.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import { left, right, type Either } from '../internal/either.js'
import { addIsoDays } from '../internal/isoDays.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import { describeDose } from '../shared/describeDose.js'
import { DISCLAIMER } from '../shared/disclaimer.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { ProgramSchema, type Program } from './program.js'
import { SESSION_MINUTES } from './programDefaults.js'
import { itemName } from './programToMarkdown.js'

/** Options of `programToIcs`. @category Program @since 0.1.0 */
export interface ProgramToIcsOptions {
  /** The calendar's DTSTAMP, as an ISO date-time; the program's start (midnight UTC) by default, so the same program gives the same file. */
  readonly stamp?: string
  /** Put in front of every event id, such as a client's id, so calendars of several people never clash. */
  readonly idPrefix?: string
  readonly catalog?: Catalog
}

const OptionsSchema = z
  .strictObject({
    stamp: z.iso.datetime({ offset: true }).optional(),
    idPrefix: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 letters, digits, dots, dashes or underscores' }).optional(),
    catalog: z.unknown().optional(),
  })
  .optional()

const dateParts = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number]

/** A short FNV-1a hash of the program, so two different programs never share event ids, and one program always has the same. */
const fingerprint = (text: string): string => {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(36)
}

/**
 * A program as an iCalendar file (RFC 5545), built with the `ics` package: one
 * event of 20 minutes per session at its exact instant (in UTC, so every
 * calendar app shows it at the local time asked), its movements and the
 * disclaimer in the description, and an all-day event per check-in. Event ids
 * come from the program itself (plus `idPrefix`, such as a client id), and the
 * stamp is fixed, so the same program always gives the same file and two
 * programs never clash in one calendar.
 *
 * Returns `Left(InvalidInput)` when `program` or the options are malformed, or
 * when the `ics` package refuses an event.
 *
 * @example
 * import { buildProgram, programToIcs, selectRehabMovements } from 'rehab-engine'
 *
 * const selection = selectRehabMovements({
 *   date: '2026-11-02',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 * })
 * if (selection._tag !== 'Right') throw new Error('expected a selection')
 * const program = buildProgram({ start: '2026-11-02', weeks: 1, timeZone: 'America/New_York', selection: selection.right })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const ics = programToIcs(program.right)
 * assert.equal(ics._tag, 'Right')
 * if (ics._tag === 'Right') {
 *   assert.match(ics.right, /BEGIN:VCALENDAR/)
 *   assert.match(ics.right, /DTSTART:20261102T130000Z/) // 08:00 in New York
 * }
 *
 * @category Program
 * @since 0.1.0
 */
export const programToIcs = (program: Program, options?: ProgramToIcsOptions): Either<InvalidInput, string> => {
  const parsedProgram = parseInput(ProgramSchema, program)
  const parsedOptions = parseInput(OptionsSchema, options, ['options'])
  if (parsedProgram._tag === 'Left' || parsedOptions._tag === 'Left') {
    return left(invalidInput([...(parsedProgram._tag === 'Left' ? parsedProgram.left : []), ...(parsedOptions._tag === 'Left' ? parsedOptions.left : [])]))
  }
  const valid = parsedProgram.right
  const resolved = resolveCatalog(parsedOptions.right?.catalog, ['options', 'catalog'])
  if (resolved._tag === 'Left') return left(invalidInput(resolved.left))
  const catalog = resolved.right.movements
  const timestamp = Date.parse(parsedOptions.right?.stamp ?? `${valid.start}T00:00:00Z`)
  const idBase = `${parsedOptions.right?.idPrefix === undefined ? '' : `${parsedOptions.right.idPrefix}-`}${fingerprint(JSON.stringify(valid))}`
  const sessionEvents: EventAttributes[] = valid.sessions.map((session) => ({
    uid: `${idBase}-session-${session.start}@rehab-engine`,
    start: Date.parse(session.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: SESSION_MINUTES },
    timestamp,
    title: session.label,
    description: [...session.items.map((item) => `${itemName(item, catalog)}: ${describeDose(item.dose)}`), '', DISCLAIMER].join('\n'),
    categories: ['rehab'],
  }))
  const checkInEvents: EventAttributes[] = valid.checkIns.map((checkIn) => {
    const next = addIsoDays(checkIn.date, 1)
    return {
      uid: `${idBase}-${checkIn.kind}-${checkIn.date}@rehab-engine`,
      start: dateParts(checkIn.date),
      end: dateParts(next),
      timestamp,
      title: checkIn.kind === 'check-in' ? 'Rehab check-in: how does the back feel?' : 'Rehab reassessment: score the assessment movements again',
      description: DISCLAIMER,
    }
  })
  const { error, value } = createEvents([...sessionEvents, ...checkInEvents], { productId: 'rehab-engine', calName: 'Back rehab program' })
  if (error !== null || typeof value !== 'string') {
    return left(invalidInput([{ path: '', message: `could not be written as iCalendar: ${error?.message ?? 'no output'}` }]))
  }
  return right(value)
}
