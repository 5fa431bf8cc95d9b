import { DEFER, readInt, readList, readObject, readString, leaveToZod, type Reader } from '../../_lib/plainReader.js'
import { readDose } from '../../ceiling/readPlainLogs.js'
import { readIsoDate } from '../../shared/isoDate.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { readIntake } from '../../screening/readPlainIntake.js'
import { readAssessmentEvent, readMorningEvent } from '../readPlainEpisode.js'
import { EpisodeSnapshotSchema } from './snapshotSchema.js'
import { readOrdinal, readSnapshotSessions } from './readSnapshotSessions.js'

const readMorningEntry = readObject([
  { key: 'event', read: readMorningEvent },
  { key: 'ordinal', read: readOrdinal },
])

const readKey = readString(1, 2 * INPUT_LIMITS.idLength + 3)

const readMovementId = readString(0, INPUT_LIMITS.idLength)
const readTimes = readInt(1, INPUT_LIMITS.episodeEvents)

/** One movement of a prescribed day, `[movement, times, variant?]`, or DEFER. */
const readPrescribedItem: Reader<unknown[]> = (value) => {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || (value.length !== 2 && value.length !== 3)) return DEFER
  const movement = readMovementId(value[0])
  const times = readTimes(value[1])
  if (movement === DEFER || times === DEFER) return DEFER
  if (value.length === 2) return [movement, times]
  const variant = readMovementId(value[2])
  return variant === DEFER ? DEFER : [movement, times, variant]
}

/** What a day's plan asked for, as PrescribedDaySchema reads it. */
export const readPrescribedDay = readObject([
  { key: 'day', read: readIsoDate },
  { key: 'items', read: readList(readPrescribedItem, 0, INPUT_LIMITS.episodeEvents) },
])

/** A movement's latest credited dose, as CreditLinkSchema reads it. */
export const readCreditLink = readObject([
  { key: 'key', read: readKey },
  { key: 'date', read: readIsoDate },
  { key: 'dose', read: readDose },
  { key: 'before', read: readDose, optional: true },
])

// A reassessment's continuity is rarer and richer: a snapshot holding one is left to zod.
const readLatestAssessment = readObject([
  { key: 'event', read: readAssessmentEvent },
  { key: 'index', read: readOrdinal },
  { key: 'continuity', read: leaveToZod, optional: true },
])

/** A parser for EpisodeSnapshotSchema that reads the intake, the latest assessment and the logs by hand. */
export const parseSnapshot = parseWithReaders(EpisodeSnapshotSchema, {
  intake: readIntake,
  latestAssessment: readLatestAssessment,
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
