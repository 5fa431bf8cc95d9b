import * as z from 'zod'
import { boundedList } from '../internal/boundedList.js'
import { idReference } from '../internal/kebabId.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'
import { MAX_ASSESSMENT_RESULTS } from './selectionDefaults.js'

/**
 * One scored movement: which movement (and variant) was tried and how much it
 * hurt.
 *
 * @category Selection
 * @since 0.1.0
 */
export const AssessmentResultSchema = z.strictObject({
  movement: idReference,
  variant: idReference.optional(),
  pain: PainSchema,
})

/** @category Selection @since 0.1.0 */
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>

/**
 * A movement assessment: the day it was done and a pain score for each
 * assessment movement tried. Each movement and variant may appear once.
 *
 * @example
 * import { AssessmentSchema } from 'rehab-engine'
 *
 * const assessment = { date: '2026-11-02', results: [{ movement: 'kettlebell-walk', variant: 'overhead', pain: 2 }] }
 * assert.equal(AssessmentSchema.safeParse(assessment).success, true)
 *
 * @category Selection
 * @since 0.1.0
 */
export const AssessmentSchema = z.strictObject({
  date: InputDateSchema,
  results: boundedList(AssessmentResultSchema, MAX_ASSESSMENT_RESULTS).check(z.minLength(1)),
})

/** @category Selection @since 0.1.0 */
export type Assessment = z.infer<typeof AssessmentSchema>
