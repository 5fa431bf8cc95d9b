import * as z from 'zod'
import { kebabId } from '../internal/kebabId.js'
import { LadderSchema } from './ladder.js'

/** The most focus tags one movement may carry. @category Catalog @since 0.1.0 */
export const MAX_FOCUS_PER_MOVEMENT = 8
/** The most variants one movement may list. @category Catalog @since 0.1.0 */
export const MAX_VARIANTS_PER_MOVEMENT = 20

/**
 * What a movement is used for: `assessment` (scored for pain and selectable
 * for rehab, seed 001), `protocol` (the weekly back-pain protocol, seed 000),
 * `between-sets` (done between sets of a workout, seed 004).
 *
 * @category Catalog
 * @since 0.1.0
 */
export const RoleSchema = z.enum(['assessment', 'protocol', 'between-sets'])

/** @category Catalog @since 0.1.0 */
export type Role = z.infer<typeof RoleSchema>

/**
 * A named form of a movement (for example a kettlebell held overhead). A
 * movement lists its variants from easiest to hardest.
 *
 * @category Catalog
 * @since 0.1.0
 */
export const VariantSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1).max(80),
})

/** @category Catalog @since 0.1.0 */
export type Variant = z.infer<typeof VariantSchema>

/**
 * How a movement's dose is counted: the dose kinds it accepts (the first is
 * its usual one) and whether counts are per side.
 *
 * @category Catalog
 * @since 0.1.0
 */
export const DoseShapeSchema = z.strictObject({
  kinds: z.array(z.enum(['reps', 'hold', 'distance'])).min(1).max(3).readonly(),
  perSide: z.boolean(),
})

/** @category Catalog @since 0.1.0 */
export type DoseShape = z.infer<typeof DoseShapeSchema>

const noRepeats = (values: readonly string[]): boolean => new Set(values).size === values.length

/**
 * One movement of a catalog. `harderForm` and `easierForm` name other
 * movements of the same catalog; `ladder` is its progression (an assessment
 * movement without one gets the rehab ladder); `source` says where the
 * movement comes from.
 *
 * @example
 * import { MovementSchema, movements } from 'rehab-engine'
 *
 * for (const movement of movements) assert.equal(MovementSchema.safeParse(movement).success, true)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const MovementSchema = z
  .strictObject({
    id: kebabId,
    name: z.string().min(1).max(80),
    description: z.string().min(1).max(300),
    roles: z.array(RoleSchema).min(1).readonly(),
    focus: z.array(kebabId).min(1).max(MAX_FOCUS_PER_MOVEMENT).readonly(),
    dose: DoseShapeSchema,
    variants: z.array(VariantSchema).max(MAX_VARIANTS_PER_MOVEMENT).readonly(),
    harderForm: kebabId.optional(),
    easierForm: kebabId.optional(),
    ladder: LadderSchema.optional(),
    source: z.string().min(1).max(200),
  })
  .superRefine((movement, context) => {
    const repeated = (path: string, values: readonly string[]) => {
      if (!noRepeats(values)) context.addIssue({ code: 'custom', path: [path], message: 'must not list a value twice' })
    }
    repeated('roles', movement.roles)
    repeated('focus', movement.focus)
    repeated('variants', movement.variants.map((variant) => variant.id))
    if (!noRepeats(movement.dose.kinds)) {
      context.addIssue({ code: 'custom', path: ['dose', 'kinds'], message: 'must not list a value twice' })
    }
    for (const key of ['harderForm', 'easierForm'] as const) {
      if (movement[key] === movement.id) {
        context.addIssue({ code: 'custom', path: [key], message: 'must name another movement, not this one' })
      }
    }
    movement.ladder?.rungs.forEach((rung, index) => {
      const path = ['ladder', 'rungs', index]
      if (!movement.dose.kinds.includes(rung.kind)) {
        context.addIssue({ code: 'custom', path: [...path, 'kind'], message: `must be one of the movement's dose kinds (${movement.dose.kinds.join(', ')})` })
      } else if (rung.kind === 'reps' && (rung.perSide ?? false) !== movement.dose.perSide) {
        context.addIssue({ code: 'custom', path: [...path, 'perSide'], message: `must be ${movement.dose.perSide}, as the movement's dose is` })
      }
    })
    // The selection rule doses every chosen movement in reps (seed 001: 5-10 reps).
    if (movement.roles.includes('assessment') && !movement.dose.kinds.includes('reps')) {
      context.addIssue({
        code: 'custom',
        path: ['dose', 'kinds'],
        message: 'an assessment movement must accept a dose in reps, as the selection rule doses in reps',
      })
    }
  })

/** @category Catalog @since 0.1.0 */
export type Movement = z.infer<typeof MovementSchema>
