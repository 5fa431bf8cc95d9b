import { DEFER, isPlainObject, keyCount, readList, readMatch, readObject, type Field, type PlainObject, type Reader } from '../_lib/plainReader.js'
import { readIdReference } from '../shared/ids.js'
import { readInputDate } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LOCAL_TIME_PATTERN } from '../shared/localTime.js'
import { readPain } from '../shared/pain.js'

/*
 * Sessions are most of every history, so their readers are written out by
 * hand with each key named, rather than built from a list of fields: a year
 * of logs is then read in a quarter of the time. Each copies the fields in
 * the schema's order, the order zod writes, and counts the input's keys to
 * refuse one it does not know; the property tests hold them to the schemas.
 */

const DOSE = INPUT_LIMITS.dose

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max

/** Copies an optional field that is there: true when it is absent or reads; false when it must defer. */
const optional = (copy: PlainObject, key: string, value: unknown, read: Reader<unknown>): boolean => {
  if (value === undefined) return true
  const copied = read(value)
  if (copied === DEFER) return false
  copy[key] = copied
  return true
}

const readFlag: Reader<boolean> = (value) => (typeof value === 'boolean' ? value : DEFER)
const readHoldSeconds: Reader<number> = (value) => (isWhole(value, 1, DOSE.seconds) ? value : DEFER)
const readLoad: Reader<number> = (value) => (typeof value === 'number' && value > 0 && value <= DOSE.loadKg ? value : DEFER)

/** A dose as DoseSchema reads it, or DEFER. */
export const readDose: Reader<PlainObject> = (value) => {
  if (!isPlainObject(value)) return DEFER
  const { kind, sets } = value
  if (!isWhole(sets, 1, DOSE.sets)) return DEFER
  switch (kind) {
    case 'reps': {
      const { reps } = value
      if (!isWhole(reps, 1, DOSE.reps)) return DEFER
      const dose: PlainObject = { kind, sets, reps }
      const read =
        optional(dose, 'perSide', value['perSide'], readFlag) &&
        optional(dose, 'band', value['band'], readFlag) &&
        optional(dose, 'loadKg', value['loadKg'], readLoad) &&
        optional(dose, 'holdSeconds', value['holdSeconds'], readHoldSeconds)
      return read && keyCount(value) === keyCount(dose) ? dose : DEFER
    }
    case 'hold': {
      const { seconds } = value
      return isWhole(seconds, 1, DOSE.seconds) && keyCount(value) === 3 ? { kind, sets, seconds } : DEFER
    }
    case 'distance': {
      const { meters } = value
      return isWhole(meters, 1, DOSE.meters) && keyCount(value) === 3 ? { kind, sets, meters } : DEFER
    }
    default:
      return DEFER
  }
}

/** A local time as LocalTimeSchema reads it, or DEFER. */
export const readTime = readMatch(LOCAL_TIME_PATTERN)

/**
 * A session as SessionLogSchema reads it, or DEFER; with `type`, a session
 * event as EpisodeEventSchema reads it (its `type` and optional `id` last).
 */
const sessionReader =
  (type?: 'session'): Reader<PlainObject> =>
  (value) => {
    if (!isPlainObject(value)) return DEFER
    const date = readInputDate(value['date'])
    const movement = readIdReference(value['movement'])
    const performed = readDose(value['performed'])
    const { completed } = value
    const painDuring = readPain(value['painDuring'])
    if (date === DEFER || movement === DEFER || performed === DEFER || typeof completed !== 'boolean' || painDuring === DEFER) return DEFER
    const session: PlainObject = { date }
    if (!optional(session, 'time', value['time'], readTime)) return DEFER
    session['movement'] = movement
    if (!optional(session, 'variant', value['variant'], readIdReference)) return DEFER
    session['performed'] = performed
    session['completed'] = completed
    session['painDuring'] = painDuring
    if (!optional(session, 'painAfter', value['painAfter'], readPain)) return DEFER
    if (type !== undefined) {
      if (value['type'] !== type) return DEFER
      session['type'] = type
      if (!optional(session, 'id', value['id'], readIdReference)) return DEFER
    }
    return keyCount(value) === keyCount(session) ? session : DEFER
  }

/** One session as SessionLogSchema reads it, or DEFER. */
export const readSession = sessionReader()

/** A session event as EpisodeEventSchema reads it, or DEFER. */
export const readSessionFields = sessionReader('session')

/** The fields of a morning check, in MorningCheckSchema's order. */
export const MORNING_FIELDS: readonly Field[] = [
  { key: 'date', read: readInputDate },
  { key: 'backPain', read: readPain },
  { key: 'stiffness', read: readPain, optional: true },
]

/** One morning check as MorningCheckSchema reads it, or DEFER. */
export const readMorning = readObject(MORNING_FIELDS)

/** A list of session logs, as boundedList(SessionLogSchema, INPUT_LIMITS.logs) reads it. */
export const readSessions = readList(readSession, 0, INPUT_LIMITS.logs)

/** A list of morning checks, as boundedList(MorningCheckSchema, INPUT_LIMITS.logs) reads it. */
export const readMornings = readList(readMorning, 0, INPUT_LIMITS.logs)
