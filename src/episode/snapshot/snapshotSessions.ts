import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { customIssue } from '../../_lib/parseInput.js'
import { SessionLogSchema, type SessionLog } from '../../ceiling/sessionLog.js'
import { DoseSchema, type Dose } from '../../shared/dose.js'
import { idReference } from '../../shared/ids.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { movementRef } from '../../shared/movementRef.js'
import { ReasonSchema, type Reason } from '../../shared/reason.js'

/*
 * A snapshot's week of sessions is most of its text, and JSON.parse pays for
 * every key of every object, every string and every array it builds. A week
 * repeats a handful of movements, doses, dates and times a hundred times, so
 * the snapshot names each once, in `movements`, `doses`, `dates` and `times`,
 * and writes the sessions as columns: one list per field, entry `i` of each
 * being the `i`th session, the pointers as indexes into those lists. A
 * column of numbers parses in about half the time of the same numbers in a
 * row per session, which costs an array each. What few sessions carry beyond
 * the columns is in `extras`, by session. They rebuild the very session
 * events the episode holds.
 */

const SHAPE = SessionLogSchema.shape
const many = <T extends z.ZodType>(schema: T) => boundedList(schema, { max: INPUT_LIMITS.episodeEvents })
const ordinal = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const index = z.int().min(0).max(INPUT_LIMITS.episodeEvents - 1)

/** What few sessions carry beyond the columns: an event id, a credit or a red mark the state gave them, and `own: false` for a session logged before an advance to its movement began. */
const SessionExtrasSchema = z.strictObject({
  id: idReference.optional(),
  credited: z.strictObject({ dose: DoseSchema, reason: ReasonSchema }).optional(),
  markedRed: ReasonSchema.optional(),
  own: z.literal(false).optional(),
})

/** The sessions' fields, a list each, in the episode's order: `date`, `time`, `movement` and `dose` point into the lists of the same name, plural. */
const SessionColumnsSchema = z.strictObject({
  ordinal: many(ordinal),
  date: many(index),
  time: many(index.nullable()),
  movement: many(index),
  dose: many(index),
  completed: many(SHAPE.completed),
  painDuring: many(SHAPE.painDuring),
  painAfter: many(SHAPE.painAfter.unwrap().nullable()),
})

/** The columns, in the order a snapshot writes them. */
export const COLUMNS = ['ordinal', 'date', 'time', 'movement', 'dose', 'completed', 'painDuring', 'painAfter'] as const

/** Each column of pointers, and the list it points into. */
export const POINTERS = [
  ['date', 'dates'],
  ['time', 'times'],
  ['movement', 'movements'],
  ['dose', 'doses'],
] as const

/** The sessions a snapshot keeps: each movement, dose, date and time once, the sessions as columns, and the extras of the few that have any, by session index in ascending order. */
export const SnapshotSessionsSchema = z
  .strictObject({
    movements: many(z.strictObject({ movement: SHAPE.movement, variant: SHAPE.variant })),
    doses: many(DoseSchema),
    dates: many(SHAPE.date),
    times: many(SHAPE.time.unwrap()),
    columns: SessionColumnsSchema,
    extras: many(z.tuple([index, SessionExtrasSchema])),
  })
  .superRefine((sessions, context) => {
    const { columns, extras } = sessions
    const count = columns.ordinal.length
    for (const column of COLUMNS) {
      if (columns[column].length !== count) context.addIssue(customIssue('inconsistent', ['columns', column], `must hold one entry per session, ${count} in all, as ordinal does`))
    }
    for (const [column, list] of POINTERS) {
      const length = sessions[list].length
      columns[column].forEach((pointer, at) => {
        if (pointer !== null && pointer >= length) context.addIssue(customIssue('too_big', ['columns', column, at], `must point at one of the ${length} ${list}`))
      })
    }
    extras.forEach(([session], at) => {
      if (session >= count) context.addIssue(customIssue('too_big', ['extras', at, 0], `must point at one of the ${count} sessions`))
      else if (at > 0 && session <= extras[at - 1]![0]) context.addIssue(customIssue('inconsistent', ['extras', at, 0], 'must come after the session the extras before it point at'))
    })
  })

/** The sessions a snapshot keeps. @category Episode @since 0.3.0 */
export type SnapshotSessions = DeepReadonly<z.output<typeof SnapshotSessionsSchema>>

/** A session as the state holds it: the event, its place in the episode, and what the state said of it. */
export interface KeptSession {
  readonly log: SessionLog
  readonly ordinal: number
  readonly credited?: { readonly dose: Dose; readonly reason: Reason } | undefined
  readonly markedRed?: Reason | undefined
  readonly own?: false | undefined
}

/** The index of `key` in `list`, adding `value` to the list the first time the key is seen. */
const indexIn = <Value>(indices: Map<string, number>, list: Value[], key: string, value: Value): number => {
  let at = indices.get(key)
  if (at === undefined) {
    indices.set(key, (at = list.length))
    list.push(value)
  }
  return at
}

/** Whatever of a session does not fit a row, or undefined when it is all in the row. */
const extrasOf = ({ log, credited, markedRed, own }: KeptSession): Record<string, unknown> | undefined => {
  const extras: Record<string, unknown> = {}
  const id = (log as { readonly id?: string }).id
  if (id !== undefined) extras['id'] = id
  if (credited !== undefined) extras['credited'] = credited
  if (markedRed !== undefined) extras['markedRed'] = markedRed
  if (own === false) extras['own'] = false
  for (const _key in extras) return extras
  return undefined
}

/** Sessions as a snapshot writes them. */
export const packSessions = (sessions: readonly KeptSession[]): SnapshotSessions => {
  const movements: { movement: string; variant?: string }[] = []
  const doses: Dose[] = []
  const movementAt = new Map<string, number>()
  const doseAt = new Map<string, number>()
  const dates: string[] = []
  const dateAt = new Map<string, number>()
  const times: string[] = []
  const timeAt = new Map<string, number>()
  const columns: Record<(typeof COLUMNS)[number], unknown[]> = { ordinal: [], date: [], time: [], movement: [], dose: [], completed: [], painDuring: [], painAfter: [] }
  const extras: [number, Record<string, unknown>][] = []
  sessions.forEach((session, at) => {
    const { log, ordinal } = session
    const { movement, variant, time } = log
    columns.ordinal.push(ordinal)
    columns.date.push(indexIn(dateAt, dates, log.date, log.date))
    columns.time.push(time === undefined ? null : indexIn(timeAt, times, time, time))
    columns.movement.push(indexIn(movementAt, movements, JSON.stringify([movement, variant ?? null]), movementRef(movement, variant)))
    columns.dose.push(indexIn(doseAt, doses, JSON.stringify(log.performed), log.performed))
    columns.completed.push(log.completed)
    columns.painDuring.push(log.painDuring)
    columns.painAfter.push(log.painAfter ?? null)
    const extra = extrasOf(session)
    if (extra !== undefined) extras.push([at, extra])
  })
  return { movements, doses, dates, times, columns, extras } as unknown as SnapshotSessions
}

/** The session events a snapshot's columns stand for, each built with the keys in the order an episode's event has them. */
export const unpackSessions = ({ movements, doses, dates, times, columns, extras }: SnapshotSessions): KeptSession[] => {
  const { ordinal, date, time, movement: movementAt, dose, completed, painDuring, painAfter } = columns
  const kept: KeptSession[] = []
  let nextExtras = 0
  for (let at = 0; at < ordinal.length; at++) {
    const extra = extras[nextExtras]?.[0] === at ? extras[nextExtras++]![1] : undefined
    const { movement, variant } = movements[movementAt[at]!]!
    const log: Record<string, unknown> = { date: dates[date[at]!] }
    const timeAt = time[at]!
    if (timeAt !== null) log['time'] = times[timeAt]
    log['movement'] = movement
    if (variant !== undefined) log['variant'] = variant
    log['performed'] = doses[dose[at]!]
    log['completed'] = completed[at]
    log['painDuring'] = painDuring[at]
    const after = painAfter[at]!
    if (after !== null) log['painAfter'] = after
    log['type'] = 'session'
    if (extra?.id !== undefined) log['id'] = extra.id
    kept.push({ log: log as unknown as SessionLog, ordinal: ordinal[at]!, credited: extra?.credited, markedRed: extra?.markedRed, own: extra?.own })
  }
  return kept
}
