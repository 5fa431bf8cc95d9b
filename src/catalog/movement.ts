import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { kebabId } from '../shared/ids.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { customIssue } from '../_lib/parseInput.js'
import { LadderSchema } from './ladder.js'

/**
 * What a movement is used for: `assessment` (scored for pain and selectable
 * for rehab, seed 001), `protocol` (the weekly back-pain protocol, seed 000),
 * `between-sets` (done between sets of a workout, seed 004), `corrective`
 * (offered for a posture finding at the assessment, seed 003).
 *
 * @example
 * import { RoleSchema, findMovement } from 'rehab-engine'
 *
 * const deadbug = findMovement({ movement: 'deadbug' })
 * assert.deepStrictEqual(deadbug._tag === 'Right' && deadbug.right.roles, ['protocol'])
 * assert.equal(RoleSchema.safeParse('between-sets').success, true)
 * // The warm-ups are protocol movements: a warm-up is not a role of its own.
 * assert.equal(RoleSchema.safeParse('warm-up').success, false)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const RoleSchema = z.enum(['assessment', 'protocol', 'between-sets', 'corrective'])

/** What a movement is used for. @category Catalog @since 0.1.0 */
export type Role = DeepReadonly<z.output<typeof RoleSchema>>

/**
 * A named form of a movement (for example a kettlebell held overhead). A
 * movement lists its variants from easiest to hardest.
 *
 * @example
 * import { VariantSchema, findMovement } from 'rehab-engine'
 *
 * const walk = findMovement({ movement: 'kettlebell-walk' })
 * const easiest = walk._tag === 'Right' ? walk.right.variants[0] : undefined
 * assert.deepStrictEqual(VariantSchema.parse(easiest), { id: 'by-the-side', name: 'Held at the side' })
 * // The id is kebab-case; the name is for people.
 * assert.equal(VariantSchema.safeParse({ id: 'Held overhead', name: 'Held overhead' }).success, false)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const VariantSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1).max(80),
})

/** A named form of a movement. @category Catalog @since 0.1.0 */
export type Variant = DeepReadonly<z.output<typeof VariantSchema>>

/**
 * How a movement's dose is counted: the dose kinds it accepts (the first is
 * its usual one) and whether counts are per side.
 *
 * @example
 * import { DoseShapeSchema, findMovement } from 'rehab-engine'
 *
 * const bridge = findMovement({ movement: 'single-leg-hip-bridge' })
 * assert.deepStrictEqual(bridge._tag === 'Right' && DoseShapeSchema.parse(bridge.right.dose), { kinds: ['reps'], perSide: true })
 * // A movement with no kind of dose could never be prescribed.
 * assert.equal(DoseShapeSchema.safeParse({ kinds: [], perSide: false }).success, false)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const DoseShapeSchema = z.strictObject({
  kinds: boundedList(z.enum(['reps', 'hold', 'distance']), { min: 1, max: 3 }),
  perSide: z.boolean(),
})

/** How a movement's dose is counted. @category Catalog @since 0.1.0 */
export type DoseShape = DeepReadonly<z.output<typeof DoseShapeSchema>>

const noRepeats = (values: readonly string[]): boolean => new Set(values).size === values.length

/**
 * One movement of a catalog. `harderForm` and `easierForm` name other
 * movements of the same catalog; `ladder` is its progression (an assessment
 * movement without one gets the rehab ladder); `source` says where the
 * movement comes from.
 *
 * @example
 * import { BUILT_IN_CATALOG, MovementSchema } from 'rehab-engine'
 *
 * for (const movement of BUILT_IN_CATALOG) assert.equal(MovementSchema.safeParse(movement).success, true)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const MovementSchema = z
  .strictObject({
    id: kebabId,
    name: z.string().min(1).max(80),
    description: z.string().min(1).max(300),
    roles: boundedList(RoleSchema, { min: 1, max: RoleSchema.options.length }),
    focus: boundedList(kebabId, { min: 1, max: INPUT_LIMITS.focusPerMovement }),
    dose: DoseShapeSchema,
    variants: boundedList(VariantSchema, { max: INPUT_LIMITS.variantsPerMovement }),
    harderForm: kebabId.optional(),
    easierForm: kebabId.optional(),
    ladder: LadderSchema.optional(),
    source: z.string().min(1).max(200),
  })
  .superRefine((movement, context) => {
    const repeated = (path: string, values: readonly string[]) => {
      if (!noRepeats(values)) context.addIssue(customIssue('duplicate', [path], 'must not list a value twice'))
    }
    repeated('roles', movement.roles)
    repeated('focus', movement.focus)
    repeated('variants', movement.variants.map((variant) => variant.id))
    if (!noRepeats(movement.dose.kinds)) context.addIssue(customIssue('duplicate', ['dose', 'kinds'], 'must not list a value twice'))
    for (const key of ['harderForm', 'easierForm'] as const) {
      if (movement[key] === movement.id) {
        context.addIssue(customIssue('inconsistent', [key], 'must name another movement, not this one'))
      }
    }
    movement.ladder?.rungs.forEach((rung, index) => {
      const path = ['ladder', 'rungs', index]
      if (!movement.dose.kinds.includes(rung.kind)) {
        context.addIssue(customIssue('inconsistent', [...path, 'kind'], `must be one of the movement's dose kinds (${movement.dose.kinds.join(', ')})`))
      } else if (rung.kind === 'reps' && (rung.perSide ?? false) !== movement.dose.perSide) {
        context.addIssue(customIssue('inconsistent', [...path, 'perSide'], `must be ${movement.dose.perSide}, as the movement's dose is`))
      }
    })
    // The selection rule doses every chosen movement in reps (seed 001: 5-10 reps).
    if (movement.roles.includes('assessment') && !movement.dose.kinds.includes('reps')) {
      context.addIssue(customIssue('inconsistent', ['dose', 'kinds'], 'an assessment movement must accept a dose in reps, as the selection rule doses in reps'))
    }
  })

/** One movement of a catalog. @category Catalog @since 0.1.0 */
export type Movement = DeepReadonly<z.output<typeof MovementSchema>>
