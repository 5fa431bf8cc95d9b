// A person's snapshot: what the engine's snapshotEpisode keeps of the first events of an episode, stored beside
// them, so that a day's plan reads the snapshot and the events after it instead of the whole history. Events are
// never changed, so a snapshot of the first N events stays true; it is used only while every event after those N is
// dated after the snapshot's last day (a late log dated on or before it sends the read back to the whole episode).
import { snapshotEpisode } from 'rehab-engine'
import type { Sql } from './database.js'
import type { Opening, StoredEpisode } from './store.js'

export const SNAPSHOT_TABLE = `
CREATE TABLE IF NOT EXISTS episode_snapshots (
  person_id text PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  through text NOT NULL,
  event_count integer NOT NULL,
  snapshot text NOT NULL
)`

/** What a day's plan reads: the snapshot and the events after it, or the whole episode when no snapshot holds. */
export type DayRecord =
  | { readonly _tag: 'FromSnapshot'; readonly opening: Opening; readonly through: string; readonly snapshot: unknown; readonly events: readonly unknown[] }
  | { readonly _tag: 'Whole'; readonly episode: StoredEpisode }

const dateOf = (event: unknown): unknown => (typeof event === 'object' && event !== null ? (event as Record<string, unknown>)['date'] : undefined)

/** Whether every one of `events` is dated after `through`: only then does a snapshot through that day hold them all. */
const allAfter = (events: readonly unknown[], through: string): boolean => events.every((event) => String(dateOf(event)) > through)

/** The stored snapshot with the events after it, when it holds; undefined when there is none or a late log came after it. */
export const readSnapshotDay = async (sql: Sql, id: string, opening: Opening): Promise<DayRecord | undefined> => {
  const [row] = await sql.query<{ through: string; event_count: number; snapshot: string }>('SELECT through, event_count, snapshot FROM episode_snapshots WHERE person_id = $1', [id])
  if (row === undefined) return undefined
  const later = await sql.query<{ event: unknown }>('SELECT event FROM episode_events WHERE person_id = $1 AND position >= $2 ORDER BY position', [id, row.event_count])
  const events = later.map((entry) => entry.event)
  return allAfter(events, row.through) ? { _tag: 'FromSnapshot', opening, through: row.through, snapshot: JSON.parse(row.snapshot), events } : undefined
}

/**
 * The snapshot of `episode` through `through`, as a row to store: it covers
 * the first events when exactly those are dated on or before that day, and
 * none is made otherwise (a late log in the middle of later ones; no event yet).
 */
export const snapshotThrough = (episode: StoredEpisode, through: string): { through: string; eventCount: number; snapshot: string } | undefined => {
  const { events } = episode
  const firstLater = events.findIndex((event) => String(dateOf(event)) > through)
  const count = firstLater === -1 ? events.length : firstLater
  if (count === 0 || !allAfter(events.slice(count), through)) return undefined
  const made = snapshotEpisode({ episode: { ...episode, events: events.slice(0, count) }, through } as never)
  return made._tag === 'Right' ? { through, eventCount: count, snapshot: JSON.stringify(made.right) } : undefined
}

/** Stores a snapshot in place of the person's last one. Two requests may race here: either snapshot is true of its events. */
export const writeSnapshot = async (sql: Sql, id: string, row: { through: string; eventCount: number; snapshot: string }): Promise<void> => {
  await sql.query(
    `INSERT INTO episode_snapshots (person_id, through, event_count, snapshot) VALUES ($1, $2, $3, $4)
     ON CONFLICT (person_id) DO UPDATE SET through = excluded.through, event_count = excluded.event_count, snapshot = excluded.snapshot`,
    [id, row.through, row.eventCount, row.snapshot],
  )
}

const DAY_MS = 86_400_000

/** A well-formed date's midnight in UTC, in milliseconds; NaN for anything else. */
const utcMidnight = (day: string): number => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN)

/** The whole days from one date to another. */
export const daysBetween = (from: string, to: string): number => (utcMidnight(to) - utcMidnight(from)) / DAY_MS

/**
 * The last day a snapshot made on `today` should hold: the day before it, and
 * never a day the clock has not reached; undefined for a day that is no date
 * (the engine answers such a request with its issue).
 */
export const snapshotDay = (today: string, clockToday: string): string | undefined => {
  const time = utcMidnight(today < clockToday ? today : clockToday) - DAY_MS
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}
