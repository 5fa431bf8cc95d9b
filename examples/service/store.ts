// Each person's episode kept as rows: the episode's opening (intake, baseline, options) once, then its events,
// append-only, each at its place in the episode. The store checks nothing about rehab itself: the server hands
// it a `check` that asks the engine, run inside the transaction that writes.
import type { Database, Sql } from './database.js'
import { readSnapshotDay, SNAPSHOT_TABLE, writeSnapshot, type DayRecord } from './snapshots.js'

/** An episode as JSON, as the engine takes it. */
export interface StoredEpisode {
  readonly intake: unknown
  readonly baselinePain?: unknown
  readonly options?: unknown
  readonly events: readonly unknown[]
}

/** The episode without its events. */
export type Opening = Omit<StoredEpisode, 'events'>

/** What an append did: the events written, and those already stored under their id. */
export interface Appended {
  readonly appended: number
  readonly repeated: number
  readonly total: number
}

/** Where an append's new events sit: after `stored` events, each from its place in the request's list. */
export interface Batch {
  readonly stored: number
  readonly places: readonly number[]
}

/** Why an append wrote nothing. */
export type AppendRefusal<Refusal> =
  | { readonly _tag: 'NotFound' }
  | { readonly _tag: 'IdConflict'; readonly index: number; readonly id: string }
  | { readonly _tag: 'Refused'; readonly refusal: Refusal }

const SCHEMA = `
CREATE TABLE IF NOT EXISTS people (
  id text PRIMARY KEY,
  opening jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS episode_events (
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position integer NOT NULL,
  event_id text,
  event jsonb NOT NULL,
  PRIMARY KEY (person_id, position),
  UNIQUE (person_id, event_id)
);`

/** JSON with every object's keys sorted: PostgreSQL's jsonb keeps no key order, so two equal events compare equal. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : typeof value === 'object' && value !== null
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value)

const idOf = (event: unknown): string | undefined => {
  const id = typeof event === 'object' && event !== null ? (event as Record<string, unknown>)['id'] : undefined
  return typeof id === 'string' ? id : undefined
}

const readOpening = async (sql: Sql, id: string, lock: boolean): Promise<Opening | undefined> => {
  // FOR UPDATE holds the person's row until the transaction ends: two appends to one person take turns.
  const [person] = await sql.query<{ opening: Opening }>(`SELECT opening FROM people WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])
  return person?.opening
}

const readEvents = async (sql: Sql, id: string): Promise<unknown[]> =>
  (await sql.query<{ event: unknown }>('SELECT event FROM episode_events WHERE person_id = $1 ORDER BY position', [id])).map((row) => row.event)

const readEpisode = async (sql: Sql, id: string, lock: boolean): Promise<{ opening: Opening; events: unknown[] } | undefined> => {
  const opening = await readOpening(sql, id, lock)
  return opening === undefined ? undefined : { opening, events: await readEvents(sql, id) }
}

const insertEvents = async (sql: Sql, id: string, from: number, events: readonly unknown[]): Promise<void> => {
  if (events.length === 0) return
  // One statement for the whole batch: the rows go in as one JSON list.
  await sql.query(
    `INSERT INTO episode_events (person_id, position, event_id, event)
     SELECT $1, $2 + ordinality - 1, item ->> 'id', item FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS batch (item, ordinality)`,
    [id, from, JSON.stringify(events)],
  )
}

export interface Store {
  /** Stores a new person's episode if `check` passes it and the id is free; false when the id is taken. */
  create<Refusal>(id: string, episode: StoredEpisode, check: (episode: StoredEpisode) => Refusal | undefined): Promise<{ _tag: 'Created' } | { _tag: 'IdTaken' } | { _tag: 'Refused'; refusal: Refusal }>
  /**
   * Appends events to a person's episode, in one transaction: an event whose
   * id is stored already with the same content is left out (a retried
   * request), one whose id is stored with other content refuses the batch, and
   * `check` sees the whole episode as it would be before anything is written.
   * Nothing is written unless all of it is.
   */
  append<Refusal>(id: string, events: readonly unknown[], check: (episode: StoredEpisode, batch: Batch) => Refusal | undefined): Promise<AppendRefusal<Refusal> | ({ _tag: 'Appended' } & Appended)>
  /** A person's episode, or undefined for an unknown id. */
  episode(id: string): Promise<StoredEpisode | undefined>
  /** What a day's plan reads: the person's snapshot and the events after it while it holds, the whole episode otherwise. */
  day(id: string): Promise<DayRecord | undefined>
  /** Keeps a snapshot of the person's first `eventCount` events in place of the last one. */
  keepSnapshot(id: string, row: { through: string; eventCount: number; snapshot: string }): Promise<void>
  /** Whether the database answers. */
  ping(): Promise<void>
}

/** The store on `db`, its tables made if missing. */
export const openStore = async (db: Database): Promise<Store> => {
  for (const statement of [...SCHEMA.split(';'), SNAPSHOT_TABLE].filter((text) => text.trim() !== '')) await db.query(statement)
  return {
    create: (id, episode, check) =>
      db.transaction(async (sql) => {
        const refusal = check(episode)
        if (refusal !== undefined) return { _tag: 'Refused', refusal }
        const { events, ...opening } = episode
        const inserted = await sql.query('INSERT INTO people (id, opening) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id', [id, JSON.stringify(opening)])
        if (inserted.length === 0) return { _tag: 'IdTaken' }
        await insertEvents(sql, id, 0, events)
        return { _tag: 'Created' }
      }),
    append: (id, events, check) =>
      db.transaction(async (sql) => {
        const stored = await readEpisode(sql, id, true)
        if (stored === undefined) return { _tag: 'NotFound' }
        const byId = new Map<string, string>()
        for (const event of stored.events) {
          const eventId = idOf(event)
          if (eventId !== undefined) byId.set(eventId, canonical(event))
        }
        const fresh: unknown[] = []
        const places: number[] = []
        for (const [index, event] of events.entries()) {
          const eventId = idOf(event)
          const known = eventId === undefined ? undefined : byId.get(eventId)
          if (known === undefined) {
            fresh.push(event)
            places.push(index)
          }
          else if (known !== canonical(event)) return { _tag: 'IdConflict', index, id: eventId! }
        }
        const refusal = check({ ...stored.opening, events: [...stored.events, ...fresh] }, { stored: stored.events.length, places })
        if (refusal !== undefined) return { _tag: 'Refused', refusal }
        await insertEvents(sql, id, stored.events.length, fresh)
        return { _tag: 'Appended', appended: fresh.length, repeated: events.length - fresh.length, total: stored.events.length + fresh.length }
      }),
    episode: async (id) => {
      const stored = await readEpisode(db, id, false)
      return stored === undefined ? undefined : { ...stored.opening, events: stored.events }
    },
    day: async (id) => {
      const opening = await readOpening(db, id, false)
      if (opening === undefined) return undefined
      return (await readSnapshotDay(db, id, opening)) ?? { _tag: 'Whole', episode: { ...opening, events: await readEvents(db, id) } }
    },
    keepSnapshot: (id, row) => writeSnapshot(db, id, row),
    ping: async () => {
      await db.query('SELECT 1')
    },
  }
}
