import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { FrequencySchema } from '../catalog/ladder.js'
import { CheckInSchema } from '../program/program.js'
import { DoseActionSchema, DoseDecisionSchema, PausedSchema } from '../progression/doseDecision.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { reasonList } from '../shared/reason.js'
import { AdherenceSchema } from './adherence.js'

/** The most movements a day can hold: every result of an assessment, and every protocol and between-sets movement. */
export const MAX_DAY_ITEMS = INPUT_LIMITS.assessmentResults + 7

const reference = { movement: z.string().max(INPUT_LIMITS.idLength), variant: z.string().max(INPUT_LIMITS.idLength).optional() }

/**
 * What a dosed movement does today: what the dose decision did (`start`,
 * `progress`, `hold`, `step-down`, `advance`), or `return` after a break.
 *
 * @example
 * import { DayStatusSchema } from 'rehab-engine'
 *
 * assert.equal(DayStatusSchema.safeParse('return').success, true)
 * // A paused movement is a PausedItem, with no dose: never a status of a dosed one.
 * assert.equal(DayStatusSchema.safeParse('paused').success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const DayStatusSchema = z.enum([...DoseActionSchema.options, 'return'])

/** What a dosed movement does today. @category Episode @since 0.3.0 */
export type DayStatus = z.output<typeof DayStatusSchema>

/**
 * One movement of a day's plan, with something to do: its `status` (what
 * the dose decision did), its `dose`, how many times today (`timesToday`, 0
 * when `nextEarliest` is a later day), and why.
 *
 * @example
 * import { DosedItemSchema } from 'rehab-engine'
 *
 * const item = {
 *   movement: 'hip-bridge',
 *   status: 'start',
 *   dose: { kind: 'reps', sets: 1, reps: 5 },
 *   timesToday: 3,
 *   nextEarliest: '2026-11-02',
 *   reasons: [{ rule: 'ladder-start', message: 'No hip-bridge session yet: start at 1 x 5.' }],
 * }
 * assert.equal(DosedItemSchema.safeParse(item).success, true)
 * assert.equal(DosedItemSchema.safeParse({ ...item, dose: undefined }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const DosedItemSchema = z.strictObject({
  ...reference,
  status: DayStatusSchema,
  dose: DoseDecisionSchema.shape.dose,
  timesToday: FrequencySchema.shape.perDay.or(z.literal(0)),
  nextEarliest: IsoDateSchema,
  advanceTo: DoseDecisionSchema.shape.advanceTo,
  harderForm: DoseDecisionSchema.shape.harderForm,
  reasons: reasonList(1),
})

/** A movement of a day's plan with a dose. @category Episode @since 0.3.0 */
export type DosedItem = DeepReadonly<z.output<typeof DosedItemSchema>>

/**
 * One movement of a day's plan that rests: `status: 'paused'`, until
 * `resumeOn`, with a `substitute` when the latest assessment offers one. It
 * never carries a dose.
 *
 * @example
 * import { PausedItemSchema } from 'rehab-engine'
 *
 * const item = {
 *   movement: 'hip-bridge',
 *   status: 'paused',
 *   resumeOn: '2026-11-09',
 *   reasons: [{ rule: 'pause-held', message: 'hip-bridge rests until 2026-11-09.' }],
 * }
 * assert.equal(PausedItemSchema.safeParse(item).success, true)
 * assert.equal(PausedItemSchema.safeParse({ ...item, dose: { kind: 'reps', sets: 1, reps: 5 } }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const PausedItemSchema = z.strictObject({
  ...reference,
  status: z.literal('paused'),
  resumeOn: IsoDateSchema,
  substitute: PausedSchema.shape.substitute,
  reasons: reasonList(1),
})

/** A movement of a day's plan that rests. @category Episode @since 0.3.0 */
export type PausedItem = DeepReadonly<z.output<typeof PausedItemSchema>>

/**
 * What a person may do on one day of an episode: every movement the program
 * schedules that day (the latest assessment's selection, and the protocol and
 * between-sets movements on their weekdays), each dosed or paused; the
 * reassessment or check-in `due`; how the week before was kept to
 * (`adherence`); and the reasons that hold for the whole day.
 *
 * @example
 * import { DayPlanSchema } from 'rehab-engine'
 *
 * const adherence = { from: '2026-10-26', through: '2026-11-01', prescribed: 0, done: 0, skipped: 0, movements: [] }
 * const plan = { _tag: 'DayPlan', date: '2026-11-02', items: [], due: [], adherence, reasons: [{ rule: 'red-flags-clear', message: 'No red flag.' }] }
 * assert.equal(DayPlanSchema.safeParse(plan).success, true)
 * assert.equal(DayPlanSchema.safeParse({ ...plan, date: '2 November' }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const DayPlanSchema = z.strictObject({
  _tag: z.literal('DayPlan'),
  date: IsoDateSchema,
  items: boundedList(z.union([DosedItemSchema, PausedItemSchema]), { max: MAX_DAY_ITEMS }),
  due: boundedList(CheckInSchema, { max: 2 }),
  adherence: AdherenceSchema,
  reasons: reasonList(1),
})

/** What a person may do on one day of an episode. @category Episode @since 0.3.0 */
export type DayPlan = DeepReadonly<z.output<typeof DayPlanSchema>>

/** One movement of a day's plan. @category Episode @since 0.3.0 */
export type DayItem = DosedItem | PausedItem
