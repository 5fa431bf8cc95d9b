import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardReadInput } from '../_lib/guardInput.js'
import { daysBetween } from '../_lib/isoDays.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { InvalidInputSchema, type InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema, IsoDateSchema } from '../shared/isoDate.js'
import { ReferralSchema } from '../shared/referral.js'
import { DayPlanSchema } from './dayPlan.js'
import { EpisodeReferralSchema } from './episodeReferral.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { checkEpisode } from './checkEpisode.js'
import type { DayDecision } from './decideDay.js'
import { EpisodeSchema } from './episode.js'
import { readEpisode } from './readPlainEpisode.js'
import { foldDays } from './foldEpisode.js'
import { planDay } from './planDay.js'

/**
 * What {@link replayEpisode} takes: the episode and the last day to replay.
 *
 * @example
 * import { ReplayEpisodeInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(ReplayEpisodeInputSchema.safeParse({ episode, through: '2026-11-30' }).success, true)
 * assert.equal(ReplayEpisodeInputSchema.safeParse({ episode, today: '2026-11-30' }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const ReplayEpisodeInputSchema = z.strictObject({ episode: EpisodeSchema, through: InputDateSchema })

// The events are most of an episode: read by hand when plainly well formed, by zod otherwise.
const parseReplayEpisodeInput = parseWithReaders(ReplayEpisodeInputSchema, { episode: readEpisode })

/** What `replayEpisode` takes. @category Episode @since 0.3.0 */
export type ReplayEpisodeInput = DeepReadonly<z.input<typeof ReplayEpisodeInputSchema>>

/**
 * One replayed day: its date and what `decideDay` answers for it, as an
 * Either (`{ _tag: 'Left', left }` or `{ _tag: 'Right', right }`).
 *
 * @example
 * import { ReplayedDaySchema } from 'rehab-engine'
 *
 * const adherence = { from: '2026-10-26', through: '2026-11-01', prescribed: 0, done: 0, skipped: 0, movements: [] }
 * const plan = { _tag: 'DayPlan', date: '2026-11-02', items: [], due: [], adherence, reasons: [{ rule: 'red-flags-clear', message: 'No red flag.' }] }
 * const day = { date: '2026-11-02', decision: { _tag: 'Right', right: plan } }
 * assert.equal(ReplayedDaySchema.safeParse(day).success, true)
 * assert.equal(ReplayedDaySchema.safeParse({ ...day, decision: { _tag: 'Right', right: {} } }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const ReplayedDaySchema = z.strictObject({
  date: IsoDateSchema,
  decision: z.discriminatedUnion('_tag', [
    z.strictObject({ _tag: z.literal('Left'), left: z.union([InvalidInputSchema, EpisodeReferralSchema, ReferralSchema]) }),
    z.strictObject({ _tag: z.literal('Right'), right: DayPlanSchema }),
  ]),
})

/** One replayed day: its date and what `decideDay` answers for it. @category Episode @since 0.3.0 */
export interface ReplayedDay {
  readonly date: string
  readonly decision: DayDecision
}

/**
 * The decision log of an episode: for every day from the first assessment
 * (or, with none, the first event) to `through`, the answer `decideDay`
 * gives on that day, from the events dated on or before it and no others.
 * An auditor reads what was decided each day with what was known then; a
 * log added late changes only the days after its date. At most
 * `INPUT_LIMITS.replayDays` days.
 *
 * @example
 * import { replayEpisode, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   baselinePain: 1,
 *   events: [
 *     {
 *       type: 'assessment',
 *       date: '2026-11-01',
 *       results: ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility', 'side-plank-clam-shell'].map((movement) => ({ movement, pain: 1 })),
 *     },
 *     { type: 'symptoms', date: '2026-11-03', redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } },
 *   ],
 * } as const
 * const log = replayEpisode({ episode, through: '2026-11-04' })
 * assert.equal(log._tag, 'Right')
 * if (log._tag === 'Right') {
 *   assert.deepStrictEqual(log.right.map((day) => day.decision._tag), ['Right', 'Right', 'Left', 'Left'])
 * }
 *
 * @category Episode
 * @since 0.3.0
 */
export const replayEpisode: (input: ReplayEpisodeInput) => Either<InvalidInput, readonly ReplayedDay[]> = /* @__PURE__ */ guardReadInput((input) => {
  const parsed = parseReplayEpisodeInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const checked = checkEpisode(parsed.right.episode, ['episode'])
  if (checked._tag === 'Left') return left(invalidInput(checked.left))
  const episode = checked.right
  const { through } = parsed.right
  const from = episode.events.find((placed) => placed.event.type === 'assessment')?.event.date ?? episode.events[0]?.event.date
  if (from === undefined || from > through) return right([])
  const days = daysBetween(from, through) + 1
  if (days > INPUT_LIMITS.replayDays) {
    return left(invalidInput([issueAt('too_big', ['through'], `asks for ${days} days from ${from}; a replay decides at most ${INPUT_LIMITS.replayDays}`)]))
  }
  const log: ReplayedDay[] = []
  foldDays(episode, from, through, (state, day) => log.push({ date: day, decision: planDay(state, day) }))
  return right(log)
})
