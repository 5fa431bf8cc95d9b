import { DEFER, isPlainObject, readInt, readList, readObject, type Reader } from '../../_lib/plainReader.js'
import { readDose, readTime } from '../../ceiling/readPlainLogs.js'
import { readIdReference } from '../../shared/ids.js'
import { readInputDate } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { readPain } from '../../shared/pain.js'

const MAX = INPUT_LIMITS.episodeEvents
/** An event's place in the episode, as the snapshot's schema reads it, or DEFER. */
export const readOrdinal = readInt(0, MAX)

const isIndex = (value: unknown, length: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value < length

/** A value or null, as schema.nullable(). */
const orNull =
  <Value>(read: Reader<Value>): Reader<Value | null> =>
  (value) =>
    value === null ? null : read(value)

// Extras holding a credit or a red mark carry a reason: such a snapshot is rare, and left to zod.
const readExtras = readObject([
  { key: 'id', read: readIdReference, optional: true },
  { key: 'own', read: (value) => (value === false ? false : DEFER), optional: true },
])
const readOptionalPain = orNull(readPain)

/** How many entries each list a row points into holds. */
interface Lengths {
  readonly dates: number
  readonly times: number
  readonly movements: number
  readonly doses: number
}

/** One row of SessionRowSchema whose indices point into lists of these lengths, or DEFER. */
const readRow = (value: unknown, lengths: Lengths): unknown[] | typeof DEFER => {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || (value.length !== 8 && value.length !== 9)) return DEFER
  const [ordinal, date, time, movement, dose, completed, painDuring, painAfter] = value as unknown[]
  const row: unknown[] = [
    readOrdinal(ordinal),
    isIndex(date, lengths.dates) ? date : DEFER,
    time === null || isIndex(time, lengths.times) ? time : DEFER,
    isIndex(movement, lengths.movements) ? movement : DEFER,
    isIndex(dose, lengths.doses) ? dose : DEFER,
    typeof completed === 'boolean' ? completed : DEFER,
    readPain(painDuring),
    readOptionalPain(painAfter),
  ]
  if (value.length === 9) row.push(readExtras(value[8]))
  return row.includes(DEFER) ? DEFER : row
}

const readMovements = readList(
  readObject([
    { key: 'movement', read: readIdReference },
    { key: 'variant', read: readIdReference, optional: true },
  ]),
  0,
  MAX,
)
const readDoses = readList(readDose, 0, MAX)
const readDates = readList(readInputDate, 0, MAX)
const readTimes = readList(readTime, 0, MAX)

/** A snapshot's sessions as SnapshotSessionsSchema reads them, or DEFER: a row that points past its lists is left to zod, which names it. */
export const readSnapshotSessions: Reader<unknown> = (value) => {
  if (!isPlainObject(value)) return DEFER
  const movements = readMovements(value['movements'])
  const doses = readDoses(value['doses'])
  const dates = readDates(value['dates'])
  const times = readTimes(value['times'])
  const rows = value['rows']
  if (movements === DEFER || doses === DEFER || dates === DEFER || times === DEFER) return DEFER
  if (!Array.isArray(rows) || Object.getPrototypeOf(rows) !== Array.prototype || rows.length > MAX) return DEFER
  let keys = 0
  for (const _key in value) keys++
  if (keys !== 5) return DEFER
  const lengths: Lengths = { dates: dates.length, times: times.length, movements: movements.length, doses: doses.length }
  const read: unknown[] = []
  for (const row of rows) {
    const copy = readRow(row, lengths)
    if (copy === DEFER) return DEFER
    read.push(copy)
  }
  return { movements, doses, dates, times, rows: read }
}
