import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardReadInput } from '../_lib/guardInput.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import type { CeilingVerdict } from '../ceiling/ceilingVerdict.js'
import { evaluateLogCeiling, type EvaluateCeilingInput } from '../ceiling/evaluateCeiling.js'
import { judgeCeiling } from '../ceiling/judgeCeiling.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { logsFrom, lookBackFrom } from './doseLogs.js'
import { EpisodeSchema } from './episode.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { foldParsed } from './foldEpisode.js'
import { readEpisode } from './readPlainEpisode.js'
import { referralHeld } from './rules/heldReferral.js'

/**
 * What {@link evaluateCeiling} takes to judge a day of an episode: the
 * episode and the day.
 *
 * @example
 * import { EpisodeCeilingInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(EpisodeCeilingInputSchema.safeParse({ episode, today: '2026-11-21' }).success, true)
 * assert.equal(EpisodeCeilingInputSchema.safeParse({ episode, today: '21 November' }).success, false)
 *
 * @category Ceiling
 * @since 0.3.0
 */
export const EpisodeCeilingInputSchema = z.strictObject({ episode: EpisodeSchema, today: InputDateSchema })

/** What `evaluateCeiling` takes to judge a day of an episode. @category Ceiling @since 0.3.0 */
export type EpisodeCeilingInput = DeepReadonly<z.input<typeof EpisodeCeilingInputSchema>>

const parseEpisodeCeilingInput = parseWithReaders(EpisodeCeilingInputSchema, { episode: readEpisode })

/** The ceiling of one day of an episode: the referral it holds, or the verdict a day's plan reads. */
const ceilingOfEpisode = (input: unknown): Either<InvalidInput | EpisodeReferral, CeilingVerdict> => {
  const folded = foldParsed(parseEpisodeCeilingInput(input, []))
  if (folded._tag === 'Left') return folded
  const { state, today } = folded.right
  const referral = referralHeld(state.referrals)
  if (referral !== undefined) return left(referral)
  const { catalog, baselinePain, rules } = state.episode
  return right(judgeCeiling({ catalog, ...logsFrom(state, lookBackFrom(state, today)), baselinePain, today, rules, stopsLifted: true, markedRed: state.markedRed }).verdict)
}

/**
 * The two forms of `evaluateCeiling`: over an episode, or over logs. The logs
 * form comes last, so that where a function type is inferred (passed to a
 * helper, say) it is the form every earlier version had.
 *
 * @category Ceiling
 * @since 0.3.0
 */
export interface EvaluateCeiling {
  (input: EpisodeCeilingInput): Either<InvalidInput | EpisodeReferral, CeilingVerdict>
  (input: EvaluateCeilingInput): Either<InvalidInput, CeilingVerdict>
}

/**
 * The "ceiling" that keeps pain under control and flare-ups at bay in the days
 * after exercise (seed 002), as traffic-light rules over the session logs and
 * morning checks of the last 7 days:
 *
 * - pain during or after a session: at or under the ceiling (3) green, up to 5
 *   amber, over 5 red;
 * - the next morning's back pain: 1 above baseline amber, 2 or more a flare-up
 *   (red); a session with no check the next morning can at most hold;
 * - mean morning back pain 2 or more above the week before: red (stiffness:
 *   amber);
 * - pain of 8 or more, red on two movements in one day, or red on 3 of the 7
 *   days: stop and refer;
 * - after a flare-up, no progression until two green days in a row.
 *
 * The verdict carries the worst zone, the least permissive action, and a
 * verdict per movement; every reason names its rule, value and limit. It is an
 * assessment: `stop-and-refer` comes back in `Right`.
 *
 * Returns `Left(InvalidInput)` for malformed logs or options (paths such as
 * `['sessions', 3, 'painDuring']` or `['options', 'painCeiling']`), a log
 * dated after `today`, a movement not in the catalog, a dose of a kind the
 * movement does not take, or two morning checks on one date.
 *
 * Given `{ episode, today }` instead, it judges the day from the whole
 * episode as a day's plan does: `Left(EpisodeReferral)` while a referral
 * holds, otherwise the verdict over the logs known by the end of `today`,
 * with the stop-and-refer rules holding rather than stopping once a
 * clinician has lifted the referral they began.
 *
 * @example
 * import { evaluateCeiling } from 'rehab-engine'
 *
 * const session = (date: string, painDuring: number) => ({
 *   date,
 *   movement: 'hip-bridge',
 *   performed: { kind: 'reps', sets: 1, reps: 5 },
 *   completed: true,
 *   painDuring,
 * } as const)
 * const verdict = evaluateCeiling({
 *   sessions: [session('2026-11-19', 2), session('2026-11-20', 2)],
 *   mornings: [
 *     { date: '2026-11-20', backPain: 2 },
 *     { date: '2026-11-21', backPain: 4 },
 *   ],
 *   baselinePain: 2,
 *   today: '2026-11-21',
 * })
 * assert.equal(verdict._tag, 'Right')
 * if (verdict._tag === 'Right') {
 *   assert.equal(verdict.right.flareUp, true) // 4 is 2 above the baseline of 2
 *   assert.equal(verdict.right.action, 'step-down')
 *   assert.equal(verdict.right.progressionLockedUntil, '2026-11-24')
 * }
 *
 * @example
 * import { evaluateCeiling, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const results = ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   baselinePain: 1,
 *   events: [
 *     { type: 'assessment', date: '2026-11-02', results },
 *     { type: 'session', date: '2026-11-02', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 10 },
 *   ],
 * } as const
 * // Ten days on, the logs of the last week are calm, but the 10/10 session still refers.
 * const later = evaluateCeiling({ episode, today: '2026-11-12' })
 * assert.equal(later._tag === 'Left' && later.left._tag, 'Referral')
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const evaluateCeiling: EvaluateCeiling = /* @__PURE__ */ guardReadInput((input) =>
  // Both forms read their input only through parseWithReaders, so a long history is walked once.
  // An episode names its own form: its errors then speak of the episode's fields, not of missing logs.
  typeof input === 'object' && input !== null && Object.hasOwn(input, 'episode') ? ceilingOfEpisode(input) : evaluateLogCeiling(input),
) as EvaluateCeiling
