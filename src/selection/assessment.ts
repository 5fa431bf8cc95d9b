import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { idReference } from '../shared/ids.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'

/**
 * One scored movement: which movement (and variant) was tried and how much it
 * hurt.
 *
 * @example
 * import { AssessmentResultSchema } from 'rehab-engine'
 *
 * assert.equal(AssessmentResultSchema.safeParse({ movement: 'kettlebell-walk', variant: 'overhead', pain: 2 }).success, true)
 * // A movement tried without a pain score is not a result.
 * assert.equal(AssessmentResultSchema.safeParse({ movement: 'kettlebell-walk', variant: 'overhead' }).success, false)
 *
 * @category Selection
 * @since 0.1.0
 */
export const AssessmentResultSchema = z.strictObject({
  movement: idReference,
  variant: idReference.optional(),
  pain: PainSchema,
})

/** One scored movement of an assessment. @category Selection @since 0.1.0 */
export type AssessmentResult = DeepReadonly<z.output<typeof AssessmentResultSchema>>

/**
 * Posture findings an assessment may note (seed 003): a high hip
 * (`lateralPelvicTilt`: `none`, `left-high`, `right-high`) and a
 * forward-tipped pelvis (`anteriorPelvicTilt`: `none`, `mild`, `marked`).
 * Each finding adds the trainer's correctives to the plan, within the pain
 * ceiling; reviews find little or no link between static posture and back
 * pain, so they are offered as exercise, never as a diagnosis.
 *
 * @example
 * import { PostureSchema } from 'rehab-engine'
 *
 * assert.equal(PostureSchema.safeParse({ lateralPelvicTilt: 'left-high' }).success, true)
 * assert.equal(PostureSchema.safeParse({ anteriorPelvicTilt: 'severe' }).success, false)
 *
 * @category Selection
 * @since 0.3.0
 */
export const PostureSchema = z.strictObject({
  lateralPelvicTilt: z.enum(['none', 'left-high', 'right-high']).optional(),
  anteriorPelvicTilt: z.enum(['none', 'mild', 'marked']).optional(),
})

/** Posture findings of an assessment. @category Selection @since 0.3.0 */
export type Posture = DeepReadonly<z.output<typeof PostureSchema>>

/**
 * A movement assessment: the day it was done and a pain score for each
 * assessment movement tried (at most 64). Each movement and variant may
 * appear once.
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
  results: boundedList(AssessmentResultSchema, { min: 1, max: INPUT_LIMITS.assessmentResults }),
  posture: PostureSchema.optional(),
})

/** A movement assessment: its date and its scored movements. @category Selection @since 0.1.0 */
export type Assessment = DeepReadonly<z.output<typeof AssessmentSchema>>

/** An assessment as the engine takes it. @category Selection @since 0.2.0 */
export type AssessmentInput = DeepReadonly<z.input<typeof AssessmentSchema>>

declare const parsedAssessmentBrand: unique symbol

/**
 * An assessment the engine checked against a catalog and froze
 * ({@link parseAssessment}): passed with the same catalog, it is used as it
 * is, without another check.
 *
 * @category Selection
 * @since 0.2.0
 */
export type ParsedAssessment = Assessment & { readonly [parsedAssessmentBrand]: true }
