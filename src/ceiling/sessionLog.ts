import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { DoseSchema } from '../shared/dose.js'
import { idReference } from '../shared/ids.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { LocalTimeSchema } from '../shared/localTime.js'
import { PainSchema } from '../shared/pain.js'

/**
 * One exercise session of one movement: what was done (`performed`), whether
 * the prescribed dose was completed, and the pain during it and, if asked,
 * after it (0-10).
 *
 * @example
 * import { SessionLogSchema } from 'rehab-engine'
 *
 * const session = {
 *   date: '2026-11-02',
 *   time: '08:00',
 *   movement: 'deadbug',
 *   performed: { kind: 'hold', sets: 2, seconds: 20 },
 *   completed: true,
 *   painDuring: 2,
 *   painAfter: 1,
 * }
 * assert.equal(SessionLogSchema.safeParse(session).success, true)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const SessionLogSchema = z.strictObject({
  date: InputDateSchema,
  time: LocalTimeSchema.optional(),
  movement: idReference,
  variant: idReference.optional(),
  performed: DoseSchema,
  completed: z.boolean(),
  painDuring: PainSchema,
  painAfter: PainSchema.optional(),
})

/** @category Ceiling @since 0.1.0 */
export type SessionLog = DeepReadonly<z.output<typeof SessionLogSchema>>

/** A session log as the engine takes it. @category Ceiling @since 0.2.0 */
export type SessionLogInput = DeepReadonly<z.input<typeof SessionLogSchema>>
