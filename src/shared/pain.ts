import * as z from 'zod'

/** The top of the 0-10 numeric pain rating scale (NPRS): 0 is no pain, 10 the worst. @category Shared @since 0.1.0 */
export const PAIN_SCALE_MAX = 10 // numeric pain rating scale (NPRS); seed 001 counts 1-10, the engine uses the standard 0-10

/**
 * A pain score on the 0-10 numeric pain rating scale, a whole number.
 *
 * @example
 * import { PainSchema } from 'rehab-engine'
 *
 * assert.equal(PainSchema.safeParse(3).success, true)
 * assert.equal(PainSchema.safeParse(3.5).success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const PainSchema = z.int().min(0).max(PAIN_SCALE_MAX)
