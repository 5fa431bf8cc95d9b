import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import { daysBetween } from '../_lib/isoDays.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { customIssue } from '../_lib/parseInput.js'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { LocalTimeSchema } from '../shared/localTime.js'
import { reasonList } from '../shared/reason.js'

const id = z.string().max(INPUT_LIMITS.idLength)
const MAX_DAYS = INPUT_LIMITS.weeks * 7
/** The most movements one session can hold: two warm-ups, the hip thrust, five rehab movements, two protocol and two between-sets movements, with room. */
const MAX_ITEMS_PER_SESSION = 20

/**
 * One movement of a session, at its starting dose.
 *
 * @example
 * import { ProgramItemSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const item = program.right.sessions[0]?.items[0]
 * assert.equal(ProgramItemSchema.safeParse(item).success, true)
 * // Every movement on the calendar comes with its dose.
 * assert.equal(ProgramItemSchema.safeParse({ movement: item?.movement }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramItemSchema = z.strictObject({
  movement: id,
  variant: id.optional(),
  dose: DoseSchema,
})

/** One movement of a session, at its starting dose. @category Program @since 0.1.0 */
export type ProgramItem = DeepReadonly<z.output<typeof ProgramItemSchema>>

/**
 * A session on the calendar: its start as an ISO date-time with the zone's UTC
 * offset on that day, its local date and time, a label and its movements;
 * `planned`, on a session of an episode's program after the day it was asked
 * on (see `episodeProgram`), says its doses are today's, as planned so far.
 *
 * @example
 * import { ProgramSessionSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const session = program.right.sessions[0]
 * assert.equal(ProgramSessionSchema.safeParse(session).success && session?.start, '2026-11-02T08:00:00Z')
 * // Without its offset, a start names no instant.
 * assert.equal(ProgramSessionSchema.safeParse({ ...session, start: '2026-11-02T08:00:00' }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramSessionSchema = z.strictObject({
  start: z.iso.datetime({ offset: true }),
  date: IsoDateSchema,
  time: LocalTimeSchema,
  label: z.string().min(1).max(100),
  items: boundedList(ProgramItemSchema, { min: 1, max: MAX_ITEMS_PER_SESSION }),
  /** Set on a session of an episode's program after the day it was asked on: at that day's dose, as planned so far. */
  planned: z.literal(true).optional(),
})

/** A session on the calendar. @category Program @since 0.1.0 */
export type ProgramSession = DeepReadonly<z.output<typeof ProgramSessionSchema>>

/**
 * A check-in day: a `reassessment` every two weeks (a new movement assessment,
 * which can offer harder forms) and the `check-in` at the end of the program.
 *
 * @example
 * import { CheckInSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const [checkIn] = program.right.checkIns
 * assert.deepStrictEqual(CheckInSchema.parse(checkIn), { date: '2026-11-09', kind: 'check-in' })
 * assert.equal(CheckInSchema.safeParse({ date: '2026-11-09', kind: 'follow-up' }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const CheckInSchema = z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(['reassessment', 'check-in']),
})

/** A check-in day. @category Program @since 0.1.0 */
export type CheckIn = DeepReadonly<z.output<typeof CheckInSchema>>

/**
 * A program laid out on the calendar: the sessions in time order, the
 * check-ins, and the reasons for the layout. Doses are the starting doses;
 * `nextDose` decides each day's dose as the logs come in.
 *
 * @example
 * import { ProgramSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * assert.equal(ProgramSchema.safeParse(program.right).success, true)
 * // A program spans whole weeks: one that ends on day 9 was not laid out by the engine.
 * assert.equal(ProgramSchema.safeParse({ ...program.right, end: '2026-11-10' }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const ProgramSchema = z
  .strictObject({
    start: IsoDateSchema,
    end: IsoDateSchema,
    timeZone: z.string().min(1).max(64),
    sessions: boundedList(ProgramSessionSchema, { max: MAX_DAYS * 10 }),
    checkIns: boundedList(CheckInSchema, { max: MAX_DAYS }),
    reasons: reasonList(1),
  })
  .superRefine((program, context) => {
    // A program spans whole weeks, 1 to 52 of them; anything else was not made by buildProgram.
    const days = daysBetween(program.start, program.end) + 1
    if (!(days >= 7 && days <= MAX_DAYS && days % 7 === 0)) {
      context.addIssue(customIssue('inconsistent', ['end'], `must end a whole number of weeks (1-${INPUT_LIMITS.weeks}) after start`))
    }
  })

/** A program laid out on the calendar. @category Program @since 0.1.0 */
export type Program = DeepReadonly<z.output<typeof ProgramSchema>>

/** A program as the engine takes it back (to export it). @category Program @since 0.2.0 */
export type ProgramInput = DeepReadonly<z.input<typeof ProgramSchema>>
