import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { DoseSchema } from '../shared/dose.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { reasonList } from '../shared/reason.js'

/**
 * What the dose decision did: `start` (no history yet), `progress` (one rung
 * up, or a load step at the top), `hold`, `step-down` (one rung down), or
 * `advance` (on to a harder movement). A pause or a referral is not a dose,
 * so it is not among them: see {@link Paused} and {@link Referral}.
 *
 * @example
 * import { NO_RED_FLAGS, DoseActionSchema, nextDose } from 'rehab-engine'
 *
 * const decision = nextDose({ intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-bridge', sessions: [], mornings: [], baselinePain: 1, today: '2026-11-21' })
 * assert.equal(decision._tag === 'Right' && DoseActionSchema.parse(decision.right.action), 'start')
 * assert.equal(DoseActionSchema.safeParse('pause').success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const DoseActionSchema = z.enum(['start', 'progress', 'hold', 'step-down', 'advance'])

/** What the dose decision did. @category Progression @since 0.1.0 */
export type DoseAction = z.output<typeof DoseActionSchema>

const id = z.string().max(INPUT_LIMITS.idLength)
const reference = { movement: id, variant: id.optional() }

/**
 * The next dose of a movement: the action, the dose to do next, the movement
 * to do it on after an advance (`advanceTo`), the harder form to try at the
 * next reassessment once at the top (`harderForm`), the earliest date of the
 * next session, and the reasons. It always carries a dose.
 *
 * @example
 * import { NO_RED_FLAGS, DoseDecisionSchema, nextDose } from 'rehab-engine'
 *
 * const decision = nextDose({ intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-bridge', sessions: [], mornings: [], baselinePain: 1, today: '2026-11-21' })
 * if (decision._tag !== 'Right') throw new Error('expected a decision')
 * assert.equal(DoseDecisionSchema.safeParse(decision.right).success, true)
 * const { dose, ...withoutDose } = decision.right
 * assert.deepStrictEqual(dose, { kind: 'reps', sets: 1, reps: 5 })
 * assert.equal(DoseDecisionSchema.safeParse(withoutDose).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const DoseDecisionSchema = z.strictObject({
  ...reference,
  action: DoseActionSchema,
  dose: DoseSchema,
  advanceTo: z.strictObject(reference).optional(),
  harderForm: z.strictObject(reference).optional(),
  nextEarliest: IsoDateSchema,
  reasons: reasonList(1),
})

/** The next dose of a movement, with its reasons. @category Progression @since 0.1.0 */
export type DoseDecision = DeepReadonly<z.output<typeof DoseDecisionSchema>>

/**
 * A movement paused after repeated red: do not do it until `resumeOn`; do the
 * `substitute` instead when there is one (a movement from the last assessment
 * within the pain ceiling). It never carries a dose.
 *
 * @example
 * import { NO_RED_FLAGS, PausedSchema, nextDose } from 'rehab-engine'
 *
 * const red = (date: string) => ({ date, movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 6 } as const)
 * const paused = nextDose({ intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'hip-bridge', sessions: [red('2026-11-19'), red('2026-11-20')], mornings: [], baselinePain: 1, today: '2026-11-21' })
 * if (paused._tag !== 'Left' || paused.left._tag !== 'Paused') throw new Error('expected a pause')
 * assert.equal(PausedSchema.safeParse(paused.left).success && paused.left.resumeOn, '2026-11-28')
 * assert.equal(PausedSchema.safeParse({ ...paused.left, dose: { kind: 'reps', sets: 1, reps: 5 } }).success, false)
 *
 * @category Progression
 * @since 0.2.0
 */
export const PausedSchema = z.strictObject({
  _tag: z.literal('Paused'),
  ...reference,
  resumeOn: IsoDateSchema,
  substitute: z.strictObject({ ...reference, pain: PainSchema }).optional(),
  reasons: reasonList(1),
})

/** A movement paused after repeated red; never a dose. @category Progression @since 0.2.0 */
export type Paused = DeepReadonly<z.output<typeof PausedSchema>>
