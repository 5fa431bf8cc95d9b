import { DEFER, readInt, readList, readObject, readString, type Reader } from '../../_lib/plainReader.js'
import { readDose } from '../../ceiling/readPlainLogs.js'
import { readIsoDate } from '../../shared/isoDate.js'
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

const readKey = readString(1, 2 * INPUT_LIMITS.idLength + 3)
const readRef = readObject([
  { key: 'movement', read: readString(0, INPUT_LIMITS.idLength) },
  { key: 'variant', read: readString(0, INPUT_LIMITS.idLength), optional: true },
])

/** What a day's plan asked for, as PrescribedDaySchema reads it: a dozen entries a day over a week, which zod reads in a twentieth of a millisecond. */
export const readPrescribedDay = readObject([
  { key: 'day', read: readIsoDate },
  {
    key: 'items',
    read: readList(
      readObject([
        { key: 'key', read: readKey },
        { key: 'ref', read: readRef },
        { key: 'times', read: readInt(1, INPUT_LIMITS.episodeEvents) },
      ]),
      0,
      INPUT_LIMITS.episodeEvents,
    ),
  },
])

/** A movement's latest credited dose, as CreditLinkSchema reads it. */
export const readCreditLink = readObject([
  { key: 'key', read: readKey },
  { key: 'date', read: readIsoDate },
  { key: 'dose', read: readDose },
  { key: 'before', read: readDose, optional: true },
])

/** A snapshot's sessions, read by hand when none is credited or marked red, or DEFER. */
export const readSnapshotSessions = readList(readSessionEntry, 0, INPUT_LIMITS.episodeEvents)

/** A parser for EpisodeSnapshotSchema that reads the logs by hand. */
export const parseSnapshot = parseWithReaders(EpisodeSnapshotSchema, {
  sessions: readSnapshotSessions,
  mornings: readList(readMorningEntry, 0, INPUT_LIMITS.episodeEvents),
  prescribed: readList(readPrescribedDay, 0, INPUT_LIMITS.replayDays),
  creditChain: readList(readCreditLink, 0, INPUT_LIMITS.episodeEvents),
})

/** A snapshot as EpisodeSnapshotSchema reads it, its logs by hand, or DEFER. */
export const readPlainSnapshot: Reader<unknown> = (value) => {
  const parsed = parseSnapshot(value, [])
  return parsed._tag === 'Right' ? parsed.right : DEFER
}
