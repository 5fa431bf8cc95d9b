import { DEFER, isPlainList, isPlainObject, keyCount, readBoolean, readInt, readList, readObject, type Reader } from '../../_lib/plainReader.js'
import { readDose, readTime } from '../../ceiling/readPlainLogs.js'
import { readIdReference } from '../../shared/ids.js'
import { readInputDate } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { readPain } from '../../shared/pain.js'
import { COLUMNS, POINTERS } from './snapshotSessions.js'

const MAX = INPUT_LIMITS.episodeEvents
/** An event's place in the episode, as the snapshot's schema reads it, or DEFER. */
export const readOrdinal = readInt(0, MAX)

// Number.isSafeInteger is false for anything but a number.
const isIndex = (value: unknown, length: number): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < length

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

/** A copy of a column of `count` pointers into a list of `length` entries (or null, where `nullable`), or DEFER. */
const readPointers = (value: unknown, count: number, length: number, nullable: boolean): unknown[] | typeof DEFER => {
  if (!isPlainList(value) || value.length !== count) return DEFER
  const copy: unknown[] = []
  for (const entry of value) {
    if (isIndex(entry, length) || (nullable && entry === null)) copy.push(entry)
    else return DEFER
  }
  return copy
}

const readOptionalPain = orNull(readPain)

/** The columns of SnapshotSessionsSchema, every pointer inside its list, or DEFER. */
const readColumns = (value: unknown, lists: Readonly<Record<(typeof POINTERS)[number][1], readonly unknown[]>>): Record<string, unknown[]> | typeof DEFER => {
  if (!isPlainObject(value) || !isPlainList(value['ordinal'])) return DEFER
  const count = value['ordinal'].length
  if (count > MAX) return DEFER
  const columns: Record<string, unknown[]> = {}
  // A reader of a column of `count` entries, each as `read` reads it.
  const columnOf = (read: Reader<unknown>) => readList(read, count, count)
  const ordinals = columnOf(readOrdinal)(value['ordinal'])
  if (ordinals === DEFER) return DEFER
  columns['ordinal'] = ordinals
  for (const [column, list] of POINTERS) {
    const read = readPointers(value[column], count, lists[list].length, column === 'time')
    if (read === DEFER) return DEFER
    columns[column] = read
  }
  for (const [name, read] of [['completed', readBoolean], ['painDuring', readPain], ['painAfter', readOptionalPain]] as const) {
    const copy = columnOf(read)(value[name])
    if (copy === DEFER) return DEFER
    columns[name] = copy
  }
  return keyCount(value) === COLUMNS.length ? columns : DEFER
}

/** The extras, by session in ascending order, each session one of `count`, or DEFER. */
const readExtrasList = (value: unknown, count: number): unknown[] | typeof DEFER => {
  if (!isPlainList(value)) return DEFER
  const copy: unknown[] = []
  // Ascending and below `count`: no longer than the sessions.
  let after = -1
  for (const entry of value) {
    if (!isPlainList(entry) || entry.length !== 2 || !isIndex(entry[0], count) || entry[0] <= after) return DEFER
    const extras = readExtras(entry[1])
    if (extras === DEFER) return DEFER
    copy.push([(after = entry[0]), extras])
  }
  return copy
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

/** A snapshot's sessions as SnapshotSessionsSchema reads them, or DEFER: a pointer past its list is left to zod, which names it. */
export const readSnapshotSessions: Reader<unknown> = (value) => {
  if (!isPlainObject(value)) return DEFER
  const movements = readMovements(value['movements'])
  const doses = readDoses(value['doses'])
  const dates = readDates(value['dates'])
  const times = readTimes(value['times'])
  if (movements === DEFER || doses === DEFER || dates === DEFER || times === DEFER) return DEFER
  const columns = readColumns(value['columns'], { movements, doses, dates, times })
  if (columns === DEFER) return DEFER
  const extras = readExtrasList(value['extras'], columns['ordinal']!.length)
  if (extras === DEFER) return DEFER
  return keyCount(value) === 6 ? { movements, doses, dates, times, columns, extras } : DEFER
}
