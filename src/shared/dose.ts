import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { INPUT_LIMITS } from './limits.js'

const LIMIT = INPUT_LIMITS.dose

const count = (max: number) => z.int().min(1).max(max)

/**
 * A dose counted in repetitions: `sets` of `reps`, optionally per side, with a
 * resistance band, with an added load in kilograms, or with each rep held
 * for `holdSeconds` (raising the roof's 1-2 s, seed 004).
 *
 * @example
 * import { RepsDoseSchema } from 'rehab-engine'
 *
 * assert.equal(RepsDoseSchema.safeParse({ kind: 'reps', sets: 2, reps: 8, perSide: true }).success, true)
 * // Repetitions are counted whole: half a rep is not a dose.
 * assert.equal(RepsDoseSchema.safeParse({ kind: 'reps', sets: 2, reps: 7.5 }).success, false)
 * assert.equal(RepsDoseSchema.safeParse({ kind: 'reps', sets: 1, reps: 5, holdSeconds: 2 }).success, true)
 *
 * @category Shared
 * @since 0.1.0
 */
export const RepsDoseSchema = z.strictObject({
  kind: z.literal('reps'),
  sets: count(LIMIT.sets),
  reps: count(LIMIT.reps),
  perSide: z.boolean().optional(),
  band: z.boolean().optional(),
  loadKg: z.number().positive().max(LIMIT.loadKg).optional(),
  holdSeconds: count(LIMIT.seconds).optional(),
})

/**
 * A dose held for time: `sets` holds of `seconds` each.
 *
 * @example
 * import { HoldDoseSchema, ladderOf } from 'rehab-engine'
 *
 * const deadbug = ladderOf({ movement: 'deadbug' })
 * assert.equal(deadbug._tag === 'Right' && deadbug.right.rungs.every((rung) => HoldDoseSchema.safeParse(rung).success), true)
 * assert.equal(HoldDoseSchema.safeParse({ kind: 'hold', sets: 2, seconds: 0 }).success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const HoldDoseSchema = z.strictObject({
  kind: z.literal('hold'),
  sets: count(LIMIT.sets),
  seconds: count(LIMIT.seconds),
})

/**
 * A dose covered over distance: `sets` of `meters` each.
 *
 * @example
 * import { DistanceDoseSchema, findMovement } from 'rehab-engine'
 *
 * const walk = findMovement({ movement: 'kettlebell-walk' })
 * assert.equal(walk._tag === 'Right' && walk.right.dose.kinds.includes('distance'), true)
 * assert.equal(DistanceDoseSchema.safeParse({ kind: 'distance', sets: 2, meters: 20 }).success, true)
 * assert.equal(DistanceDoseSchema.safeParse({ kind: 'distance', sets: 2, meters: 12.5 }).success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const DistanceDoseSchema = z.strictObject({
  kind: z.literal('distance'),
  sets: count(LIMIT.sets),
  meters: count(LIMIT.meters),
})

/**
 * How much of a movement to do, in one of three shapes told apart by `kind`.
 * Counts are positive whole numbers.
 *
 * @example
 * import { DoseSchema } from 'rehab-engine'
 *
 * assert.equal(DoseSchema.safeParse({ kind: 'hold', sets: 2, seconds: 20 }).success, true)
 * assert.equal(DoseSchema.safeParse({ kind: 'reps', sets: 0, reps: 5 }).success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const DoseSchema = z.discriminatedUnion('kind', [RepsDoseSchema, HoldDoseSchema, DistanceDoseSchema])

/** How much of a movement to do, in any of the three shapes. @category Shared @since 0.1.0 */
export type Dose = DeepReadonly<z.output<typeof DoseSchema>>
/** A dose counted in repetitions. @category Shared @since 0.1.0 */
export type RepsDose = DeepReadonly<z.output<typeof RepsDoseSchema>>
/** A dose held for time. @category Shared @since 0.1.0 */
export type HoldDose = DeepReadonly<z.output<typeof HoldDoseSchema>>
/** A dose covered over distance. @category Shared @since 0.1.0 */
export type DistanceDose = DeepReadonly<z.output<typeof DistanceDoseSchema>>
/** The three shapes a dose can take. @category Shared @since 0.1.0 */
export type DoseKind = Dose['kind']

/** A dose as the engine takes it. @category Shared @since 0.2.0 */
export type DoseInput = DeepReadonly<z.input<typeof DoseSchema>>
