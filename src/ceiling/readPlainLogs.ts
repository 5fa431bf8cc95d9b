import { readBoolean, readInt, type Field, readList, readLiteral, readMatch, readObject, readPositive, readTagged } from '../_lib/plainReader.js'
import { readIdReference } from '../shared/ids.js'
import { readInputDate } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LOCAL_TIME_PATTERN } from '../shared/localTime.js'
import { readPain } from '../shared/pain.js'

const DOSE = INPUT_LIMITS.dose
const readSets = readInt(1, DOSE.sets)

/** A dose as DoseSchema reads it, or DEFER. */
export const readDose = readTagged('kind', {
  reps: readObject([
    { key: 'kind', read: readLiteral('reps') },
    { key: 'sets', read: readSets },
    { key: 'reps', read: readInt(1, DOSE.reps) },
    { key: 'perSide', read: readBoolean, optional: true },
    { key: 'band', read: readBoolean, optional: true },
    { key: 'loadKg', read: readPositive(DOSE.loadKg), optional: true },
  ]),
  hold: readObject([
    { key: 'kind', read: readLiteral('hold') },
    { key: 'sets', read: readSets },
    { key: 'seconds', read: readInt(1, DOSE.seconds) },
  ]),
  distance: readObject([
    { key: 'kind', read: readLiteral('distance') },
    { key: 'sets', read: readSets },
    { key: 'meters', read: readInt(1, DOSE.meters) },
  ]),
})

/** The fields of a session, in SessionLogSchema's order. */
export const SESSION_FIELDS: readonly Field[] = [
  { key: 'date', read: readInputDate },
  { key: 'time', read: readMatch(LOCAL_TIME_PATTERN), optional: true },
  { key: 'movement', read: readIdReference },
  { key: 'variant', read: readIdReference, optional: true },
  { key: 'performed', read: readDose },
  { key: 'completed', read: readBoolean },
  { key: 'painDuring', read: readPain },
  { key: 'painAfter', read: readPain, optional: true },
]

/** One session as SessionLogSchema reads it, or DEFER. */
export const readSession = readObject(SESSION_FIELDS)

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
