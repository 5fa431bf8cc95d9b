import * as z from 'zod'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { left, right, type Either } from '../../_lib/either.js'
import { guardReadInput } from '../../_lib/guardInput.js'
import { daysBetween } from '../../_lib/isoDays.js'
import { invalidInput, issueAt } from '../../_lib/issues.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import { rungOf } from '../../progression/steps/rungInUse.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import type { InvalidInput } from '../../shared/invalidInput.js'
import { InputDateSchema } from '../../shared/isoDate.js'
import { movementRef } from '../../shared/movementRef.js'
import { adherenceOn } from '../adherence.js'
import type { PlacedEvent } from '../checkEpisode.js'
import { EpisodeSchema } from '../episode.js'
import { movementKey, type EpisodeState } from '../episodeState.js'
import { foldParsed } from '../foldEpisode.js'
import { readEpisode } from '../readPlainEpisode.js'
import { backPainNow, changeOf, meaningfulChangeReason, OUTCOME_DEFAULTS, verdictOf } from '../rules/meaningfulChange.js'
import type { BackPainOutcome, MovementOutcome, OutcomeReport } from './outcomeSchema.js'

/**
 * What {@link outcomeReport} takes: the episode and the day to report on.
 *
 * @example
 * import { NO_RED_FLAGS, OutcomeReportInputSchema } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 4 }, events: [] }
 * assert.equal(OutcomeReportInputSchema.safeParse({ episode, today: '2026-11-30' }).success, true)
 * assert.equal(OutcomeReportInputSchema.safeParse({ episode }).success, false)
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const OutcomeReportInputSchema = z.strictObject({ episode: EpisodeSchema, today: InputDateSchema })

/** What `outcomeReport` takes. @category Outcomes @since 0.3.0 */
export type OutcomeReportInput = DeepReadonly<z.input<typeof OutcomeReportInputSchema>>

const parseOutcomeInput = parseWithReaders(OutcomeReportInputSchema, { episode: readEpisode })

const backPainOutcome = (state: EpisodeState): BackPainOutcome => {
  const baseline = state.episode.baselinePain
  const now = backPainNow(state.mornings.slice(-OUTCOME_DEFAULTS.mornings).map(({ log }) => log))
  if (now === undefined) return { baseline, mornings: 0, verdict: 'unknown' }
  const { points, percent } = changeOf(baseline, now.mean)
  return { baseline, now: now.mean, mornings: now.mornings, change: points, ...(percent === undefined ? {} : { changePercent: percent }), verdict: verdictOf(baseline, now.mean) }
}

/** Each movement scored at the first or the latest assessment, or done: its pains, its sessions, and the rungs it climbed, in catalog order. */
const movementOutcomes = (state: EpisodeState, first: PlacedEvent, latest: PlacedEvent): MovementOutcome[] => {
  const rows = new Map<string, { rank: number; row: MovementOutcome }>()
  const rowOf = (movement: string, variant: string | undefined, rank: number) => {
    const key = movementKey({ movement, variant })
    let entry = rows.get(key)
    if (entry === undefined) rows.set(key, (entry = { rank, row: { ...movementRef(movement, variant), sessions: 0, rungsClimbed: 0 } }))
    return entry
  }
  const scored = (entries: readonly ScoredEntry[] | undefined, field: 'firstPain' | 'latestPain') => {
    for (const entry of entries ?? []) {
      const found = rowOf(entry.movement.id, entry.variant, entry.rank)
      found.row = { ...found.row, [field]: entry.pain }
    }
  }
  scored(first.entries, 'firstPain')
  scored(latest.entries, 'latestPain')
  for (const own of state.own.values()) {
    const [head, tail] = [own[0], own.at(-1)]
    if (head === undefined || tail === undefined) continue
    const compiled = state.episode.catalog.byId.get(head.movement)!
    const found = rowOf(head.movement, head.variant, head.variant === undefined ? compiled.rank : (compiled.variantRanks.get(head.variant) ?? compiled.rank))
    const { ladder } = compiled
    // An app's catalog may hold a movement with no ladder: it has sessions, and no rungs.
    if (ladder === undefined) {
      found.row = { ...found.row, sessions: own.length }
      continue
    }
    const rung = (session: typeof head) => 1 + rungOf(ladder, state.credited.get(session)?.dose ?? session.performed)
    const [firstRung, latestRung] = [rung(head), rung(tail)]
    found.row = { ...found.row, sessions: own.length, firstRung, latestRung, rungsClimbed: latestRung - firstRung }
  }
  return [...rows.values()].sort((a, b) => a.rank - b.rank).map(({ row }) => row)
}

/** The report of a folded episode on `today`, given its first and latest assessments. */
const reportOf = (state: EpisodeState, today: string, first: PlacedEvent, latest: PlacedEvent): OutcomeReport => {
  const backPain = backPainOutcome(state)
  return {
    _tag: 'OutcomeReport',
    date: today,
    start: first.event.date,
    daysSinceStart: daysBetween(first.event.date, today),
    backPain,
    movements: movementOutcomes(state, first, latest),
    adherence: adherenceOn(state, today),
    sessions: state.sessions.length,
    reasons: [meaningfulChangeReason(backPain.baseline, backPain.now, backPain.mornings)],
  }
}

/**
 * Is it working? The outcome of an episode on `today`, from every event dated
 * on or before it: usual back pain at the start (the episode's baseline)
 * against now (the mean of the last 7 morning checks), with the change in
 * points and per cent and the verdict of the meaningful-change rule (2 points
 * or 30% of the baseline, either: Childs et al. 2005; Farrar et al. 2001);
 * each movement's pain at the first and the latest assessment, its sessions
 * and the rungs it climbed; the adherence of the week before; the sessions
 * done; the days since the first assessment. The report gives no dose, and
 * is given while a referral holds too (it is what a clinician reads).
 *
 * Returns `Left(InvalidInput)` for a malformed episode, and when no
 * assessment is dated on or before `today` (`['episode', 'events']`).
 *
 * @example
 * import { NO_RED_FLAGS, outcomeReport } from 'rehab-engine'
 *
 * const mornings = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map((date, day) => ({
 *   type: 'morning' as const,
 *   date,
 *   backPain: day < 4 ? 3 : 2,
 * }))
 * const episode = {
 *   intake: { age: 58, redFlags: NO_RED_FLAGS, firstEpisode: false, backPain: 5 },
 *   events: [{ type: 'assessment' as const, date: '2026-11-02', results: ['hip-bridge', 'cat-camel', 'hip-mobility', 'bird-dog'].map((movement) => ({ movement, pain: 2 })) }, ...mornings],
 * }
 * const report = outcomeReport({ episode, today: '2026-11-30' })
 * assert.equal(report._tag === 'Right' && report.right.backPain.now, 2.57)
 * // From 5/10 to a mean of 2.57: 2.43 points lower, a meaningful improvement.
 * assert.equal(report._tag === 'Right' && report.right.backPain.verdict, 'improved')
 * assert.equal(report._tag === 'Right' && report.right.daysSinceStart, 28)
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const outcomeReport: (input: OutcomeReportInput) => Either<InvalidInput, OutcomeReport> = /* @__PURE__ */ guardReadInput((input) => {
  const folded = foldParsed(parseOutcomeInput(input, []))
  if (folded._tag === 'Left') return folded
  const { state, today } = folded.right
  const first = state.episode.events.find((placed) => placed.event.type === 'assessment' && placed.event.date <= today)
  const latest = state.latestAssessment
  if (first === undefined || latest === undefined) {
    return left(invalidInput([issueAt('required', ['episode', 'events'], `holds no assessment on or before ${today}: an outcome is measured from the first one`)]))
  }
  return right(reportOf(state, today, first, latest))
})
