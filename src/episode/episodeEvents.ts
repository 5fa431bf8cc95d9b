import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { MorningCheckSchema } from '../ceiling/morningCheck.js'
import { SessionLogSchema } from '../ceiling/sessionLog.js'
import { SorenessReportSchema } from '../ceiling/soreness/sorenessReport.js'
import { RedFlagAnswersSchema } from '../screening/intake.js'
import { AssessmentResultSchema, PostureSchema } from '../selection/assessment.js'
import { idReference } from '../shared/ids.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { LocalTimeSchema } from '../shared/localTime.js'
import { INPUT_LIMITS } from '../shared/limits.js'

/** An event's own id, so that a service can append the same event twice and see it refused the second time. */
const eventId = z.string().min(1).max(INPUT_LIMITS.idLength).optional()

const movementRef = { movement: idReference, variant: idReference.optional() }

// What a clinician's clearance lifts.
const ClearsSchema = z.enum(['referral', 'pause'])

/**
 * One event of an episode of care, told apart by `type`:
 *
 * - `assessment`: the movements scored for pain, as an assessment's
 *   `results`; the latest one sets the movements the plan schedules.
 * - `session`: one exercise session of one movement, as a session log.
 * - `morning`: the morning check, as a morning check.
 * - `skipped`: a scheduled session of a movement that was not done.
 * - `symptoms`: a re-screen: every red-flag question answered again.
 * - `soreness`: a soreness report, naming the movement it followed when the
 *   person knows it.
 * - `clearance`: a clinician lifts the referral, or the pause of one movement
 *   (`movement` is then required), as of its date and optional `time`; `by`
 *   says who.
 *
 * Any event may carry an `id`; two events with one id are refused.
 *
 * @example
 * import { EpisodeEventSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * assert.equal(EpisodeEventSchema.safeParse({ type: 'morning', date: '2026-11-02', backPain: 2 }).success, true)
 * assert.equal(EpisodeEventSchema.safeParse({ type: 'symptoms', date: '2026-11-20', redFlags: NO_RED_FLAGS }).success, true)
 * // A clearance of a pause names the movement it lifts.
 * assert.equal(EpisodeEventSchema.safeParse({ type: 'clearance', date: '2026-11-20', clears: 'pause', by: 'Dr Hale' }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('assessment'),
    id: eventId,
    date: InputDateSchema,
    results: boundedList(AssessmentResultSchema, { min: 1, max: INPUT_LIMITS.assessmentResults }),
    posture: PostureSchema.optional(),
  }),
  SessionLogSchema.extend({ type: z.literal('session'), id: eventId }),
  MorningCheckSchema.extend({ type: z.literal('morning'), id: eventId }),
  z.strictObject({ type: z.literal('skipped'), id: eventId, date: InputDateSchema, ...movementRef }),
  z.strictObject({ type: z.literal('symptoms'), id: eventId, date: InputDateSchema, redFlags: RedFlagAnswersSchema }),
  z.strictObject({
    type: z.literal('soreness'),
    id: eventId,
    date: InputDateSchema,
    movement: idReference.optional(),
    variant: idReference.optional(),
    report: SorenessReportSchema,
  }),
  z
    .strictObject({
      type: z.literal('clearance'),
      id: eventId,
      date: InputDateSchema,
      /** When the clinician cleared: a clearance without a time comes before the timed sessions of its day. */
      time: LocalTimeSchema.optional(),
      clears: ClearsSchema,
      movement: idReference.optional(),
      variant: idReference.optional(),
      by: z.string().min(1).max(200),
    })
    .refine((event) => (event.clears === 'pause') === (event.movement !== undefined), {
      message: 'a clearance of a pause names its movement; a clearance of a referral names none',
      path: ['movement'],
      params: { code: 'inconsistent' },
    }),
])

/** One event of an episode of care. @category Episode @since 0.3.0 */
export type EpisodeEvent = DeepReadonly<z.output<typeof EpisodeEventSchema>>

/** An event as the engine takes it. @category Episode @since 0.3.0 */
export type EpisodeEventInput = DeepReadonly<z.input<typeof EpisodeEventSchema>>

/** The type of an event. @category Episode @since 0.3.0 */
export type EpisodeEventType = EpisodeEvent['type']
