import { AssessmentSchema } from '../assessment/assessment.js'
import { MAX_ASSESSMENT_RESULTS } from '../assessment/selectionDefaults.js'
import { PAIN_SCALE_MAX } from '../shared/pain.js'
import { MAX_ID_LENGTH } from './kebabId.js'
import { parseWithReaders, readInt, readList, readObject, readString } from './plainReader.js'

const readIdReference = readString(1, MAX_ID_LENGTH)

/** One result as AssessmentResultSchema reads it, or DEFER. */
export const readResult = readObject([
  { key: 'movement', read: readIdReference },
  { key: 'variant', read: readIdReference, optional: true },
  { key: 'pain', read: readInt(0, PAIN_SCALE_MAX) },
])

/**
 * Parses an assessment as `parseInput(AssessmentSchema, …)` does, with the same
 * value and the same issues, reading well-formed results by hand.
 */
export const parseAssessmentInput = parseWithReaders(AssessmentSchema, { results: readList(readResult, 1, MAX_ASSESSMENT_RESULTS) })
