import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { kebabId } from '../shared/ids.js'
import { customIssue } from '../_lib/parseInput.js'
import { DistanceDoseSchema, DoseSchema } from '../shared/dose.js'
import { INPUT_LIMITS } from '../shared/limits.js'

/**
 * What follows the top rung: `stay` there; `advance` to another movement,
 * which starts at the bottom of its own ladder; a `load-step`, adding load
 * (a percentage, an option of `nextDose`) and dropping back to rung `backTo`;
 * or the `harder-form`, suggested for the next reassessment (the catalog's
 * `harderForm`, or the movement's next variant).
 *
 * @example
 * import { AfterTopSchema, ladderOf } from 'rehab-engine'
 *
 * const deadbug = ladderOf({ movement: 'deadbug' })
 * assert.deepStrictEqual(deadbug._tag === 'Right' && AfterTopSchema.parse(deadbug.right.afterTop), { kind: 'advance', to: 'advanced-iso-hold' })
 * // A load step must say which rung to drop back to.
 * assert.equal(AfterTopSchema.safeParse({ kind: 'load-step' }).success, false)
 *
 * @category Ladders
 * @since 0.1.0
 */
export const AfterTopSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stay') }),
  z.strictObject({ kind: z.literal('advance'), to: kebabId }),
  z.strictObject({ kind: z.literal('load-step'), backTo: z.int().min(0) }),
  z.strictObject({ kind: z.literal('harder-form') }),
])

/** What follows the top rung of a ladder. @category Ladders @since 0.1.0 */
export type AfterTop = DeepReadonly<z.output<typeof AfterTopSchema>>

/**
 * How often a movement may be done: `perDay` sessions a day, on at most
 * `perWeek.max` days in any 7 (`perWeek.min` is the weekly aim a schedule
 * plans for), and at least `minDaysApart` days from one session day to the
 * next (2 means never on consecutive days).
 *
 * @example
 * import { FrequencySchema, ladderOf } from 'rehab-engine'
 *
 * const press = ladderOf({ movement: 'thoracic-press' })
 * assert.deepStrictEqual(press._tag === 'Right' && FrequencySchema.parse(press.right.frequency), { perDay: 1, perWeek: { min: 2, max: 2 }, minDaysApart: 2 })
 * // No week has more than 7 days to fill.
 * assert.equal(FrequencySchema.safeParse({ perDay: 1, perWeek: { min: 1, max: 8 }, minDaysApart: 1 }).success, false)
 *
 * @category Ladders
 * @since 0.1.0
 */
export const FrequencySchema = z.strictObject({
  perDay: z.int().min(1).max(10),
  perWeek: z.strictObject({ min: z.int().min(1).max(7), max: z.int().min(1).max(7) }).optional(),
  minDaysApart: z.int().min(1).max(7),
})

/** How often a movement may be done. @category Ladders @since 0.1.0 */
export type Frequency = DeepReadonly<z.output<typeof FrequencySchema>>

/**
 * A movement's progression as data: its rungs from the start dose (first) to
 * the top (last), what follows the top, how often it may be done, and where the
 * numbers come from. A step up moves one rung. A walk's ladder may hold
 * `distanceRungs` too, the same rungs in metres: a walk logged over distance
 * is read, and dosed, on them.
 *
 * @example
 * import { LadderSchema } from 'rehab-engine'
 *
 * const ladder = {
 *   rungs: [
 *     { kind: 'reps', sets: 1, reps: 10 },
 *     { kind: 'reps', sets: 1, reps: 15 },
 *   ],
 *   afterTop: { kind: 'stay' },
 *   frequency: { perDay: 1, minDaysApart: 1 },
 *   source: 'our clinic',
 * }
 * assert.equal(LadderSchema.safeParse(ladder).success, true)
 *
 * @category Ladders
 * @since 0.1.0
 */
export const LadderSchema = z
  .strictObject({
    rungs: boundedList(DoseSchema, { min: 1, max: INPUT_LIMITS.ladderRungs }),
    /** The same rungs in metres, for a walk logged over distance: rung for rung, as many as `rungs`. */
    distanceRungs: boundedList(DistanceDoseSchema, { min: 1, max: INPUT_LIMITS.ladderRungs }).optional(),
    afterTop: AfterTopSchema,
    frequency: FrequencySchema,
    source: z.string().min(1).max(200),
  })
  .superRefine((ladder, context) => {
    if (ladder.afterTop.kind === 'load-step' && ladder.afterTop.backTo >= ladder.rungs.length) {
      context.addIssue(customIssue('too_big', ['afterTop', 'backTo'], `must name a rung, 0 to ${ladder.rungs.length - 1}`))
    }
    if (ladder.afterTop.kind === 'load-step' && ladder.rungs.some((rung) => rung.kind !== 'reps')) {
      context.addIssue(customIssue('inconsistent', ['afterTop', 'kind'], 'a load step needs a ladder dosed in reps'))
    }
    if (ladder.frequency.perWeek !== undefined && ladder.frequency.perWeek.min > ladder.frequency.perWeek.max) {
      context.addIssue(customIssue('inconsistent', ['frequency', 'perWeek', 'min'], 'must not be more than max'))
    }
    if (ladder.distanceRungs !== undefined && ladder.distanceRungs.length !== ladder.rungs.length) {
      context.addIssue(customIssue('inconsistent', ['distanceRungs'], `must hold one rung in metres for each of the ${ladder.rungs.length} rungs`))
    }
    const seen = new Set<string>()
    ladder.rungs.forEach((rung, index) => {
      const key = JSON.stringify(rung)
      if (seen.has(key)) context.addIssue(customIssue('duplicate', ['rungs', index], 'repeats an earlier rung'))
      seen.add(key)
    })
  })

/** A movement's progression as data. @category Ladders @since 0.1.0 */
export type Ladder = DeepReadonly<z.output<typeof LadderSchema>>
