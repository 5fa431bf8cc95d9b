import * as z from 'zod'

/*
 * Upper bounds that only keep nonsense out (a typo of 1000 sets); they are far
 * above anything a rehab ladder prescribes, so they never limit a real plan.
 */
/** The most sets a dose may hold. @category Shared @since 0.1.0 */
export const MAX_DOSE_SETS = 10
/** The most reps a set may hold. @category Shared @since 0.1.0 */
export const MAX_DOSE_REPS = 500
/** The longest hold, in seconds (one hour). @category Shared @since 0.1.0 */
export const MAX_DOSE_SECONDS = 3_600
/** The longest distance, in meters. @category Shared @since 0.1.0 */
export const MAX_DOSE_METERS = 10_000
/** The heaviest added load, in kilograms. @category Shared @since 0.1.0 */
export const MAX_DOSE_LOAD_KG = 500

const count = (max: number) => z.int().min(1).max(max)

/**
 * A dose counted in repetitions: `sets` of `reps`, optionally per side, with a
 * resistance band, or with an added load in kilograms.
 *
 * @category Shared
 * @since 0.1.0
 */
export const RepsDoseSchema = z.strictObject({
  kind: z.literal('reps'),
  sets: count(MAX_DOSE_SETS),
  reps: count(MAX_DOSE_REPS),
  perSide: z.boolean().optional(),
  band: z.boolean().optional(),
  loadKg: z.number().positive().max(MAX_DOSE_LOAD_KG).optional(),
})

/**
 * A dose held for time: `sets` holds of `seconds` each.
 *
 * @category Shared
 * @since 0.1.0
 */
export const HoldDoseSchema = z.strictObject({
  kind: z.literal('hold'),
  sets: count(MAX_DOSE_SETS),
  seconds: count(MAX_DOSE_SECONDS),
})

/**
 * A dose covered over distance: `sets` of `meters` each.
 *
 * @category Shared
 * @since 0.1.0
 */
export const DistanceDoseSchema = z.strictObject({
  kind: z.literal('distance'),
  sets: count(MAX_DOSE_SETS),
  meters: count(MAX_DOSE_METERS),
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

/** @category Shared @since 0.1.0 */
export type Dose = z.infer<typeof DoseSchema>
/** @category Shared @since 0.1.0 */
export type RepsDose = z.infer<typeof RepsDoseSchema>
/** @category Shared @since 0.1.0 */
export type HoldDose = z.infer<typeof HoldDoseSchema>
/** @category Shared @since 0.1.0 */
export type DistanceDose = z.infer<typeof DistanceDoseSchema>
/** The three shapes a dose can take. @category Shared @since 0.1.0 */
export type DoseKind = Dose['kind']
