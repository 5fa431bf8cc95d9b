import { readList, readObject } from '../_lib/plainReader.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { readIdReference } from '../shared/ids.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { readPain } from '../shared/pain.js'
import { AssessmentSchema } from './assessment.js'

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
export const parseAssessmentInput = parseWithReaders(AssessmentSchema, { results: readList(readResult, 1, INPUT_LIMITS.assessmentResults) })
