import { leaveToZod, readBoolean, readInt, readObject, type PlainObject, type Reader } from '../_lib/plainReader.js'
import { readInputDate } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { readPain } from '../shared/pain.js'
import { RED_FLAGS } from './redFlags.js'

/** Every red-flag answer as RedFlagAnswersSchema reads it, or DEFER. */
export const readRedFlagAnswers: Reader<PlainObject> = readObject(RED_FLAGS.map((flag) => ({ key: flag.id, read: readBoolean })))

/**
 * An intake as IntakeSchema reads it, or DEFER. The STarT Back answers and
 * the inflammatory screen are rarer and richer: an intake holding either is
 * left to zod, which also words every issue.
 */
export const readIntake: Reader<PlainObject> = readObject([
  { key: 'age', read: readInt(0, INPUT_LIMITS.age) },
  { key: 'redFlags', read: readRedFlagAnswers },
  { key: 'startBack', read: leaveToZod, optional: true },
  { key: 'painStarted', read: readInputDate, optional: true },
  { key: 'firstEpisode', read: readBoolean, optional: true },
  { key: 'backPain', read: readPain, optional: true },
  { key: 'inflammatory', read: leaveToZod, optional: true },
])
