import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { IsoDateSchema } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { ReasonSchema, reasonList } from '../../shared/reason.js'
import { ReferralSchema } from '../../shared/referral.js'
import { ExcludedMovementSchema } from '../../selection/selection.js'
import { EpisodeSchema } from '../episode.js'
import { EpisodeEventSchema } from '../episodeEvents.js'
import { EventRefSchema } from '../eventRef.js'
import { CreditChainSchema, MorningRowSchema, MovementKeySchema, PrescribedSchema } from './snapshotRows.js'
import { SnapshotSessionsSchema } from './snapshotSessions.js'

const many = <T extends z.ZodType>(schema: T) => boundedList(schema, { max: INPUT_LIMITS.episodeEvents })
const key = MovementKeySchema
const ordinal = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const ref = z.strictObject({ movement: z.string().max(INPUT_LIMITS.idLength), variant: z.string().max(INPUT_LIMITS.idLength).optional() })
const ofType = (type: string) => EpisodeEventSchema.refine((event) => event.type === type, { message: `must be a ${type} event` })

const PauseSchema = z.strictObject({ subject: ref, since: IsoDateSchema, resumeOn: IsoDateSchema, causedBy: EventRefSchema, reasons: reasonList() })

/**
 * What an episode holds at the end of a day, as `snapshotEpisode` writes it
 * and `decideDay` reads it back: the episode without its events (`intake`,
 * `baselinePain`, `options`), how many events it had (`eventCount`) and their
 * ids, the logs later days can still read (the mornings of the last two
 * weeks and the sessions of the last one, the days since the latest
 * flare-up whose lock is not yet lifted, and each
 * movement's last two session days with their next mornings), and the
 * stops, credits and advances the episode holds. The sessions name each
 * movement, dose, date and time once and write the sessions as columns, a
 * list per field, that point at them (version 4; version 3 wrote a row per
 * session, version 2 each row's date and time out, version 1 each session as
 * its whole event).
 * `version` says which shape; a snapshot of another version is refused.
 * Apps store it as it comes and never edit it.
 *
 * @example
 * import { EpisodeSnapshotSchema, NO_RED_FLAGS, snapshotEpisode } from 'rehab-engine'
 *
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   baselinePain: 1,
 *   events: [{ type: 'assessment', date: '2026-11-02', results: ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 1 })) }],
 * } as const
 * const snapshot = snapshotEpisode({ episode, through: '2026-11-02' })
 * assert.equal(snapshot._tag === 'Right' && EpisodeSnapshotSchema.safeParse(snapshot.right).success, true)
 * assert.equal(snapshot._tag === 'Right' && EpisodeSnapshotSchema.safeParse({ ...snapshot.right, version: 3 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeSnapshotSchema = z.strictObject({
  version: z.literal(4),
  through: IsoDateSchema,
  intake: EpisodeSchema.shape.intake,
  baselinePain: EpisodeSchema.shape.baselinePain,
  options: EpisodeSchema.shape.options,
  eventCount: ordinal,
  /** Every event id so far, each as JSON text, joined by commas, with a comma before the first and after the last. */
  ids: z.string().max(INPUT_LIMITS.episodeEvents * (2 * INPUT_LIMITS.idLength + 3)),
  sessions: SnapshotSessionsSchema,
  mornings: many(MorningRowSchema),
  skipped: many(z.strictObject({ key, date: IsoDateSchema })),
  prescribed: PrescribedSchema,
  referrals: many(
    z.strictObject({ referral: ReferralSchema, since: IsoDateSchema, causedBy: EventRefSchema.optional(), origin: z.enum(['intake', 'symptoms', 'soreness', 'ceiling', 'assessment', 'worsening']) }),
  ),
  referralClearedAt: z.int().min(-1).max(INPUT_LIMITS.episodeEvents),
  lastReferralClearance: z.strictObject({ ref: EventRefSchema, by: z.string().max(200) }).optional(),
  pauses: many(z.strictObject({ key, pause: PauseSchema })),
  endedPauses: many(z.strictObject({ key, pause: PauseSchema, on: IsoDateSchema, how: z.enum(['date', 'clearance']) })),
  pauseLiftedAt: many(z.strictObject({ key, ordinal: z.int().min(-1).max(INPUT_LIMITS.episodeEvents) })),
  lastPauseSince: many(z.strictObject({ key, date: IsoDateSchema })),
  advanced: many(z.strictObject({ key, from: ref, to: ref, since: IsoDateSchema, ref: EventRefSchema })),
  creditChain: CreditChainSchema,
  latestAssessment: z
    .strictObject({
      event: ofType('assessment'),
      index: ordinal,
      /** What a reassessment carried over from the plan before it. */
      continuity: z
        .strictObject({
          excluded: boundedList(ExcludedMovementSchema, { max: INPUT_LIMITS.assessmentResults }),
          kept: boundedList(ref, { max: INPUT_LIMITS.assessmentResults }),
          reasons: boundedList(ReasonSchema, { max: 3 * INPUT_LIMITS.assessmentResults }),
        })
        .optional(),
    })
    .optional(),
  firstAssessmentDate: IsoDateSchema.optional(),
  lastFlareUp: IsoDateSchema.optional(),
  /** Present when the ceiling judges again at the next log (see judgeDay). */
  judgeNext: z.literal(true).optional(),
})

/** What an episode holds at the end of a day. @category Episode @since 0.3.0 */
export type EpisodeSnapshot = DeepReadonly<z.output<typeof EpisodeSnapshotSchema>>
