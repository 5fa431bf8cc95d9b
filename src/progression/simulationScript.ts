import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IntakeSchema } from '../screening/intake.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LocalTimeSchema } from '../shared/localTime.js'
import { PainSchema } from '../shared/pain.js'
import { MovementFieldsSchema } from './movementCase.js'
import { NextDoseOptionsSchema } from './nextDoseOptions.js'

/**
 * What {@link simulateProgression} takes: the intake of the person the run is
 * for, screened first, the movement, the first day and how
 * many weeks, the baseline back pain, how the simulated person responds (the
 * pain during, and after, every session; the load they start with, for
 * ladders that add load; the days of a flare-up, when the morning back pain is
 * the flare-up rise above baseline), and the options: the dose decision's,
 * and `sessionTimes`, the times of a day's sessions (08:00, 13:00 and 19:00
 * by default).
 *
 * @example
 * import { NO_RED_FLAGS, SimulateProgressionInputSchema } from 'rehab-engine'
 *
 * const script = { intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-thrust', start: '2026-11-02', weeks: 2, baselinePain: 1, response: { painDuring: 1 } }
 * assert.equal(SimulateProgressionInputSchema.safeParse(script).success, true)
 * // A run covers at most a year, as a program does.
 * assert.equal(SimulateProgressionInputSchema.safeParse({ ...script, weeks: 53 }).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulateProgressionInputSchema = z.strictObject({
  intake: IntakeSchema,
  movement: MovementFieldsSchema.shape.movement,
  variant: MovementFieldsSchema.shape.variant,
  start: InputDateSchema,
  weeks: z.int().min(1).max(INPUT_LIMITS.weeks),
  baselinePain: PainSchema,
  response: z.strictObject({
    painDuring: PainSchema,
    painAfter: PainSchema.optional(),
    loadKg: z.number().positive().max(INPUT_LIMITS.dose.loadKg).optional(),
    flareUps: boundedList(
      z.strictObject({ week: z.int().min(1).max(INPUT_LIMITS.weeks), day: z.int().min(1).max(7).optional() }),
      { max: INPUT_LIMITS.weeks * 7 },
    ).optional(),
  }),
  assessment: MovementFieldsSchema.shape.assessment,
  options: NextDoseOptionsSchema.extend({ sessionTimes: boundedList(LocalTimeSchema, { min: 1, max: 10 }).optional() }).optional(),
})

/** What `simulateProgression` takes. @category Progression @since 0.1.0 */
export type SimulateProgressionInput = DeepReadonly<z.input<typeof SimulateProgressionInputSchema>>
