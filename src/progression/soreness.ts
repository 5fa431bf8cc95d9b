import * as z from 'zod'
import { ReasonSchema } from '../shared/reason.js'

/** The longest time since exercise a report may give, in hours (a year). @category Soreness @since 0.1.0 */
export const MAX_SORENESS_HOURS = 24 * 365

/**
 * What a person reports about pain or soreness after exercise: where it is,
 * what it feels like, how long since the exercise, whether it is there at rest
 * or wakes them, how it is trending, and any numbness or tingling.
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessReportSchema = z.strictObject({
  location: z.enum(['worked-muscle', 'spine', 'joint', 'radiating']),
  character: z.enum(['dull-ache', 'tight', 'sharp', 'stabbing', 'electric', 'burning']),
  hoursSinceExercise: z.number().min(0).max(MAX_SORENESS_HOURS),
  atRest: z.boolean(),
  disturbsSleep: z.boolean(),
  trend: z.enum(['improving', 'same', 'worse']),
  numbnessOrTingling: z.boolean(),
})

/** @category Soreness @since 0.1.0 */
export type SorenessReport = z.infer<typeof SorenessReportSchema>

/**
 * The three answers, from reassuring to urgent.
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessClassificationSchema = z.enum(['expected-soreness', 'warning-pain', 'see-clinician'])

/** @category Soreness @since 0.1.0 */
export type SorenessClassification = z.infer<typeof SorenessClassificationSchema>

/**
 * A classified report with the reasons behind it.
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessVerdictSchema = z.strictObject({
  classification: SorenessClassificationSchema,
  reasons: z.array(ReasonSchema).min(1).readonly(),
})

/** @category Soreness @since 0.1.0 */
export type SorenessVerdict = z.infer<typeof SorenessVerdictSchema>
