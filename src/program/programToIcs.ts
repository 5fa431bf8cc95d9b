import { createEvents, type EventAttributes } from 'ics'
import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { describeError } from '../_lib/inspectPlainData.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import { addIsoDays } from '../_lib/isoDays.js'
import { catalogOption } from '../catalog/catalogOption.js'
import { DISCLAIMER } from '../shared/disclaimer.js'
import { formatDose } from '../shared/formatDose.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { parseExport } from './exportOptions.js'
import { itemName } from './itemName.js'
import { ProgramSchema } from './program.js'
import { PROGRAM_DEFAULTS } from './programDefaults.js'

/**
 * Options of {@link programToIcs}: `stamp`, the calendar's DTSTAMP as an ISO
 * date-time (the program's start, midnight UTC, by default, so the same
 * program gives the same file); `idPrefix`, put in front of every event id,
 * such as a client's id, so calendars of several people never clash; and an
 * app's own `catalog`, for the movements' names.
 *
 * @example
 * import { IcsOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(IcsOptionsSchema.safeParse({ stamp: '2026-11-01T09:00:00Z', idPrefix: 'client-42' }).success, true)
 * // An event id may not hold a space.
 * assert.equal(IcsOptionsSchema.safeParse({ idPrefix: 'client 42' }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const IcsOptionsSchema = z.strictObject({
  stamp: z.iso.datetime({ offset: true }).optional(),
  idPrefix: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 letters, digits, dots, dashes or underscores' }).optional(),
  catalog: catalogOption,
})

/**
 * What {@link programToIcs} takes: a program, and its options.
 *
 * @example
 * import { ProgramToIcsInputSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * assert.equal(ProgramToIcsInputSchema.safeParse({ program: program.right, options: { idPrefix: 'client-42' } }).success, true)
 * // The stamp is an instant, so it needs its offset.
 * assert.equal(ProgramToIcsInputSchema.safeParse({ program: program.right, options: { stamp: '2026-11-01T09:00:00' } }).success, false)
 *
 * @category Program
 * @since 0.2.0
 */
export const ProgramToIcsInputSchema = z.strictObject({ program: ProgramSchema, options: IcsOptionsSchema.optional() })

/** What `programToIcs` takes. @category Program @since 0.2.0 */
export type ProgramToIcsInput = DeepReadonly<z.input<typeof ProgramToIcsInputSchema>>

const dateParts = (date: string): [number, number, number] => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]

/** A short FNV-1a hash of the program, so two different programs never share event ids, and one program always has the same. */
const fingerprint = (text: string): string => {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(36)
}

// Control characters, a carriage return or line feed above all, would end the calendar line they sit in and let the
// rest of a label or name write lines of its own (a new event, say): each becomes a space.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
const oneLine = (text: string): string => text.replace(CONTROL, ' ')

/** Why the ics package refused: the messages of each problem its checks found, or its error's own message. */
const icsRefusal = (error: unknown): string => {
  const found: unknown = typeof error === 'object' && error !== null && 'errors' in error ? error.errors : undefined
  const messages = Array.isArray(found) ? found.filter((entry): entry is string => typeof entry === 'string') : []
  return messages.length > 0 ? [...new Set(messages)].slice(0, 3).join('; ') : describeError(error)
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
 * Returns `Left(InvalidInput)` when the program or the options are
 * malformed, or when the `ics` package refuses an event.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, programToIcs, planRehab } from 'rehab-engine'
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
 * const ics = programToIcs({ program: program.right })
 * assert.equal(ics._tag, 'Right')
 * if (ics._tag === 'Right') {
 *   assert.match(ics.right, /BEGIN:VCALENDAR/)
 *   assert.match(ics.right, /DTSTART:20261102T130000Z/) // 08:00 in New York
 * }
 *
 * @category Program
 * @since 0.1.0
 */
export const programToIcs: (input: ProgramToIcsInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseExport(input, IcsOptionsSchema)
  if (parsed._tag === 'Left') return parsed
  const { program, options, catalog } = parsed.right
  const timestamp = Date.parse(options?.stamp ?? `${program.start}T00:00:00Z`)
  const idBase = `${options?.idPrefix === undefined ? '' : `${options.idPrefix}-`}${fingerprint(JSON.stringify(program))}`
  const sessionEvents: EventAttributes[] = program.sessions.map((session) => ({
    uid: `${idBase}-session-${session.start}@rehab-engine`,
    start: Date.parse(session.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: PROGRAM_DEFAULTS.sessionMinutes },
    timestamp,
    title: oneLine(session.label),
    description: [...session.items.map((item) => oneLine(`${itemName(item, catalog)}: ${formatDose(item.dose)}`)), '', DISCLAIMER].join('\n'),
    categories: ['rehab'],
  }))
  const checkInEvents: EventAttributes[] = program.checkIns.map((checkIn) => ({
    uid: `${idBase}-${checkIn.kind}-${checkIn.date}@rehab-engine`,
    start: dateParts(checkIn.date),
    end: dateParts(addIsoDays(checkIn.date, 1)),
    timestamp,
    title: checkIn.kind === 'check-in' ? 'Rehab check-in: how does the back feel?' : 'Rehab reassessment: score the assessment movements again',
    description: DISCLAIMER,
  }))
  const { error, value } = createEvents([...sessionEvents, ...checkInEvents], { productId: 'rehab-engine', calName: 'Back rehab program' })
  // The ics package gives either its output or, with no output, the error.
  if (typeof value !== 'string') return left(invalidInput([issueAt('invalid_value', ['program'], `could not be written as iCalendar: ${icsRefusal(error)}`)]))
  return right(value)
})
