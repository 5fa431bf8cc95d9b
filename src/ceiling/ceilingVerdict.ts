import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { reasonList } from '../shared/reason.js'

/**
 * The traffic-light zone: `green` (progress allowed), `amber` (hold),
 * `red` (step down or stop).
 *
 * @example
 * import { ZoneSchema, evaluateCeiling } from 'rehab-engine'
 *
 * const verdict = evaluateCeiling({
 *   sessions: [{ date: '2026-11-20', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 4 }],
 *   mornings: [{ date: '2026-11-21', backPain: 1 }],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * // 4/10 is above the ceiling of 3 but not above 5: amber.
 * assert.equal(verdict._tag === 'Right' && ZoneSchema.parse(verdict.right.zone), 'amber')
 * assert.equal(ZoneSchema.safeParse('yellow').success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const ZoneSchema = z.enum(['green', 'amber', 'red'])

/** The traffic-light zone. @category Ceiling @since 0.1.0 */
export type Zone = z.output<typeof ZoneSchema>

/**
 * What to do next, from most to least permissive. Any list of actions can be
 * reduced to its least permissive one by this order.
 *
 * @example
 * import { CEILING_ACTIONS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(CEILING_ACTIONS, ['progress', 'hold', 'step-down', 'pause', 'stop-and-refer'])
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CEILING_ACTIONS = ['progress', 'hold', 'step-down', 'pause', 'stop-and-refer'] as const

/**
 * What the ceiling says to do next: one of {@link CEILING_ACTIONS}.
 *
 * @example
 * import { CeilingActionSchema, evaluateCeiling } from 'rehab-engine'
 *
 * const verdict = evaluateCeiling({
 *   sessions: [{ date: '2026-11-20', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 6 }],
 *   mornings: [{ date: '2026-11-21', backPain: 1 }],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * // 6/10 is above 5: red, one rung down.
 * assert.equal(verdict._tag === 'Right' && CeilingActionSchema.parse(verdict.right.action), 'step-down')
 * assert.equal(CeilingActionSchema.safeParse('rest').success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingActionSchema = z.enum(CEILING_ACTIONS)

/** What the ceiling says to do next. @category Ceiling @since 0.1.0 */
export type CeilingAction = z.output<typeof CeilingActionSchema>

/**
 * The verdict for one movement (and variant) done in the window.
 *
 * @example
 * import { MovementVerdictSchema, evaluateCeiling } from 'rehab-engine'
 *
 * const verdict = evaluateCeiling({
 *   sessions: [{ date: '2026-11-20', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 4 }],
 *   mornings: [{ date: '2026-11-21', backPain: 1 }],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * const bridge = verdict._tag === 'Right' ? verdict.right.movements[0] : undefined
 * assert.equal(MovementVerdictSchema.safeParse(bridge).success, true)
 * // The ceiling judges; the dose is for nextDose to decide.
 * assert.equal(MovementVerdictSchema.safeParse({ ...bridge, dose: { kind: 'reps', sets: 1, reps: 5 } }).success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const MovementVerdictSchema = z.strictObject({
  movement: z.string().max(INPUT_LIMITS.idLength),
  variant: z.string().max(INPUT_LIMITS.idLength).optional(),
  zone: ZoneSchema,
  action: CeilingActionSchema,
  reasons: reasonList(),
})

/** The verdict for one movement (and variant). @category Ceiling @since 0.1.0 */
export type MovementVerdict = DeepReadonly<z.output<typeof MovementVerdictSchema>>

/**
 * The ceiling's verdict on the last 7 days: the overall zone and action, whether
 * a flare-up happened, until when progression stays locked after one, and a
 * verdict per movement. Each reason names the rule, the value seen and the
 * limit. A verdict of `stop-and-refer` is a finding: the prescribers
 * ({@link nextDose}) turn it into a {@link Referral}.
 *
 * @example
 * import { CeilingVerdictSchema, evaluateCeiling } from 'rehab-engine'
 *
 * const verdict = evaluateCeiling({
 *   sessions: [{ date: '2026-11-20', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 8 }],
 *   mornings: [{ date: '2026-11-21', backPain: 1 }],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * if (verdict._tag !== 'Right') throw new Error('expected a verdict')
 * assert.equal(CeilingVerdictSchema.safeParse(verdict.right).success && verdict.right.action, 'stop-and-refer')
 * // Every reason cites a rule of RULES.
 * assert.equal(CeilingVerdictSchema.safeParse({ ...verdict.right, reasons: [{ rule: 'gut-feeling', message: 'Feels wrong.' }] }).success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingVerdictSchema = z.strictObject({
  zone: ZoneSchema,
  action: CeilingActionSchema,
  flareUp: z.boolean(),
  progressionLockedUntil: IsoDateSchema.optional(),
  movements: boundedList(MovementVerdictSchema, { max: INPUT_LIMITS.catalogMovements * (INPUT_LIMITS.variantsPerMovement + 1) }),
  reasons: reasonList(1),
})

/** The ceiling's verdict on the last 7 days. @category Ceiling @since 0.1.0 */
export type CeilingVerdict = DeepReadonly<z.output<typeof CeilingVerdictSchema>>
