import * as z from 'zod'
import { CeilingOptionsSchema } from '../ceiling/ceilingOptions.js'
import { PROGRESSION_DEFAULTS } from './progressionDefaults.js'

/**
 * Options of the dose decision: the ceiling's, and `loadStepPercent` (2-10,
 * default 5) for ladders that add load at the top.
 *
 * @example
 * import { NextDoseOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(NextDoseOptionsSchema.safeParse({ loadStepPercent: 10, referPain: 7 }).success, true)
 * // Load grows by 10% a step at most.
 * assert.equal(NextDoseOptionsSchema.safeParse({ loadStepPercent: 15 }).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const NextDoseOptionsSchema = CeilingOptionsSchema.extend({
  loadStepPercent: z.int().min(PROGRESSION_DEFAULTS.loadStepPercent.min).max(PROGRESSION_DEFAULTS.loadStepPercent.max).optional(),
})
