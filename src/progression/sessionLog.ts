import * as z from 'zod'
import { idReference } from '../internal/kebabId.js'
import { DoseSchema } from '../shared/dose.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'

/** `HH:mm` on the 24-hour clock, 00:00 to 23:59. */
export const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/**
 * A local time of day as `HH:mm`, 24-hour clock.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const LocalTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, { message: 'must be a time written HH:mm, 00:00 to 23:59' })

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
export type SessionLog = z.infer<typeof SessionLogSchema>
