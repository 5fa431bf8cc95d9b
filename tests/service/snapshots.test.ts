// The example service keeps a snapshot per person and decides today's plan from it and the events after it:
// the answer must be the engine's for the whole stored episode, whatever order the events come in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decideDay, snapshotEpisode } from 'rehab-engine'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../examples/service/store.js'
import { SNAPSHOT_STALE_DAYS } from '../../examples/service/today.js'
import { BACKENDS, startService, type Json, type Running } from './harness.js'

const ROOT = join(import.meta.dirname, '../..')
const example = (): Json => JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as Json
const session = (date: string, painDuring: number) => ({ type: 'session', date, time: '18:00', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 8 }, completed: true, painDuring })

describe.each(BACKENDS)("the example service's snapshots on $name", (backend) => {
  let service: Running
  const MONDAY = new Date('2026-11-09T10:00:00Z')
  let clock = MONDAY
  // What each day's plan was decided from (a read's, or an append's check for a referral), and the last day of each
  // snapshot kept.
  const read: string[] = []
  const kept: string[] = []
  let stored: Store
  const watch = (store: Store): Store => ({
    ...(stored = store),
    day: async (id) => {
      const record = await store.day(id)
      read.push(record?._tag ?? 'none')
      return record
    },
    keepSnapshot: async (id, row) => {
      kept.push(row.through)
      await store.keepSnapshot(id, row)
    },
  })
  beforeAll(async () => {
    service = await startService(backend, { now: () => clock }, watch)
  }, 60_000)
  afterAll(() => service.close())
  beforeEach(() => {
    clock = MONDAY
    read.length = 0
    kept.length = 0
  })
  const call = (method: string, path: string, body?: unknown) => service.request(method, path, body)
  /** The stored episode as the engine decides it in process, through JSON as the service answers. */
  const engine = (episode: Json, today: string) => {
    const decision = decideDay({ episode: episode as never, today })
    return JSON.parse(JSON.stringify(decision._tag === 'Right' ? decision.right : decision.left)) as Json
  }

  it('decides a day from the snapshot its first read keeps and the events after it, as the engine does from the whole episode', async () => {
    const episode = example()
    const untilSunday = { ...episode, events: (episode['events'] as Json[]).filter((event) => event['date'] <= '2026-11-08') }
    await call('POST', '/people', { id: 'eva', ...untilSunday })
    const first = await call('GET', '/people/eva/today?today=2026-11-09')
    expect(first.body).toEqual(engine(untilSunday, '2026-11-09'))
    // No snapshot yet: the whole episode is read, and a snapshot through the day before is kept.
    expect([read, kept]).toEqual([['Whole'], ['2026-11-08']])
    const monday = [{ type: 'morning', date: '2026-11-09', backPain: 2 }, session('2026-11-09', 2)]
    await call('POST', '/people/eva/events', { events: monday })
    const second = await call('GET', '/people/eva/today?today=2026-11-09')
    // The append's own look for a referral read the snapshot too.
    expect(read).toEqual(['Whole', 'FromSnapshot', 'FromSnapshot'])
    expect(second.body).toEqual(engine({ ...untilSunday, events: [...untilSunday['events'], ...monday] }, '2026-11-09'))
    // The day's session changed the answer, so the snapshot did not simply repeat the first one.
    expect(second.body).not.toEqual(first.body)
  })

  it('reads the whole episode again when a late log is dated on or before the snapshot, until a later day keeps a snapshot that holds it', async () => {
    const episode = example()
    await call('POST', '/people', { id: 'ida', ...episode })
    await call('GET', '/people/ida/today?today=2026-11-09')
    // A 10/10 session logged late, on a day the snapshot already holds: the referral must not be missed.
    const late = session('2026-11-07', 10)
    await call('POST', '/people/ida/events', { events: [late] })
    const answer = await call('GET', '/people/ida/today?today=2026-11-09')
    expect(answer.body['_tag']).toBe('Referral')
    expect(answer.body).toEqual(engine({ ...episode, events: [...(episode['events'] as Json[]), late] }, '2026-11-09'))
    // Stored after a later morning, the late log leaves no first run of events that ends on the 8th: no snapshot
    // holds the 8th until the next day's read keeps one through the 9th, which holds every event.
    clock = new Date('2026-11-10T10:00:00Z')
    const tuesday = await call('GET', '/people/ida/today?today=2026-11-10')
    expect(tuesday.body).toEqual(engine({ ...episode, events: [...(episode['events'] as Json[]), late] }, '2026-11-10'))
    await call('GET', '/people/ida/today?today=2026-11-10')
    expect([read, kept]).toEqual([['Whole', 'Whole', 'Whole', 'Whole', 'FromSnapshot'], ['2026-11-08', '2026-11-09']])
  })

  it('decides a day before the snapshot from the whole episode and leaves the snapshot; never keeps a day the clock has not reached', async () => {
    const episode = example()
    await call('POST', '/people', { id: 'ola', ...episode })
    // Asked about a later day than the clock's, the snapshot still ends the day before the clock's date.
    const ahead = await call('GET', '/people/ola/today?today=2026-11-12')
    expect(ahead.body).toEqual(engine(episode, '2026-11-12'))
    const earlier = await call('GET', '/people/ola/today?today=2026-11-05')
    expect(earlier.body).toEqual(engine(episode, '2026-11-05'))
    expect([read, kept]).toEqual([['Whole', 'FromSnapshot'], ['2026-11-08']])
  })

  it(`makes a snapshot again once it falls more than ${SNAPSHOT_STALE_DAYS} days behind, and answers as the engine all along`, async () => {
    const episode = example()
    await call('POST', '/people', { id: 'uma', ...episode })
    await call('GET', '/people/uma/today?today=2026-11-09')
    const later = ['2026-11-10', '2026-11-11', '2026-11-12'].map((date) => ({ type: 'morning', date, backPain: 1 }))
    await call('POST', '/people/uma/events', { events: later })
    const all = { ...episode, events: [...(episode['events'] as Json[]), ...later] }
    for (const today of ['2026-11-13', '2026-11-20']) {
      clock = new Date(`${today}T10:00:00Z`)
      expect((await call('GET', `/people/uma/today?today=${today}`)).body).toEqual(engine(all, today))
    }
    // Four days behind on the 13th: kept as it is; eleven on the 20th: made again through the 19th.
    expect([read, kept]).toEqual([['Whole', 'FromSnapshot', 'FromSnapshot', 'FromSnapshot'], ['2026-11-08', '2026-11-19']])
  })

  it.each([
    ['of another version', 'kai', (snapshot: Json) => ({ ...snapshot, version: 0 })],
    ['in a form this version no longer reads', 'kim', (snapshot: Json) => ({ ...snapshot, judgeUntil: '2026-11-01' })],
  ])('goes back to the whole episode when the engine refuses a stored snapshot %s, and keeps a new one', async (_, id, spoil) => {
    const episode = example()
    await call('POST', '/people', { id, ...episode })
    await call('GET', `/people/${id}/today?today=2026-11-09`)
    const held = (episode['events'] as Json[]).filter((event) => event['date'] <= '2026-11-08')
    const made = snapshotEpisode({ episode: { ...episode, events: held } as never, through: '2026-11-08' })
    if (made._tag !== 'Right') throw new Error('the example must give a snapshot')
    await stored.keepSnapshot(id, { through: '2026-11-08', eventCount: held.length, snapshot: JSON.stringify(spoil(made.right as unknown as Json)) })
    const answer = await call('GET', `/people/${id}/today?today=2026-11-09`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual(engine(episode, '2026-11-09'))
    // The refused snapshot was read, the whole episode decided the day, and a snapshot the engine reads took its place.
    expect([read, kept]).toEqual([['Whole', 'FromSnapshot'], ['2026-11-08', '2026-11-08']])
    await call('GET', `/people/${id}/today?today=2026-11-09`)
    expect(read.at(-1)).toBe('FromSnapshot')
    expect(kept).toHaveLength(2)
  })
})
