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
 * every key of every object and builds every string afresh. A week repeats a
 * handful of movements, doses, dates and times a hundred times, so the
 * snapshot names each once, in `movements`, `doses`, `dates` and `times`,
 * and writes each session as a row of numbers and booleans that point at
 * them: about a third of the text of whole events, parsed in about a third
 * of the time. The rows rebuild the very session events the episode holds.
 */

const SHAPE = SessionLogSchema.shape
const ordinal = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const index = z.int().min(0).max(INPUT_LIMITS.episodeEvents - 1)

/** What few sessions carry beyond a row: an event id, a credit or a red mark the state gave them, and `own: false` for a session logged before an advance to its movement began. */
const SessionExtrasSchema = z.strictObject({
  id: idReference.optional(),
  credited: z.strictObject({ dose: DoseSchema, reason: ReasonSchema }).optional(),
  markedRed: ReasonSchema.optional(),
  own: z.literal(false).optional(),
})

/** One session: `[ordinal, date index, time index or null, movement index, dose index, completed, painDuring, painAfter or null, extras?]`. */
export const SessionRowSchema = z.tuple([
  ordinal,
  index,
  index.nullable(),
  index,
  index,
  SHAPE.completed,
  SHAPE.painDuring,
  SHAPE.painAfter.unwrap().nullable(),
  SessionExtrasSchema.optional(),
])

/** Where a row points: its date, its time, its movement and its dose. */
const DATE = 1
const TIME = 2
const MOVEMENT = 3
const DOSE = 4

/** Where in a row each list is pointed at. */
const POINTERS = [
  [DATE, 'dates'],
  [TIME, 'times'],
  [MOVEMENT, 'movements'],
  [DOSE, 'doses'],
] as const

/** The sessions a snapshot keeps: each movement and dose once, and a row per session in the episode's order. */
export const SnapshotSessionsSchema = z
  .strictObject({
    movements: boundedList(z.strictObject({ movement: SHAPE.movement, variant: SHAPE.variant }), { max: INPUT_LIMITS.episodeEvents }),
    doses: boundedList(DoseSchema, { max: INPUT_LIMITS.episodeEvents }),
    dates: boundedList(SHAPE.date, { max: INPUT_LIMITS.episodeEvents }),
    times: boundedList(SHAPE.time.unwrap(), { max: INPUT_LIMITS.episodeEvents }),
    rows: boundedList(SessionRowSchema, { max: INPUT_LIMITS.episodeEvents }),
  })
  .superRefine((sessions, context) => {
    sessions.rows.forEach((row, at) => {
      for (const [place, list] of POINTERS) {
        const pointer = row[place]
        const length = sessions[list].length
        if (pointer !== null && pointer >= length) context.addIssue(customIssue('too_big', ['rows', at, place], `must point at one of the ${length} ${list}`))
      }
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
  const rows = sessions.map((session) => {
    const { log, ordinal } = session
    const { movement, variant, time } = log
    const row: unknown[] = [
      ordinal,
      indexIn(dateAt, dates, log.date, log.date),
      time === undefined ? null : indexIn(timeAt, times, time, time),
      indexIn(movementAt, movements, JSON.stringify([movement, variant ?? null]), movementRef(movement, variant)),
      indexIn(doseAt, doses, JSON.stringify(log.performed), log.performed),
      log.completed,
      log.painDuring,
      log.painAfter ?? null,
    ]
    const extras = extrasOf(session)
    if (extras !== undefined) row.push(extras)
    return row
  })
  return { movements, doses, dates, times, rows } as unknown as SnapshotSessions
}

/** The session events a snapshot's rows stand for, each built with the keys in the order an episode's event has them. */
export const unpackSessions = ({ movements, doses, dates, times, rows }: SnapshotSessions): KeptSession[] =>
  rows.map(([ordinal, dateAt, timeAt, movementAt, doseAt, completed, painDuring, painAfter, extras]) => {
    const { movement, variant } = movements[movementAt]!
    const log: Record<string, unknown> = { date: dates[dateAt] }
    if (timeAt !== null) log['time'] = times[timeAt]
    log['movement'] = movement
    if (variant !== undefined) log['variant'] = variant
    log['performed'] = doses[doseAt]
    log['completed'] = completed
    log['painDuring'] = painDuring
    if (painAfter !== null) log['painAfter'] = painAfter
    log['type'] = 'session'
    if (extras?.id !== undefined) log['id'] = extras.id
    return { log: log as unknown as SessionLog, ordinal, credited: extras?.credited, markedRed: extras?.markedRed, own: extras?.own }
  })
