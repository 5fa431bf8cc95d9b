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

/** @category Soreness @since 0.1.0 */
export type SorenessReport = DeepReadonly<z.output<typeof SorenessReportSchema>>

/** A soreness report as the engine takes it. @category Soreness @since 0.2.0 */
export type SorenessReportInput = DeepReadonly<z.input<typeof SorenessReportSchema>>

/**
 * The three answers, from reassuring to urgent.
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessClassificationSchema = z.enum(['expected-soreness', 'warning-pain', 'see-clinician'])

/** @category Soreness @since 0.1.0 */
export type SorenessClassification = z.output<typeof SorenessClassificationSchema>

/**
 * A classified report with the reasons behind it.
 *
 * @category Soreness
 * @since 0.1.0
 */
export const SorenessVerdictSchema = z.strictObject({
  classification: SorenessClassificationSchema,
  reasons: reasonList(1),
})

/** @category Soreness @since 0.1.0 */
export type SorenessVerdict = DeepReadonly<z.output<typeof SorenessVerdictSchema>>
