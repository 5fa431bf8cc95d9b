import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { DoseSchema } from '../../shared/dose.js'
import { IsoDateSchema } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { ReasonSchema, reasonList } from '../../shared/reason.js'
import { ReferralSchema } from '../../shared/referral.js'
import { ExcludedMovementSchema } from '../../selection/selection.js'
import { EpisodeSchema } from '../episode.js'
import { EpisodeEventSchema } from '../episodeEvents.js'
import { EventRefSchema } from '../eventRef.js'
import { SnapshotSessionsSchema } from './snapshotSessions.js'

const many = <T extends z.ZodType>(schema: T) => boundedList(schema, { max: INPUT_LIMITS.episodeEvents })
const key = z.string().min(1).max(2 * INPUT_LIMITS.idLength + 3)
const ordinal = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const ref = z.strictObject({ movement: z.string().max(INPUT_LIMITS.idLength), variant: z.string().max(INPUT_LIMITS.idLength).optional() })
const ofType = (type: string) => EpisodeEventSchema.refine((event) => event.type === type, { message: `must be a ${type} event` })

/** What one day's plan asked for, as a snapshot keeps it: each movement as `[movement, times]`, or `[movement, times, variant]`. */
export const PrescribedDaySchema = z.strictObject({
  day: IsoDateSchema,
  items: many(z.tuple([ref.shape.movement, z.int().min(1).max(INPUT_LIMITS.episodeEvents), ref.shape.variant.unwrap().optional()])),
})

/** A movement's latest credited dose, as a snapshot keeps it. */
export const CreditLinkSchema = z.strictObject({ key, date: IsoDateSchema, dose: DoseSchema, before: DoseSchema.optional() })

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
 * movement and dose once and write every session as a row that points at
 * them (version 2; version 1 wrote each session as its whole event).
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
 * assert.equal(snapshot._tag === 'Right' && EpisodeSnapshotSchema.safeParse({ ...snapshot.right, version: 1 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeSnapshotSchema = z.strictObject({
  version: z.literal(2),
  through: IsoDateSchema,
  intake: EpisodeSchema.shape.intake,
  baselinePain: EpisodeSchema.shape.baselinePain,
  options: EpisodeSchema.shape.options,
  eventCount: ordinal,
  /** Every event id so far, each as JSON text, joined by commas, with a comma before the first and after the last. */
  ids: z.string().max(INPUT_LIMITS.episodeEvents * (2 * INPUT_LIMITS.idLength + 3)),
  sessions: SnapshotSessionsSchema,
  mornings: many(z.strictObject({ event: ofType('morning'), ordinal })),
  skipped: many(z.strictObject({ key, date: IsoDateSchema })),
  prescribed: boundedList(PrescribedDaySchema, { max: INPUT_LIMITS.replayDays }),
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
  creditChain: many(CreditLinkSchema),
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
