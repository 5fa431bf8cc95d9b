// The example service's day read with a year's episode stored: today's plan from the person's snapshot and the
// events after it, against the same plan from the whole episode, in one process over PGlite (no network).
// Run on its own with `npx tsx bench/service.ts`; `npm run bench` runs it and prints the JSON line it writes.
import { openPglite } from '../examples/service/database.js'
import { buildServer } from '../examples/service/server.js'
import { openStore, type Store } from '../examples/service/store.js'
import { oneYear } from './episode.mjs'

const READS = 30
const TODAY = '2026-12-01'

// Every request, the appends too, sees the same clock: the snapshot an append keeps is of the day before the clock's.
const now = () => new Date(`${TODAY}T10:00:00Z`)

/** The mean time of a `GET /today` over `store`, which may hide the person's snapshot. */
const meanRead = async (store: Store): Promise<number> => {
  const app = buildServer({ store, now })
  await app.inject({ method: 'GET', url: `/people/year/today?today=${TODAY}` })
  const started = performance.now()
  for (let read = 0; read < READS; read++) {
    const answer = await app.inject({ method: 'GET', url: `/people/year/today?today=${TODAY}` })
    if (answer.statusCode !== 200) throw new Error(`the year's day must be planned, not ${answer.statusCode}`)
  }
  return (performance.now() - started) / READS
}

const db = await openPglite()
const store = await openStore(db)
const { events, ...opening } = oneYear() as { events: unknown[] }
const setup = buildServer({ store, now })
await setup.inject({ method: 'POST', url: '/people', payload: { id: 'year', ...opening, events: events.slice(0, 1000) } })
for (let from = 1000; from < events.length; from += 1000) await setup.inject({ method: 'POST', url: '/people/year/events', payload: { events: events.slice(from, from + 1000) } })
// A snapshot that does not hold the day before TODAY would send every read to the whole episode: say so rather than time it.
const kept = await store.day('year')
if (kept?._tag !== 'FromSnapshot' || kept.through >= TODAY) throw new Error(`the appends must keep a snapshot from before ${TODAY}`)
const fromSnapshot = await meanRead(store)
// The same store with no snapshot to read: every read decides from the whole episode (and keeps nothing).
const whole = await meanRead({ ...store, day: async (id) => { const episode = await store.episode(id); return episode === undefined ? undefined : { _tag: 'Whole', episode } }, keepSnapshot: async () => undefined })
await db.close()
console.log(JSON.stringify({ events: events.length, fromSnapshotMs: fromSnapshot, wholeMs: whole, reads: READS }))
