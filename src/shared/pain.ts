import * as z from 'zod'
import { readInt } from '../_lib/plainReader.js'

/**
 * The top of the 0-10 numeric pain rating scale (NPRS): 0 is no pain, 10 the worst.
 *
 * @example
 * import { PAIN_SCALE_MAX, PainSchema } from 'rehab-engine'
 *
 * // Every pain score the engine takes, in an assessment or a log, stops at the top of the scale.
 * assert.equal(PainSchema.safeParse(PAIN_SCALE_MAX).success, true)
 * assert.equal(PainSchema.safeParse(PAIN_SCALE_MAX + 1).success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const PAIN_SCALE_MAX = 10 // numeric pain rating scale (NPRS); seed 001 counts 1-10, the engine uses the standard 0-10

/**
 * The pain ceiling: the most pain, on the 0-10 scale, that a movement may
 * cause and still be chosen (selection) or count as green (the ceiling). One
 * range for both, so the two always agree.
 *
 * - `default` 3: seed 001 ("didn't cause pain higher than a 3"); the
 *   pain-monitoring model's green zone (Silbernagel et al. 2007).
 * - `max` 5: the pain-monitoring model allows pain up to 5/10 (Silbernagel
 *   et al. 2007); no option may go higher.
 * - `min` 0: no pain at all.
 *
 * @example
 * import { PAIN_CEILING } from 'rehab-engine'
 *
 * assert.deepStrictEqual(PAIN_CEILING, { min: 0, default: 3, max: 5 })
 *
 * @category Shared
 * @since 0.2.0
 */
export const PAIN_CEILING = /* @__PURE__ */ Object.freeze({ min: 0, default: 3, max: 5 } as const)

/**
 * Pain at or over `default` (8), wherever it is reported (a session, the
 * morning, an assessment movement), stops and refers: engine default, severe
 * pain; options may lower it to `min` (6, the first red pain). The ceiling's
 * `referPain` (CEILING_DEFAULTS) and the assessment's check share it.
 */
export const REFER_PAIN = /* @__PURE__ */ Object.freeze({ min: 6, default: 8 } as const)

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

/** The pain ceiling option as every area checks it. */
export const PainCeilingOptionSchema = z.int().min(PAIN_CEILING.min).max(PAIN_CEILING.max)

/** A 0-10 pain score read by hand, as PainSchema reads it. */
export const readPain = readInt(0, PAIN_SCALE_MAX)
