import * as z from 'zod'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'
import { DoseActionSchema } from './doseDecision.js'
import { LocalTimeSchema } from './sessionLog.js'
import { MorningCheckSchema } from './morningCheck.js'

/**
 * One step of a simulated timeline: the decision taken before a session
 * slot, and whether the session was then done (`performed`) with the
 * scripted pain.
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulationStepSchema = z.strictObject({
  date: IsoDateSchema,
  time: LocalTimeSchema,
  movement: z.string(),
  variant: z.string().optional(),
  action: DoseActionSchema,
  dose: DoseSchema,
  performed: z.boolean(),
  painDuring: PainSchema.optional(),
  reason: z.string(),
})

/** @category Progression @since 0.1.0 */
export type SimulationStep = z.infer<typeof SimulationStepSchema>

/**
 * A simulated progression: every decision in order, the morning checks the
 * script produced, and a summary a coach can read at a glance.
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulationSchema = z.strictObject({
  movement: z.string(),
  variant: z.string().optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  timeline: z.array(SimulationStepSchema).readonly(),
  mornings: z.array(MorningCheckSchema).readonly(),
  summary: z.strictObject({
    firstDose: DoseSchema,
    lastDose: DoseSchema,
    lastMovement: z.string(),
    sessions: z.int().min(0),
    stepsUp: z.int().min(0),
    stepsDown: z.int().min(0),
    stopped: z.boolean(),
  }),
})

/** @category Progression @since 0.1.0 */
export type Simulation = z.infer<typeof SimulationSchema>
