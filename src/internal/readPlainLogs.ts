import { MAX_DOSE_LOAD_KG, MAX_DOSE_METERS, MAX_DOSE_REPS, MAX_DOSE_SECONDS, MAX_DOSE_SETS } from '../shared/dose.js'
import { MAX_LOGS } from '../progression/ceilingDefaults.js'
import { LOCAL_TIME_PATTERN } from '../progression/sessionLog.js'
import {
  readBoolean,
  readIdReference,
  readInputDate,
  readInt,
  readList,
  readLiteral,
  readMatch,
  readObject,
  readPain,
  readPositive,
  readTagged,
} from './plainReader.js'

const readSets = readInt(1, MAX_DOSE_SETS)

/** A dose as DoseSchema reads it, or DEFER. */
export const readDose = readTagged('kind', {
  reps: readObject([
    { key: 'kind', read: readLiteral('reps') },
    { key: 'sets', read: readSets },
    { key: 'reps', read: readInt(1, MAX_DOSE_REPS) },
    { key: 'perSide', read: readBoolean, optional: true },
    { key: 'band', read: readBoolean, optional: true },
    { key: 'loadKg', read: readPositive(MAX_DOSE_LOAD_KG), optional: true },
  ]),
  hold: readObject([
    { key: 'kind', read: readLiteral('hold') },
    { key: 'sets', read: readSets },
    { key: 'seconds', read: readInt(1, MAX_DOSE_SECONDS) },
  ]),
  distance: readObject([
    { key: 'kind', read: readLiteral('distance') },
    { key: 'sets', read: readSets },
    { key: 'meters', read: readInt(1, MAX_DOSE_METERS) },
  ]),
})

/** One session as SessionLogSchema reads it, or DEFER. */
export const readSession = readObject([
  { key: 'date', read: readInputDate },
  { key: 'time', read: readMatch(LOCAL_TIME_PATTERN), optional: true },
  { key: 'movement', read: readIdReference },
  { key: 'variant', read: readIdReference, optional: true },
  { key: 'performed', read: readDose },
  { key: 'completed', read: readBoolean },
  { key: 'painDuring', read: readPain },
  { key: 'painAfter', read: readPain, optional: true },
])

/** One morning check as MorningCheckSchema reads it, or DEFER. */
export const readMorning = readObject([
  { key: 'date', read: readInputDate },
  { key: 'backPain', read: readPain },
  { key: 'stiffness', read: readPain, optional: true },
])

/** A list of session logs, as boundedList(SessionLogSchema, MAX_LOGS) reads it. */
export const readSessions = readList(readSession, 0, MAX_LOGS)

/** A list of morning checks, as boundedList(MorningCheckSchema, MAX_LOGS) reads it. */
export const readMornings = readList(readMorning, 0, MAX_LOGS)
