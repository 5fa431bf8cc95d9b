import { DEFER, readInt, readList, readObject, type Reader } from '../../_lib/plainReader.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { readMorningEvent, readSessionEvent } from '../readPlainEpisode.js'
import { EpisodeSnapshotSchema } from './snapshotSchema.js'

const readOrdinal = readInt(0, INPUT_LIMITS.episodeEvents)

// A session the snapshot credits or marks red carries a reason: such a snapshot is left to zod.
const readSessionEntry = readObject([
  { key: 'event', read: readSessionEvent },
  { key: 'ordinal', read: readOrdinal },
  { key: 'own', read: (value) => (value === false ? false : DEFER), optional: true },
])

const readMorningEntry = readObject([
  { key: 'event', read: readMorningEvent },
  { key: 'ordinal', read: readOrdinal },
])

/** A snapshot's sessions, read by hand when none is credited or marked red, or DEFER. */
export const readSnapshotSessions = readList(readSessionEntry, 0, INPUT_LIMITS.episodeEvents)

/** A parser for EpisodeSnapshotSchema that reads the logs by hand. */
export const parseSnapshot = parseWithReaders(EpisodeSnapshotSchema, {
  sessions: readSnapshotSessions,
  mornings: readList(readMorningEntry, 0, INPUT_LIMITS.episodeEvents),
})

/** A snapshot as EpisodeSnapshotSchema reads it, its logs by hand, or DEFER. */
export const readPlainSnapshot: Reader<unknown> = (value) => {
  const parsed = parseSnapshot(value, [])
  return parsed._tag === 'Right' ? parsed.right : DEFER
}
