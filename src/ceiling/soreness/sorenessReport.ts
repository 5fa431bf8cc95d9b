import * as z from 'zod'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { reasonList } from '../../shared/reason.js'

/**
 * The timing of delayed-onset muscle soreness (Cheung, Hume, Maxwell 2003,
 * Sports Medicine): it peaks by `peakEndHours` (24-72 hours) after exercise
 * and is gone by about `goneHours` (5-7 days). `maxHours`, a year, is the
 * longest time since exercise a report may give.
 *
 * @example
 * import { SORENESS_TIMING } from 'rehab-engine'
 *
 * assert.deepStrictEqual(SORENESS_TIMING, { peakEndHours: 72, goneHours: 168, maxHours: 8760 })
 *
 * @category Soreness
 * @since 0.2.0
 */
export const SORENESS_TIMING = /* @__PURE__ */ Object.freeze({ peakEndHours: 72, goneHours: 168, maxHours: 24 * 365 } as const)

/**
 * What a person reports about pain or soreness after exercise: where it is,
 * what it feels like, how long since the exercise, whether it is there at rest
 * or wakes them, how it is trending, and any numbness or tingling.
 *
 * @example
 * import { SorenessReportSchema } from 'rehab-engine'
 *
 * const report = { location: 'worked-muscle', character: 'sharp', hoursSinceExercise: 30, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false } as const
 * assert.equal(SorenessReportSchema.safeParse(report).success, true)
 * // Pain in the spine is reported as `spine`; the location is one of four.
 * assert.equal(SorenessReportSchema.safeParse({ ...report, location: 'lower-back' }).success, false)
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessReportSchema = z.strictObject({
  location: z.enum(['worked-muscle', 'spine', 'joint', 'radiating']),
  character: z.enum(['dull-ache', 'tight', 'sharp', 'stabbing', 'electric', 'burning']),
  hoursSinceExercise: z.number().min(0).max(SORENESS_TIMING.maxHours),
  atRest: z.boolean(),
  disturbsSleep: z.boolean(),
  trend: z.enum(['improving', 'same', 'worse']),
  numbnessOrTingling: z.boolean(),
})

/** What a person reports about pain or soreness after exercise. @category Soreness @since 0.1.0 */
export type SorenessReport = DeepReadonly<z.output<typeof SorenessReportSchema>>

/** A soreness report as the engine takes it. @category Soreness @since 0.2.0 */
export type SorenessReportInput = DeepReadonly<z.input<typeof SorenessReportSchema>>

/**
 * The three answers, from reassuring to urgent.
 *
 * @example
 * import { SorenessClassificationSchema, classifySoreness } from 'rehab-engine'
 *
 * const report = { location: 'worked-muscle', character: 'sharp', hoursSinceExercise: 30, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false } as const
 * const verdict = classifySoreness(report)
 * // Soreness is a dull ache or tightness: a sharp pain is a warning.
 * assert.equal(verdict._tag === 'Right' && SorenessClassificationSchema.parse(verdict.right.classification), 'warning-pain')
 * assert.equal(SorenessClassificationSchema.safeParse('fine').success, false)
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessClassificationSchema = z.enum(['expected-soreness', 'warning-pain', 'see-clinician'])

/** One of the three answers about soreness. @category Soreness @since 0.1.0 */
export type SorenessClassification = z.output<typeof SorenessClassificationSchema>

/**
 * A classified report with the reasons behind it.
 *
 * @example
 * import { SorenessVerdictSchema, classifySoreness } from 'rehab-engine'
 *
 * const report = { location: 'worked-muscle', character: 'sharp', hoursSinceExercise: 30, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false } as const
 * const verdict = classifySoreness(report)
 * assert.equal(verdict._tag === 'Right' && SorenessVerdictSchema.safeParse(verdict.right).success, true)
 * // Even the reassuring answer says why.
 * assert.equal(SorenessVerdictSchema.safeParse({ classification: 'expected-soreness', reasons: [] }).success, false)
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessVerdictSchema = z.strictObject({
  classification: SorenessClassificationSchema,
  reasons: reasonList(1),
})

/** A classified soreness report with its reasons. @category Soreness @since 0.1.0 */
export type SorenessVerdict = DeepReadonly<z.output<typeof SorenessVerdictSchema>>
