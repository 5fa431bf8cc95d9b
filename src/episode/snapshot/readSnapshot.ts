import { movementRef } from '../../shared/movementRef.js'
import type { PlacedEvent, ValidEpisode } from '../checkEpisode.js'
import type { EpisodeEvent } from '../episodeEvents.js'
import { blankState, movementKey, type EpisodeState } from '../episodeState.js'
import type { Advance } from '../rules/advanceTaken.js'
import type { HeldPause } from '../rules/heldPause.js'
import type { Continuity } from '../rules/reassessment.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import type { EpisodeSnapshot } from './snapshotSchema.js'
import { unpackMorning } from './snapshotRows.js'
import { unpackSessions } from './snapshotSessions.js'

const mapOf = <Row extends { readonly key: string }, Value>(rows: readonly Row[], value: (row: Row) => Value): Map<string, Value> =>
  new Map(rows.map((row) => [row.key, value(row)]))

const listsOf = <Row extends { readonly key: string }, Value>(rows: readonly Row[], value: (row: Row) => Value): Map<string, Value[]> => {
  const lists = new Map<string, Value[]>()
  for (const row of rows) {
    const list = lists.get(row.key)
    if (list === undefined) lists.set(row.key, [value(row)])
    else list.push(value(row))
  }
  return lists
}

/**
 * The state a snapshot holds, ready to take in `episode.events` (the events
 * after the snapshot's last day, placed after its `eventCount` events).
 * `assessment` is the snapshot's latest assessment matched to the catalog.
 */
export const readSnapshot = (snapshot: EpisodeSnapshot, episode: ValidEpisode, assessment: readonly ScoredEntry[] | undefined): EpisodeState => {
  const state = blankState(episode, snapshot.eventCount)
  for (const { log, ordinal, credited, markedRed, own } of unpackSessions(snapshot.sessions)) {
    state.sessions.push({ log, ordinal })
    if (credited !== undefined) state.credited.set(log, credited)
    if (markedRed !== undefined) state.markedRed.set(log, markedRed)
    if (own === false) continue
    const key = state.keyOf(log)
    const list = state.own.get(key)
    if (list === undefined) state.own.set(key, [log])
    else list.push(log)
  }
  for (const row of snapshot.mornings) state.mornings.push(unpackMorning(row))
  for (const [key, list] of listsOf(snapshot.skipped, ({ date }) => ({ date }))) state.skipped.set(key, list)
  // A plan's items are keyed by their movement, as the plan that asked for them keyed them. Days of one plan share its map, which no one changes.
  const plans = snapshot.prescribed.plans.map((items) => new Map(items.map(([movement, times, variant]) => [movementKey({ movement, variant }), { ref: movementRef(movement, variant), times }])))
  for (const [day, plan] of snapshot.prescribed.days) state.prescribed.push({ day, items: plans[plan]! })
  for (const [key, pause] of mapOf(snapshot.pauses, ({ pause }) => pause as HeldPause)) state.pauses.set(key, pause)
  for (const [key, ended] of mapOf(snapshot.endedPauses, ({ pause, on, how }) => ({ pause: pause as HeldPause, on, how }))) state.endedPauses.set(key, ended)
  for (const [key, ordinal] of mapOf(snapshot.pauseLiftedAt, ({ ordinal }) => ordinal)) state.pauseLiftedAt.set(key, ordinal)
  for (const [key, date] of mapOf(snapshot.lastPauseSince, ({ date }) => date)) state.lastPauseSince.set(key, date)
  for (const [key, advance] of mapOf(snapshot.advanced, ({ from, to, since, ref }) => ({ from, to, since, ref }) as Advance)) state.advanced.set(key, advance)
  // A fold changes its links, so each is an object of its own.
  const { doses, links } = snapshot.creditChain
  for (const [key, date, dose, before] of links) state.creditChain.set(key, { date, dose: doses[dose]!, before: before === undefined ? undefined : doses[before] })
  state.referrals = snapshot.referrals.map(({ referral, since, causedBy, origin }) => ({ referral, since, causedBy, origin }))
  state.referralClearedAt = snapshot.referralClearedAt
  state.lastReferralClearance = snapshot.lastReferralClearance
  const latest = snapshot.latestAssessment
  const placed: PlacedEvent | undefined = latest === undefined ? undefined : { event: latest.event as EpisodeEvent, index: latest.index, entries: assessment ?? [] }
  state.latestAssessment = placed === undefined || latest?.continuity === undefined ? placed : { ...placed, continuity: latest.continuity as Continuity }
  state.firstAssessmentDate = snapshot.firstAssessmentDate
  state.lastFlareUp = snapshot.lastFlareUp
  state.judgeNext = snapshot.judgeNext === true
  return state
}
