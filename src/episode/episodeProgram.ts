import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardReadInput } from '../_lib/guardInput.js'
import { invalidInput, issueAt } from '../_lib/issues.js'
import { daysBetween } from '../_lib/isoDays.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { buildProgram } from '../program/buildProgram.js'
import type { Program, ProgramItem, ProgramSession } from '../program/program.js'
import { PROGRAM_DEFAULTS } from '../program/programDefaults.js'
import { screenValidIntake } from '../screening/screenValidIntake.js'
import type { ScoredEntry } from '../selection/resolveAssessment.js'
import type { RehabSelection } from '../selection/selection.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { movementRef } from '../shared/movementRef.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import type { Reason } from '../shared/reason.js'
import type { Referral } from '../shared/referral.js'
import { checkEpisode } from './checkEpisode.js'
import type { DayPlan } from './dayPlan.js'
import { EpisodeSchema } from './episode.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { foldDays } from './foldEpisode.js'
import { planDay, selectionOf } from './planDay.js'
import { readEpisode } from './readPlainEpisode.js'
import { adherenceOn } from './adherence.js'
import { movementKey, type EpisodeState } from './episodeState.js'
import { planItem } from './planItem.js'
import type { Advance } from './rules/advanceTaken.js'
import { inPlaceOf, movementsOfWeek } from './scheduledMovements.js'
import { signsBeforeIssues } from './signsBeforeIssues.js'

/**
 * What {@link episodeProgram} takes: the episode, the day it is asked on, and
 * the program's length in weeks (8 by default, as `buildProgram`'s).
 *
 * @example
 * import { EpisodeProgramInputSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 }, events: [] }
 * assert.equal(EpisodeProgramInputSchema.safeParse({ episode, today: '2026-11-09', weeks: 4 }).success, true)
 * assert.equal(EpisodeProgramInputSchema.safeParse({ episode, today: '2026-11-09', weeks: 60 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeProgramInputSchema = z.strictObject({
  episode: EpisodeSchema,
  today: InputDateSchema,
  weeks: z.int().min(1).max(PROGRAM_DEFAULTS.weeks.max).optional(),
})

/** What `episodeProgram` takes. @category Episode @since 0.3.0 */
export type EpisodeProgramInput = DeepReadonly<z.input<typeof EpisodeProgramInputSchema>>

const parseEpisodeProgramInput = parseWithReaders(EpisodeProgramInputSchema, { episode: readEpisode })

type Doses = ReadonlyMap<string, ProgramItem['dose']>

/** The doses a day's plan gives, by movement; a paused movement has none. */
const dosesOf = (plan: DayPlan): Doses => new Map(plan.items.flatMap((item) => (item.status === 'paused' ? [] : [[movementKey(item), item.dose] as const])))

/**
 * The doses of the days after today, by movement: each movement of the
 * program's week at its dose as `nextDose` gives it today (a movement held on
 * other weekdays, the thoracic press on a Monday, included); a paused one has
 * none.
 */
const dosesAfter = (state: EpisodeState, today: string, selection: RehabSelection, entries: readonly ScoredEntry[]): Doses => {
  const adherence = adherenceOn(state, today)
  const doses = new Map<string, ProgramItem['dose']>()
  for (const scheduled of movementsOfWeek(state, today, selection)) {
    const item = planItem(state, scheduled, entries, today, adherence)
    if (item._tag === 'Right' && item.right.status !== 'paused') doses.set(scheduled.key, item.right.dose)
  }
  return doses
}

const NO_ADVANCES: ReadonlyMap<string, Advance> = new Map()

/**
 * A session with each movement at the dose of its day, the harder movement
 * an advance put in its place (the advanced hold for the deadbug) standing
 * in for it: a movement without a dose (paused, or not in the plan that day)
 * is left out, and a session left with none is dropped.
 */
const dosedSession = (
  session: ProgramSession,
  doses: Doses | undefined,
  advanced: ReadonlyMap<string, Advance>,
  planned: boolean,
): ProgramSession[] => {
  if (doses === undefined) return []
  const items = session.items.flatMap((item) => {
    const { ref } = inPlaceOf(advanced, movementRef(item.movement, item.variant))
    const dose = doses.get(movementKey(ref))
    return dose === undefined ? [] : [{ ...ref, dose }]
  })
  return items.length === 0 ? [] : [{ ...session, items, ...(planned ? { planned: true as const } : {}) }]
}

/**
 * The program of an episode's latest assessment (on or before `today`), laid
 * out from that assessment's date with the episode's program options, each
 * session holding the dose decided for it: on a day up to `today`, that day's
 * plan as `decideDay` gives it (knowing that day's logs, so a movement paused
 * by that day's sessions is already out); on a later day, each movement's
 * next dose as of `today`, as `nextDose` gives it (a movement held on other
 * weekdays, the thoracic press on a Monday, included), the session marked
 * `planned`, since the days between will decide it. A movement the day's
 * plan does not dose (paused, say) is not in that day's sessions, nor in
 * any later one while it is paused today, and a day the episode was
 * referred holds none. After an advance, the harder movement takes the
 * sessions of the one it replaced (the advanced hold the deadbug's), as in
 * `decideDay`. The check-ins are the program's.
 *
 * Returns `Left` with the referral that holds today (no calendar then), or
 * `Left(InvalidInput)` for a malformed episode, as `decideDay` does, and for
 * one with no assessment on or before `today` (path `['episode', 'events']`).
 *
 * @example
 * import { episodeProgram, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const results = ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const bridge = (time: string) => ({ type: 'session', date: '2026-11-02', time, movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 1 }) as const
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 },
 *   events: [{ type: 'assessment', date: '2026-11-02', results }, bridge('08:00'), bridge('13:00'), bridge('19:00'), { type: 'morning', date: '2026-11-03', backPain: 2 }],
 * } as const
 * const program = episodeProgram({ episode, today: '2026-11-03', weeks: 1 })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const bridgeOn = (date: string) => program.right.sessions.find((session) => session.date === date)?.items.find((item) => item.movement === 'hip-bridge')
 * assert.deepStrictEqual(bridgeOn('2026-11-02')?.dose, { kind: 'reps', sets: 1, reps: 5 })
 * // Three green sessions and a calm morning: one rung up on the 3rd, and the days after are planned at that dose.
 * assert.deepStrictEqual(bridgeOn('2026-11-03')?.dose, { kind: 'reps', sets: 1, reps: 6 })
 * assert.equal(program.right.sessions.find((session) => session.date === '2026-11-04')?.planned, true)
 *
 * @category Episode
 * @since 0.3.0
 */
export const episodeProgram: (input: EpisodeProgramInput) => Either<InvalidInput | EpisodeReferral | Referral, Program> = /* @__PURE__ */ guardReadInput((input) => {
  const parsed = parseEpisodeProgramInput(input, [])
  if (parsed._tag === 'Left') return left(signsBeforeIssues(input) ?? invalidInput(parsed.left))
  const { episode, today, weeks } = parsed.right
  const checked = checkEpisode(episode, ['episode'])
  if (checked._tag === 'Left') return left(signsBeforeIssues(input) ?? invalidInput(checked.left))
  // The latest assessment on or before today starts the program; the events are in the engine's order.
  const assessments = checked.right.events.filter((placed) => placed.event.type === 'assessment' && placed.event.date <= today)
  const start = assessments.at(-1)?.event.date
  if (start === undefined) return left(invalidInput([issueAt('required', ['episode', 'events'], `holds no assessment on or before ${today} to lay a program out from`)]))
  const days = daysBetween(start, today) + 1
  if (days > INPUT_LIMITS.replayDays) {
    return left(invalidInput([issueAt('too_big', ['today'], `is ${days} days after the latest assessment (${start}); a program decides at most ${INPUT_LIMITS.replayDays} of them: reassess first`)]))
  }
  const plans = new Map<string, Either<InvalidInput | EpisodeReferral | Referral, DayPlan>>()
  // The fold's state changes day by day: each day's advances are copied as they stand (one entry an advance, at most a few).
  const advancesOn = new Map<string, ReadonlyMap<string, Advance>>()
  const state = foldDays(checked.right, start, today, (stateOfDay, date) => {
    plans.set(date, planDay(stateOfDay, date))
    if (stateOfDay.advanced.size > 0) advancesOn.set(date, new Map(stateOfDay.advanced))
  })
  const now = plans.get(today)!
  if (now._tag === 'Left') return now
  const assessment = state.latestAssessment!
  const selection = selectionOf(state, assessment)
  if (selection._tag === 'Left') return selection
  const screening = screenValidIntake(episode.intake)
  if (screening._tag === 'Referral') return left(screening)
  const { program: layout, catalog } = episode.options ?? {}
  const built = buildProgram({
    start,
    plan: { screening, selection: selection.right },
    options: { ...layout, ...(catalog === undefined ? {} : { catalog }), weeks: weeks ?? PROGRAM_DEFAULTS.weeks.default },
  } as never)
  if (built._tag === 'Left') return built
  const doses = new Map<string, Doses>()
  for (const [date, plan] of plans) if (plan._tag === 'Right') doses.set(date, dosesOf(plan.right))
  const later = dosesAfter(state, today, selection.right, assessment.entries ?? [])
  const advancedNow = advancesOn.get(today) ?? NO_ADVANCES
  const sessions = built.right.sessions.flatMap((session) =>
    session.date <= today
      ? dosedSession(session, doses.get(session.date), advancesOn.get(session.date) ?? NO_ADVANCES, false)
      : dosedSession(session, later, advancedNow, true),
  )
  // The program's own last reason says its doses are the starting ones; here they are the decided ones.
  const decided: Reason = {
    rule: 'decided-doses',
    message: `Each session up to ${today} holds the dose decided for its day; the later ones hold each movement's next dose as of ${today} and are marked planned, as the days between will decide them.`,
    date: today,
    params: { today },
  }
  return right({ ...built.right, sessions, reasons: [...built.right.reasons.filter((reason) => reason.rule !== 'starting-doses'), decided] })
})
