import { AssessmentSchema } from '../assessment/assessment.js'
import { MAX_ASSESSMENT_RESULTS } from '../assessment/selectionDefaults.js'
import { parseWithReaders, readIdReference, readList, readObject, readPain } from './plainReader.js'

/** One result as AssessmentResultSchema reads it, or DEFER. */
export const readResult = readObject([
  { key: 'movement', read: readIdReference },
  { key: 'variant', read: readIdReference, optional: true },
  { key: 'pain', read: readPain },
])

/**
 * Parses an assessment as `parseInput(AssessmentSchema, …)` does, with the same
 * value and the same issues, reading well-formed results by hand.
 */
export const parseAssessmentInput = parseWithReaders(AssessmentSchema, { results: readList(readResult, 1, MAX_ASSESSMENT_RESULTS) })
