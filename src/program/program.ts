import * as z from 'zod'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { ReasonSchema } from '../shared/reason.js'
import { LocalTimeSchema } from '../progression/sessionLog.js'
import { MAX_PROGRAM_WEEKS } from './programDefaults.js'

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
export const ProgramSchema = z
  .strictObject({
    start: IsoDateSchema,
    end: IsoDateSchema,
    timeZone: z.string().min(1).max(64),
    sessions: z.array(ProgramSessionSchema).max(MAX_PROGRAM_WEEKS * 7 * 10).readonly(),
    checkIns: z.array(CheckInSchema).max(MAX_PROGRAM_WEEKS * 7).readonly(),
    reasons: z.array(ReasonSchema).readonly(),
  })
  .superRefine((program, context) => {
    // A program spans whole weeks, 1 to 52 of them; anything else was not made by buildProgram.
    const days = (Date.parse(`${program.end}T00:00:00Z`) - Date.parse(`${program.start}T00:00:00Z`)) / 86_400_000 + 1
    if (!(days >= 7 && days <= MAX_PROGRAM_WEEKS * 7 && days % 7 === 0)) {
      context.addIssue({ code: 'custom', path: ['end'], message: `must end a whole number of weeks (1-${MAX_PROGRAM_WEEKS}) after start` })
    }
  })

/** @category Program @since 0.1.0 */
export type Program = z.infer<typeof ProgramSchema>
