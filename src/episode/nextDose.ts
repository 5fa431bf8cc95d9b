import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, type Either } from '../_lib/either.js'
import { guardInput, guardReadInput } from '../_lib/guardInput.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { describeMovement, lookUpMovement } from '../catalog/lookUpMovement.js'
import type { DoseDecision, Paused } from '../progression/doseDecision.js'
import { nextLogDose, type NextDoseInput } from '../progression/nextDose.js'
import { idReference } from '../shared/ids.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import type { Referral } from '../shared/referral.js'
import { adherenceOn } from './adherence.js'
import { signsBeforeIssues } from './signsBeforeIssues.js'
import { checkEpisode } from './checkEpisode.js'
import type { DayItem } from './dayPlan.js'
import { EpisodeSchema } from './episode.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { movementKey } from './episodeState.js'
import { foldThrough } from './foldEpisode.js'
import { selectionOf } from './planDay.js'
import { planItem } from './planItem.js'
import { readEpisode } from './readPlainEpisode.js'
import { referralHeld } from './rules/heldReferral.js'
import { movementsOfWeek } from './scheduledMovements.js'

/**
 * What {@link nextDose} takes to dose one movement of an episode: the
 * episode, the movement (and variant), and the day.
 *
 * @example
 * import { EpisodeDoseInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(EpisodeDoseInputSchema.safeParse({ episode, movement: 'hip-bridge', today: '2026-11-21' }).success, true)
 * assert.equal(EpisodeDoseInputSchema.safeParse({ episode, today: '2026-11-21' }).success, false)
 *
 * @category Progression
 * @since 0.3.0
 */
export const EpisodeDoseInputSchema = z.strictObject({ episode: EpisodeSchema, movement: idReference, variant: idReference.optional(), today: InputDateSchema })

/** What `nextDose` takes to dose one movement of an episode. @category Progression @since 0.3.0 */
export type EpisodeDoseInput = DeepReadonly<z.input<typeof EpisodeDoseInputSchema>>

const parseEpisodeDoseInput = parseWithReaders(EpisodeDoseInputSchema, { episode: readEpisode })

// The logs form screens the intake before it parses the rest, so its input is inspected first; the episode
// form reads its input only through parseWithReaders, so a long episode is walked once.
const nextGuardedLogDose = /* @__PURE__ */ guardInput(nextLogDose)

/** One movement's item of the day's plan of an episode, or why there is none. */
const doseOfEpisode = (input: unknown): Either<InvalidInput | EpisodeReferral | Referral, DayItem> => {
  const parsed = parseEpisodeDoseInput(input, [])
  // Safety before input hygiene: a referral the well-formed parts hold is the answer, as decideDay gives it.
  if (parsed._tag === 'Left') return left(signsBeforeIssues(input) ?? invalidInput(parsed.left))
  const episode = checkEpisode(parsed.right.episode, ['episode'])
  if (episode._tag === 'Left') return left(signsBeforeIssues(input) ?? invalidInput(episode.left))
  const { movement, variant, today } = parsed.right
  const found = lookUpMovement(episode.right.catalog, { movement, variant }, [])
  if (found._tag === 'Left') return left(invalidInput([found.left]))
  const state = foldThrough(episode.right, today)
  const referral = referralHeld(state.referrals)
  if (referral !== undefined) return left(referral)
  const assessment = state.latestAssessment
  const selection = assessment === undefined ? undefined : selectionOf(state, assessment)
  if (selection?._tag === 'Left') return selection
  // A protocol movement may fall on another weekday: the week from today holds every day of the program.
  const key = movementKey({ movement, variant })
  const scheduled = selection === undefined ? undefined : movementsOfWeek(state, today, selection.right).find((entry) => entry.key === key)
  if (scheduled === undefined) {
    const name = describeMovement({ movement, variant })
    return left(invalidInput([issueAt('inconsistent', ['movement'], `${name} is not a movement of this episode's program on ${today}, so no plan doses it`)]))
  }
  return planItem(state, scheduled, assessment!.entries ?? [], today, adherenceOn(state, today))
}

/**
 * The two forms of `nextDose`: one movement of an episode, or one movement
 * from its logs. The logs form comes last, so that where a function type is
 * inferred it is the form every earlier version had.
 *
 * @category Progression
 * @since 0.3.0
 */
export interface NextDose {
  (input: EpisodeDoseInput): Either<InvalidInput | EpisodeReferral | Referral, DayItem>
  (input: NextDoseInput): Either<InvalidInput | Referral | Paused, DoseDecision>
}

/**
 * The next dose of a movement along its ladder, gated by the ceiling (seed 000
 * and seed 004 numbers). With no session yet, `start` at the bottom rung.
 * Otherwise one rung up only when the last session completed its dose and the
 * ceiling says `progress` (which needs its next morning settled, so at most
 * one step a day); amber holds; red steps down one rung. At the top the
 * ladder says what follows: stay, advance to a harder movement, a load step,
 * or the harder form at the next reassessment. `nextEarliest` keeps the
 * movement's frequency.
 *
 * A decision in `Right` always carries a dose. A stop never does: repeated red
 * gives `Left(Paused)` (until `resumeOn`, with a `substitute` from the last
 * assessment when one scored within the ceiling), and a ceiling that says
 * stop gives `Left(Referral)` with cause `ceiling`.
 *
 * The intake is screened first, as `planRehab` screens it: no dose is given
 * to a person with a red flag. Returns `Left(Referral)` with cause `red-flag`
 * when a valid intake has a red flag, even if the rest of the input is
 * malformed; otherwise `Left(InvalidInput)` for malformed input, listing every
 * problem at once (paths such as `['intake', 'redFlags', 'fever']`,
 * `['sessions', 2, 'painDuring']` or `['options', 'loadStepPercent']`), a
 * movement or variant not in the catalog or without a ladder, or logs the
 * ceiling refuses.
 *
 * Given `{ episode, movement, variant?, today }` instead, it gives the
 * movement's item as that day's plan of the episode gives it (see
 * `decideDay`): dosed, with `status` and `timesToday`, or paused, from the
 * whole history; `Left(EpisodeReferral)` while a referral holds. The movement
 * must be one the episode's program holds (the latest assessment's
 * selection, or a protocol movement on its days, in the place an advance
 * gave it); any other is an input error at `['movement']`, as no plan could
 * dose it. A malformed episode still refers when its well-formed parts hold
 * a referral, as `decideDay` does.
 *
 * @example
 * import { NO_RED_FLAGS, nextDose } from 'rehab-engine'
 *
 * const intake = { age: 38, redFlags: NO_RED_FLAGS }
 * const hold = (date: string, seconds: number) => ({
 *   date,
 *   movement: 'deadbug',
 *   performed: { kind: 'hold', sets: 2, seconds },
 *   completed: true,
 *   painDuring: 1,
 * } as const)
 * const decision = nextDose({
 *   intake,
 *   movement: 'deadbug',
 *   sessions: [hold('2026-11-17', 20), hold('2026-11-19', 25)],
 *   mornings: [
 *     { date: '2026-11-18', backPain: 1 },
 *     { date: '2026-11-20', backPain: 1 },
 *   ],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * assert.equal(decision._tag, 'Right')
 * if (decision._tag === 'Right') {
 *   assert.equal(decision.right.action, 'progress')
 *   assert.deepStrictEqual(decision.right.dose, { kind: 'hold', sets: 2, seconds: 30 })
 *   assert.equal(decision.right.nextEarliest, '2026-11-21')
 * }
 * // A red flag refers: no dose, whatever the rest of the input holds.
 * const flagged = nextDose({ intake: { ...intake, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } }, movement: 'deadbug', sessions: [], mornings: [], baselinePain: 1, today: '2026-11-21' })
 * assert.equal(flagged._tag === 'Left' && flagged.left._tag === 'Referral' && flagged.left.cause, 'red-flag')
 *
 * @example
 * import { NO_RED_FLAGS, nextDose } from 'rehab-engine'
 *
 * const results = ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * // The hip-bridge three times on the first day, as its plan asks, and a calm morning after.
 * const bridge = (time: string) =>
 *   ({ type: 'session', date: '2026-11-02', time, movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 1 }) as const
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   baselinePain: 1,
 *   events: [{ type: 'assessment', date: '2026-11-02', results }, bridge('08:00'), bridge('13:00'), bridge('19:00'), { type: 'morning', date: '2026-11-03', backPain: 1 }],
 * } as const
 * const item = nextDose({ episode, movement: 'hip-bridge', today: '2026-11-03' })
 * assert.equal(item._tag === 'Right' && item.right.status, 'progress')
 * assert.deepStrictEqual(item._tag === 'Right' && item.right.status !== 'paused' && item.right.dose, { kind: 'reps', sets: 1, reps: 6 })
 * // A movement the assessment did not choose gets no dose from the episode.
 * assert.equal(nextDose({ episode, movement: 'bird-dog-advanced', today: '2026-11-03' })._tag, 'Left')
 *
 * @category Progression
 * @since 0.1.0
 */
export const nextDose: NextDose = /* @__PURE__ */ guardReadInput((input): Either<InvalidInput | EpisodeReferral | Referral | Paused, DayItem | DoseDecision> =>
  // An episode names its own form: its errors then speak of the episode's fields, not of missing logs.
  typeof input === 'object' && input !== null && Object.hasOwn(input, 'episode') ? doseOfEpisode(input) : nextGuardedLogDose(input),
) as NextDose
