import { DEFER, readBoolean, readList, readLiteral, readMatch, readNumber, readObject, readOneOf, readString, readTagged, type Field, type Reader } from '../_lib/plainReader.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { MORNING_FIELDS, readSessionFields } from '../ceiling/readPlainLogs.js'
import { SorenessReportSchema, SORENESS_TIMING } from '../ceiling/soreness/sorenessReport.js'
import { readIntake, readRedFlagAnswers } from '../screening/readPlainIntake.js'
import { readResult } from '../selection/readPlainAssessment.js'
import { readIdReference } from '../shared/ids.js'
import { readInputDate } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LOCAL_TIME_PATTERN } from '../shared/localTime.js'
import { EpisodeSchema } from './episode.js'

const TYPE_AND_ID = (type: string): Field[] => [
  { key: 'type', read: readLiteral(type) },
  { key: 'id', read: readString(1, INPUT_LIMITS.idLength), optional: true },
]

const report = SorenessReportSchema.shape

const readSorenessReport = readObject([
  { key: 'location', read: readOneOf(report.location.options) },
  { key: 'character', read: readOneOf(report.character.options) },
  { key: 'hoursSinceExercise', read: readNumber(0, SORENESS_TIMING.maxHours) },
  { key: 'atRest', read: readBoolean },
  { key: 'disturbsSleep', read: readBoolean },
  { key: 'trend', read: readOneOf(report.trend.options) },
  { key: 'numbnessOrTingling', read: readBoolean },
])

const readClearanceShape = readObject([
  ...TYPE_AND_ID('clearance'),
  { key: 'date', read: readInputDate },
  { key: 'time', read: readMatch(LOCAL_TIME_PATTERN), optional: true },
  { key: 'clears', read: readOneOf(['referral', 'pause']) },
  { key: 'movement', read: readIdReference, optional: true },
  { key: 'variant', read: readIdReference, optional: true },
  { key: 'by', read: readString(1, 200) },
])

// The schema's refinement: a clearance of a pause names its movement, one of a referral names none.
const readClearance: Reader<Record<string, unknown>> = (value) => {
  const read = readClearanceShape(value)
  return read !== DEFER && (read.clears === 'pause') === (read.movement !== undefined) ? read : DEFER
}

const readMorningShape = readObject([...MORNING_FIELDS, ...TYPE_AND_ID('morning')])

/** A session event as EpisodeEventSchema reads it, or DEFER for anything else. */
export const readSessionEvent = readSessionFields

/** A morning event as EpisodeEventSchema reads it, or DEFER for anything else. */
export const readMorningEvent = readTagged('type', { morning: readMorningShape })

/** An assessment event without a posture as EpisodeEventSchema reads it, or DEFER for anything else. */
export const readAssessmentEvent = readObject([
  ...TYPE_AND_ID('assessment'),
  { key: 'date', read: readInputDate },
  { key: 'results', read: readList(readResult, 1, INPUT_LIMITS.assessmentResults) },
])

/** One event as EpisodeEventSchema reads it, or DEFER. */
export const readEvent = readTagged('type', {
  assessment: readAssessmentEvent,
  session: readSessionFields,
  morning: readMorningShape,
  skipped: readObject([
    ...TYPE_AND_ID('skipped'),
    { key: 'date', read: readInputDate },
    { key: 'movement', read: readIdReference },
    { key: 'variant', read: readIdReference, optional: true },
  ]),
  symptoms: readObject([
    ...TYPE_AND_ID('symptoms'),
    { key: 'date', read: readInputDate },
    { key: 'redFlags', read: readRedFlagAnswers },
  ]),
  soreness: readObject([
    ...TYPE_AND_ID('soreness'),
    { key: 'date', read: readInputDate },
    { key: 'movement', read: readIdReference, optional: true },
    { key: 'variant', read: readIdReference, optional: true },
    { key: 'report', read: readSorenessReport },
  ]),
  clearance: readClearance,
})

/** An episode's events, as boundedList(EpisodeEventSchema, INPUT_LIMITS.episodeEvents) reads them. */
export const readEvents = readList(readEvent, 0, INPUT_LIMITS.episodeEvents)

const parseEpisode = parseWithReaders(EpisodeSchema, { intake: readIntake, events: readEvents })

/** An episode as EpisodeSchema reads it, its intake and events by hand, or DEFER. */
export const readEpisode: Reader<unknown> = (value) => {
  const parsed = parseEpisode(value, [])
  return parsed._tag === 'Right' ? parsed.right : DEFER
}
