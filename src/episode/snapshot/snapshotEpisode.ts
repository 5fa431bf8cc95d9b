import * as z from 'zod'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { left, right, type Either } from '../../_lib/either.js'
import { guardReadInput } from '../../_lib/guardInput.js'
import { invalidInput, issueAt } from '../../_lib/issues.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import type { InvalidInput } from '../../shared/invalidInput.js'
import { InputDateSchema } from '../../shared/isoDate.js'
import { EpisodeSchema } from '../episode.js'
import { foldChecked } from '../foldEpisode.js'
import { readEpisode } from '../readPlainEpisode.js'
import type { EpisodeSnapshot } from './snapshotSchema.js'
import { writeSnapshot } from './writeSnapshot.js'

/**
 * What {@link snapshotEpisode} takes: the episode, and the last day the
 * snapshot holds.
 *
 * @example
 * import { SnapshotEpisodeInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(SnapshotEpisodeInputSchema.safeParse({ episode, through: '2026-11-30' }).success, true)
 * assert.equal(SnapshotEpisodeInputSchema.safeParse({ episode }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const SnapshotEpisodeInputSchema = z.strictObject({ episode: EpisodeSchema, through: InputDateSchema })

/** What `snapshotEpisode` takes. @category Episode @since 0.3.0 */
export type SnapshotEpisodeInput = DeepReadonly<z.input<typeof SnapshotEpisodeInputSchema>>

const parseSnapshotInput = parseWithReaders(SnapshotEpisodeInputSchema, { episode: readEpisode })

/** The ids of events, each as JSON text, so that no id can be mistaken for part of another: `,"a","b",`. */
export const joinIds = (ids: readonly string[]): string => `,${ids.map((id) => `${JSON.stringify(id)},`).join('')}`

/** Whether joined ids hold `id`. */
export const holdsId = (joined: string, id: string): boolean => joined.includes(`,${JSON.stringify(id)},`)

/**
 * What an episode holds at the end of `through`, as a versioned JSON value a
 * service stores beside the person: `decideDay({ snapshot, events, today })`
 * then decides any later day from the snapshot and the events after it, in a
 * time that does not grow with the history, with exactly the answer
 * `decideDay({ episode, today })` gives for the same events. Every event of
 * the episode must be dated on or before `through`; later ones go in
 * `events` beside the snapshot.
 *
 * Returns `Left(InvalidInput)` for a malformed episode, as `decideDay` does,
 * and for an event dated after `through` (path `['episode', 'events', i,
 * 'date']`).
 *
 * @example
 * import { decideDay, NO_RED_FLAGS, snapshotEpisode } from 'rehab-engine'
 *
 * const results = ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const week = [
 *   { type: 'assessment', date: '2026-11-02', results },
 *   { type: 'session', date: '2026-11-02', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 10 },
 * ] as const
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 1, events: week }
 * const snapshot = snapshotEpisode({ episode, through: '2026-11-02' })
 * if (snapshot._tag !== 'Right') throw new Error('expected a snapshot')
 * const morning = { type: 'morning', date: '2026-11-03', backPain: 1 } as const
 * const fromSnapshot = decideDay({ snapshot: snapshot.right, events: [morning], today: '2026-11-03' })
 * assert.deepStrictEqual(fromSnapshot, decideDay({ episode: { ...episode, events: [...week, morning] }, today: '2026-11-03' }))
 * // The 10/10 session still refers: the snapshot remembers it.
 * assert.equal(fromSnapshot._tag === 'Left' && fromSnapshot.left._tag, 'Referral')
 *
 * @category Episode
 * @since 0.3.0
 */
export const snapshotEpisode: (input: SnapshotEpisodeInput) => Either<InvalidInput, EpisodeSnapshot> = /* @__PURE__ */ guardReadInput((input) => {
  const parsed = parseSnapshotInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { episode, through } = parsed.right
  const later = episode.events.flatMap((event, index) =>
    event.date > through ? [issueAt('inconsistent', ['episode', 'events', index, 'date'], `is after through (${through}): pass events after a snapshot's last day beside it`)] : [],
  )
  if (later.length > 0) return left(invalidInput(later))
  const state = foldChecked(episode, through)
  if (state._tag === 'Left') return state
  const ids = joinIds(episode.events.flatMap((event) => (event.id === undefined ? [] : [event.id])))
  const { intake, baselinePain, options } = episode
  return right(writeSnapshot(state.right, through, options === undefined ? { intake, baselinePain } : { intake, baselinePain, options }, ids))
})
