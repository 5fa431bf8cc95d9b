import { DEFER, readInt, readList, readObject, readString, leaveToZod, readTuple, type Reader } from '../../_lib/plainReader.js'
import { readDose } from '../../ceiling/readPlainLogs.js'
import { readIdReference } from '../../shared/ids.js'
import { readInputDate, readIsoDate } from '../../shared/isoDate.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { readPain } from '../../shared/pain.js'
import { readIntake } from '../../screening/readPlainIntake.js'
import { readAssessmentEvent } from '../readPlainEpisode.js'
import { EpisodeSnapshotSchema } from './snapshotSchema.js'
import { readOrdinal, readSnapshotSessions } from './readSnapshotSessions.js'

const MAX = INPUT_LIMITS.episodeEvents
const readIndex = readInt(0, MAX - 1)
const readKey = readString(1, 2 * INPUT_LIMITS.idLength + 3)
const readMovementId = readString(0, INPUT_LIMITS.idLength)
const readPainOrNull: Reader<number | null> = (value) => (value === null ? null : readPain(value))

/** A morning as MorningRowSchema reads it: `[ordinal, date, backPain, stiffness or null?, id?]`. */
export const readMorningRow = readTuple([readOrdinal, readInputDate, readPain, readPainOrNull, readIdReference], 3)

/** Whether every pointer at one of `places` in `rows` is below `length`. */
const pointsInside = (rows: readonly unknown[][], places: readonly number[], length: number): boolean =>
  rows.every((row) => places.every((place) => row[place] === undefined || (row[place] as number) < length))

const readPlans = readList(readList(readTuple([readMovementId, readInt(1, MAX), readMovementId], 2), 0, MAX), 0, INPUT_LIMITS.replayDays)
const readPlanDays = readList(readTuple([readIsoDate, readIndex], 2), 0, INPUT_LIMITS.replayDays)

const readPrescribedLists = readObject([
  { key: 'plans', read: readPlans },
  { key: 'days', read: readPlanDays },
])

/** The week's plans as PrescribedSchema reads them, or DEFER: a day that points past the plans is left to zod, which names it. */
export const readPrescribed: Reader<unknown> = (value) => {
  const read = readPrescribedLists(value)
  return read !== DEFER && pointsInside(read['days'] as unknown[][], [1], (read['plans'] as unknown[]).length) ? read : DEFER
}

const readCreditLists = readObject([
  { key: 'doses', read: readList(readDose, 0, MAX) },
  { key: 'links', read: readList(readTuple([readKey, readIsoDate, readIndex, readIndex], 3), 0, MAX) },
])

/** The credit chain as CreditChainSchema reads it, or DEFER: a link that points past the doses is left to zod, which names it. */
export const readCreditChain: Reader<unknown> = (value) => {
  const read = readCreditLists(value)
  return read !== DEFER && pointsInside(read['links'] as unknown[][], [2, 3], (read['doses'] as unknown[]).length) ? read : DEFER
}

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
  mornings: readList(readMorningRow, 0, MAX),
  prescribed: readPrescribed,
  creditChain: readCreditChain,
})

/** A snapshot as EpisodeSnapshotSchema reads it, its logs by hand, or DEFER. */
export const readPlainSnapshot: Reader<unknown> = (value) => {
  const parsed = parseSnapshot(value, [])
  return parsed._tag === 'Right' ? parsed.right : DEFER
}
