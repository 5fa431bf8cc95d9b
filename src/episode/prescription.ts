import { earliestNext } from '../progression/steps/frequency.js'
import { lookBackFrom, recentOwn } from './doseLogs.js'
import type { DayPrescription, EpisodeState } from './episodeState.js'
import { selectionOf } from './planDay.js'
import { breakAfter, daysOffSince } from './rules/returnAfterBreak.js'
import { movementsOn, type ScheduledMovement } from './scheduledMovements.js'

/**
 * How many times the plan of `day` gives a movement, as `planDay` would: none
 * while paused; otherwise the ladder's `perDay`, unless the ladder's frequency
 * puts the next session on a later day (a movement back after a break starts
 * again today). Worked out without the dose, which adherence does not need.
 */
const timesOn = (state: EpisodeState, { key, ref, gapDays }: ScheduledMovement, day: string): number => {
  const pause = state.pauses.get(key)
  if (pause !== undefined && pause.resumeOn > day) return 0
  const ladder = state.episode.catalog.byId.get(ref.movement)!.ladder!
  const { perDay } = ladder.frequency
  const own = recentOwn(state, key, lookBackFrom(state, day))
  const last = own.at(-1)
  if (last === undefined) return perDay
  const restedUntil = state.endedPauses.get(key)?.on ?? pause?.resumeOn
  if (daysOffSince(last, day, restedUntil) >= breakAfter(gapDays)) return perDay
  return earliestNext(ladder, own, last, day) > day ? 0 : perDay
}

/**
 * What the plan of `day` asks for, from the state just before its first
 * session: the times of each movement it doses, nothing on a day that refers
 * or has no plan.
 */
export const prescriptionOf = (state: EpisodeState, day: string): DayPrescription => {
  const items = new Map<string, { ref: ScheduledMovement['ref']; times: number }>()
  const assessment = state.latestAssessment
  if (state.referrals.length > 0 || assessment === undefined) return { day, items }
  const selection = selectionOf(state, assessment)
  if (selection._tag === 'Left') return { day, items }
  for (const scheduled of movementsOn(state, day, selection.right)) {
    const times = timesOn(state, scheduled, day)
    if (times > 0) items.set(scheduled.key, { ref: scheduled.ref, times })
  }
  return { day, items }
}
