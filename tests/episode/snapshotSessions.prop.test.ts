import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFER } from '../../src/_lib/plainReader.js'
import { readSnapshotSessions } from '../../src/episode/snapshot/readSnapshotSessions.js'
import { packSessions, SnapshotSessionsSchema, unpackSessions, type KeptSession } from '../../src/episode/snapshot/snapshotSessions.js'
import type { Reason } from '../../src/index.js'
import { sessionArbitrary } from '../arbitraries/logs.js'

const credit: Reason = { rule: 'above-the-plan', message: 'counted as one rung lower', date: '2026-11-20', value: '1 x 9' }
const mark: Reason = { rule: 'soreness-as-red', message: 'warning pain the next day' }

/** A session as the state keeps it: sometimes untimed, with an event id, a credit, a red mark or `own: false`. */
const keptArbitrary: fc.Arbitrary<Omit<KeptSession, 'ordinal'>> = fc
  .record({
    session: sessionArbitrary,
    untimed: fc.boolean(),
    // One movement with and without its variant: two movements of the snapshot's list, not one.
    plain: fc.boolean(),
    id: fc.option(fc.constantFrom('a', 'b-2'), { nil: undefined }),
    credited: fc.option(fc.constant({ dose: { kind: 'reps' as const, sets: 1, reps: 9 }, reason: credit }), { nil: undefined, freq: 4 }),
    markedRed: fc.option(fc.constant(mark), { nil: undefined, freq: 4 }),
    own: fc.option(fc.constant(false as const), { nil: undefined, freq: 3 }),
  })
  .map(({ session, untimed, plain, id, credited, markedRed, own }) => {
    const { time: _time, ...untimedSession } = session
    const timed = untimed ? untimedSession : session
    const { variant: _variant, ...withoutVariant } = timed
    const base = plain ? withoutVariant : timed
    // An episode's session event: its fields, `type`, then the id when it has one.
    const log = { ...base, type: 'session' as const, ...(id === undefined ? {} : { id }) }
    return { log, credited, markedRed, own }
  })

/** Sessions in the episode's order, each with its place in it. */
const keptListArbitrary = fc.array(keptArbitrary, { maxLength: 12 }).map((list) => list.map((kept, at) => ({ ...kept, ordinal: 3 * at + 1 })))

const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('the sessions of a snapshot, as columns', () => {
  it('give back the very sessions they were written from, keys in the same order, after a JSON round trip', () => {
    fc.assert(
      fc.property(keptListArbitrary, (kept) => {
        const written = throughJson(packSessions(kept))
        const parsed = SnapshotSessionsSchema.parse(written)
        const back = unpackSessions(parsed)
        expect(back).toStrictEqual(kept)
        expect(back.map(({ log }) => JSON.stringify(log))).toEqual(kept.map(({ log }) => JSON.stringify(log)))
      }),
      { numRuns: 300 },
    )
  })

  it('name each movement, dose, date and time once', () => {
    fc.assert(
      fc.property(keptListArbitrary, (kept) => {
        const { movements, doses, dates, times, columns } = packSessions(kept)
        const distinct = (values: readonly unknown[]) => new Set(values.map((value) => JSON.stringify(value))).size
        expect(distinct(movements)).toBe(movements.length)
        expect(distinct(doses)).toBe(doses.length)
        expect(distinct(dates)).toBe(dates.length)
        expect(distinct(times)).toBe(times.length)
        expect(columns.ordinal).toHaveLength(kept.length)
      }),
      { numRuns: 200 },
    )
  })

  it('are read by hand exactly as zod reads them when no session is credited or marked red, and left to zod otherwise', () => {
    // Some lists of no session at all, where no pointer checks the lists pointed into.
    expect(readSnapshotSessions({ ...throughJson(packSessions([])), movements: null })).toBe(DEFER)
    expect(readSnapshotSessions(throughJson(packSessions([])))).toStrictEqual(SnapshotSessionsSchema.parse(throughJson(packSessions([]))))
    fc.assert(
      fc.property(keptListArbitrary, (kept) => {
        const written = throughJson(packSessions(kept))
        const plain = kept.every(({ credited, markedRed }) => credited === undefined && markedRed === undefined)
        const read = readSnapshotSessions(written)
        expect(read !== DEFER).toBe(plain)
        if (read !== DEFER) expect(read).toStrictEqual(SnapshotSessionsSchema.parse(written))
      }),
      { numRuns: 300 },
    )
  })

  it('leave to zod extras out of order, repeated, past the last session or of another shape, an unknown key, a short column or a null date, which it refuses, and an object of a class', () => {
    const spoiled = fc
      .tuple(
        keptListArbitrary.filter((kept) => kept.length >= 2),
        fc.constantFrom('descending', 'repeated', 'past the end', 'long entry', 'not a list', 'negative', 'unknown key', 'unknown column', 'short column', 'short pointers', 'null date', 'a class'),
      )
      .map(([kept, how]) => {
        const plainKept = kept.map(({ credited: _credited, markedRed: _marked, ...rest }) => rest)
        const written = throughJson(packSessions(plainKept)) as unknown as { extras: unknown[]; columns: { ordinal: unknown[] } }
        const count = written.columns.ordinal.length
        const extras: Record<string, unknown[]> = {
          descending: [
            [1, { id: 'x' }],
            [0, { id: 'y' }],
          ],
          repeated: [
            [0, { id: 'x' }],
            [0, { own: false }],
          ],
          'past the end': [[count, { id: 'x' }]],
          'long entry': [[0, { id: 'x' }, 1]],
          'not a list': [{ 0: 0, 1: { id: 'x' }, length: 2 }],
          negative: [[-1, { id: 'x' }]],
        }
        const columns = written.columns as Record<string, unknown[]>
        const others: Record<string, () => unknown> = {
          'unknown key': () => ({ ...written, note: 1 }),
          'unknown column': () => ({ ...written, columns: { ...columns, note: [] } }),
          'short column': () => ({ ...written, columns: { ...columns, completed: columns['completed']!.slice(1) } }),
          'short pointers': () => ({ ...written, columns: { ...columns, dose: columns['dose']!.slice(1) } }),
          'null date': () => ({ ...written, columns: { ...columns, date: [null, ...columns['date']!.slice(1)] } }),
          'a class': () => Object.assign(new (class Sessions {})(), written),
        }
        return others[how]?.() ?? { ...written, extras: extras[how]! }
      })
    fc.assert(
      fc.property(spoiled, (written) => {
        expect(readSnapshotSessions(written)).toBe(DEFER)
        // zod takes an object of a class for an object; the engine refuses it before zod, as data that is not plain.
        if (Object.getPrototypeOf(written) === Object.prototype) expect(SnapshotSessionsSchema.safeParse(written).success).toBe(false)
      }),
      { numRuns: 100 },
    )
  })
})
