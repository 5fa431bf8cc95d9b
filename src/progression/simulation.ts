import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { MorningCheckSchema } from '../ceiling/morningCheck.js'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LocalTimeSchema } from '../shared/localTime.js'
import { PainSchema } from '../shared/pain.js'
import { DoseActionSchema } from './doseDecision.js'

const id = z.string().max(INPUT_LIMITS.idLength)
const slot = { date: IsoDateSchema, time: LocalTimeSchema, movement: id, variant: id.optional(), reason: z.string().max(2_000) }

/**
 * One step of a simulated timeline: the decision taken before a session slot.
 * A session done (`performed: true`) carries its action, dose and the scripted
 * pain; a stop (`performed: false`) says whether the movement was `paused`
 * (until `resumeOn`) or the ceiling `referred`, and carries no dose.
 *
 * @example
 * import { NO_RED_FLAGS, SimulationStepSchema, simulateProgression } from 'rehab-engine'
 *
 * const run = simulateProgression({ intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-thrust', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } })
 * const first = run._tag === 'Right' ? run.right.timeline[0] : undefined
 * assert.equal(SimulationStepSchema.safeParse(first).success && first?.performed, true)
 * // A stop carries no dose.
 * assert.equal(SimulationStepSchema.safeParse({ ...first, performed: false, stop: 'paused' }).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulationStepSchema = z.discriminatedUnion('performed', [
  z.strictObject({ ...slot, performed: z.literal(true), action: DoseActionSchema, dose: DoseSchema, painDuring: PainSchema }),
  z.strictObject({ ...slot, performed: z.literal(false), stop: z.enum(['paused', 'referred']), resumeOn: IsoDateSchema.optional() }),
])

/** One step of a simulated timeline. @category Progression @since 0.1.0 */
export type SimulationStep = DeepReadonly<z.output<typeof SimulationStepSchema>>

const MAX_DAYS = INPUT_LIMITS.weeks * 7

/**
 * A simulated progression: every decision in order, the morning checks the
 * script produced, and a summary a coach can read at a glance. `firstDose`
 * and `lastDose` are those of the first and last sessions done; a simulation
 * that stopped before any session has neither.
 *
 * @example
 * import { NO_RED_FLAGS, SimulationSchema, simulateProgression } from 'rehab-engine'
 *
 * const run = simulateProgression({ intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-thrust', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } })
 * if (run._tag !== 'Right') throw new Error('expected a simulation')
 * assert.equal(SimulationSchema.safeParse(run.right).success, true)
 * // A pause stops a session: no session is done with it as its action.
 * assert.equal(SimulationSchema.safeParse({ ...run.right, timeline: [{ ...run.right.timeline[0], action: 'pause' }] }).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulationSchema = z.strictObject({
  movement: id,
  variant: id.optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  timeline: boundedList(SimulationStepSchema, { max: MAX_DAYS * 10 }),
  mornings: boundedList(MorningCheckSchema, { max: MAX_DAYS }),
  summary: z.strictObject({
    firstDose: DoseSchema.optional(),
    lastDose: DoseSchema.optional(),
    lastMovement: id,
    sessions: z.int().min(0),
    stepsUp: z.int().min(0),
    stepsDown: z.int().min(0),
    pauses: z.int().min(0),
    referred: z.boolean(),
  }),
})

/** A simulated progression with its summary. @category Progression @since 0.1.0 */
export type Simulation = DeepReadonly<z.output<typeof SimulationSchema>>
