import * as z from 'zod'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { ReasonSchema } from '../shared/reason.js'
import { LocalTimeSchema } from '../progression/sessionLog.js'

/**
 * One movement of a session, at its starting dose.
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramItemSchema = z.strictObject({
  movement: z.string(),
  variant: z.string().optional(),
  dose: DoseSchema,
})

/** @category Program @since 0.1.0 */
export type ProgramItem = z.infer<typeof ProgramItemSchema>

/**
 * A session on the calendar: its start as an ISO date-time with the zone's UTC
 * offset on that day, its local date and time, a label and its movements.
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramSessionSchema = z.strictObject({
  start: z.iso.datetime({ offset: true }),
  date: IsoDateSchema,
  time: LocalTimeSchema,
  label: z.string().min(1),
  items: z.array(ProgramItemSchema).min(1).readonly(),
})

/** @category Program @since 0.1.0 */
export type ProgramSession = z.infer<typeof ProgramSessionSchema>

/**
 * A check-in day: a `reassessment` every two weeks (a new movement assessment,
 * which can offer harder forms) and the `check-in` at the end of the program.
 *
 * @category Program
 * @since 0.1.0
 */
export const CheckInSchema = z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(['reassessment', 'check-in']),
})

/** @category Program @since 0.1.0 */
export type CheckIn = z.infer<typeof CheckInSchema>

/**
 * A program laid out on the calendar: the sessions in time order, the
 * check-ins, and the reasons for the layout. Doses are the starting doses;
 * `nextDose` decides each day's dose as the logs come in.
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
  timeZone: z.string().min(1),
  sessions: z.array(ProgramSessionSchema).readonly(),
  checkIns: z.array(CheckInSchema).readonly(),
  reasons: z.array(ReasonSchema).readonly(),
})

/** @category Program @since 0.1.0 */
export type Program = z.infer<typeof ProgramSchema>
