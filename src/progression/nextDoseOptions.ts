import * as z from 'zod'
import { CeilingOptionsSchema } from '../ceiling/ceilingOptions.js'
import { PROGRESSION_DEFAULTS } from './progressionDefaults.js'

/** The unit a walk's first dose comes in: `reps`, or `metres` (2 m a rep). */
export const WalkUnitSchema = z.enum(['reps', 'metres'])

/** The unit a walk's first dose comes in. */
export type WalkUnit = z.output<typeof WalkUnitSchema>

/**
 * Options of the dose decision: the ceiling's, `loadStepPercent` (2-10,
 * default 5) for ladders that add load at the top, and `walkUnit` (`reps`
 * by default, or `metres`), the unit a walk with no session yet starts in.
 * Once a walk has a session, its next dose comes in the unit that session
 * was logged in, whatever `walkUnit` says.
 *
 * @example
 * import { NextDoseOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(NextDoseOptionsSchema.safeParse({ loadStepPercent: 10, referPain: 7 }).success, true)
 * // Load grows by 10% a step at most.
 * assert.equal(NextDoseOptionsSchema.safeParse({ loadStepPercent: 15 }).success, false)
 * // Walks start over a distance: 1 x 10 m rather than 1 x 5.
 * assert.equal(NextDoseOptionsSchema.safeParse({ walkUnit: 'metres' }).success, true)
 *
 * @category Progression
 * @since 0.1.0
 */
export const NextDoseOptionsSchema = CeilingOptionsSchema.extend({
  loadStepPercent: z.int().min(PROGRESSION_DEFAULTS.loadStepPercent.min).max(PROGRESSION_DEFAULTS.loadStepPercent.max).optional(),
  walkUnit: WalkUnitSchema.optional(),
})
