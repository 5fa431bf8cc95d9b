import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, type Either } from '../_lib/either.js'
import { guardReadInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import type { Referral } from '../shared/referral.js'
import type { DayPlan } from './dayPlan.js'
import { EpisodeSchema } from './episode.js'
import { readEpisode } from './readPlainEpisode.js'
import { decideFromSnapshot, DecideFromSnapshotSchema } from './snapshot/decideFromSnapshot.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { foldChecked } from './foldEpisode.js'
import { planDay } from './planDay.js'
import { signsBeforeIssues } from './signsBeforeIssues.js'

/**
 * What {@link decideDay} takes: the episode and the day to plan.
 *
 * @example
 * import { DecideDayInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(DecideDayInputSchema.safeParse({ episode, today: '2026-11-02' }).success, true)
 * assert.equal(DecideDayInputSchema.safeParse({ episode }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const DecideDayInputSchema = z.union([z.strictObject({ episode: EpisodeSchema, today: InputDateSchema }), DecideFromSnapshotSchema])

// The events are most of an episode: read by hand when plainly well formed, by zod otherwise.
const parseDecideDayInput = parseWithReaders(DecideDayInputSchema.options[0], { episode: readEpisode })

/** What `decideDay` takes. @category Episode @since 0.3.0 */
export type DecideDayInput = DeepReadonly<z.input<typeof DecideDayInputSchema>>

/** What `decideDay` answers. @category Episode @since 0.3.0 */
export type DayDecision = Either<InvalidInput | EpisodeReferral | Referral, DayPlan>

/** A refused input's answer: a referral its well-formed parts hold comes first (safety before input hygiene). */
const refuse = (input: unknown, issues: InvalidInput): DayDecision => left(signsBeforeIssues(input) ?? issues)

/**
 * The plan of one day of an episode of care, from every event dated on or
 * before `today` (later events are not known yet and count only on their
 * own day). The intake is screened first; a referral, whether from the
 * intake, a re-screen with a sign, a soreness report that needs a clinician,
 * or the ceiling (pain at or over the refer threshold, red across movements
 * or days), holds on every later day until a `clearance` of the referral:
 * `Left(EpisodeReferral)`, with no dose. Otherwise the latest assessment's
 * selection, each movement either paused (until a date fixed when the pause
 * began, or a clearance of its pause) or dosed from its whole history: a step
 * up only after its own last session was green, completed and settled by the
 * next morning, however long ago; after a red one, a step down.
 *
 * Safety comes before input hygiene: when the episode is malformed, its
 * well-formed parts are still decided, each event read alone and the faulty
 * ones left out, and a referral they hold on `today` (a sign at the intake, a
 * re-screen with a sign, a session at the refer threshold, ...) is the answer
 * instead of the input error. A malformed clearance lifts nothing.
 *
 * Returns `Left(InvalidInput)` for a malformed episode (paths such as
 * `['episode', 'events', 3, 'painDuring']`), events naming movements the
 * catalog lacks, two events with one id, or no assessment on or before
 * `today`; `Left(Referral)` with cause `too-few-tolerable` when the latest
 * assessment leaves too few movements within the pain ceiling.
 *
 * @example
 * import { decideDay, NO_RED_FLAGS } from 'rehab-engine'
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
 *     { type: 'session', date: '2026-11-01', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 10 },
 *   ],
 * } as const
 * // A week later the calm days change nothing: the 10/10 session still refers.
 * const day = decideDay({ episode, today: '2026-11-08' })
 * assert.equal(day._tag === 'Left' && day.left._tag, 'Referral')
 *
 * @category Episode
 * @since 0.3.0
 */
export const decideDay: (input: DecideDayInput) => DayDecision = /* @__PURE__ */ guardReadInput((input) => {
  // A snapshot names its own form: its errors then speak of the snapshot's fields, not of a missing episode.
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, 'snapshot')) return decideFromSnapshot(input)
  const parsed = parseDecideDayInput(input, [])
  if (parsed._tag === 'Left') return refuse(input, invalidInput(parsed.left))
  const { episode, today } = parsed.right
  const state = foldChecked(episode, today)
  return state._tag === 'Left' ? refuse(input, state.left) : planDay(state.right, today)
})
