import { addIsoDays } from '../_lib/isoDays.js'
import { CEILING_DEFAULTS } from '../ceiling/ceilingDefaults.js'
import { judgeCeiling } from '../ceiling/judgeCeiling.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import { sessionCanStop } from '../ceiling/stopSigns.js'
import { morningZone } from '../ceiling/zones.js'
import { eventRef } from './eventRef.js'
import type { PlacedEvent } from './checkEpisode.js'
import { movementKey, type EpisodeState } from './episodeState.js'
import { pauseFrom } from './rules/heldPause.js'
import { ceilingReferral } from './rules/heldReferral.js'
import { repeatedPauseReferral } from './rules/repeatedPause.js'

/** Whether a session went red: by its own pain, by a soreness report after it, or by a flare-up the next morning. */
const wentRed = (state: EpisodeState, session: SessionLog, redMornings: ReadonlySet<string>): boolean =>
  sessionCanStop(session, state.episode.rules) || state.markedRed.has(session) || redMornings.has(addIsoDays(session.date, 1))

/**
 * The ceiling over the logs of the two weeks it reads (the window and the week
 * before it) that came after the last clearance of a referral: a referral it
 * calls for is held, and so is a pause of a movement that went red again
 * since its last pause ended. It judges only when a red sign came in since it
 * last judged (a session or a next morning in the red, a soreness report that
 * turns a session red), and again at each point while it refers (see
 * judgeNext). Every rule that stops or pauses counts red signs in the window
 * (a session's pain at the refer threshold, red days, movements red on one
 * day, a movement's reds since its last pause ended, all after the last
 * clearance), and a day without a new sign only lets old ones leave it: what
 * did not stop or pause when a sign came in cannot do so later, but for a
 * pause the referral's cap hid, which shows once the reds behind the
 * referral have left. The week before the window and a flare-up's lock hold
 * at most. Of the sessions before the window, only those after a flare-up are
 * read, by its lock; they are handed over all the same, so a referral gives
 * the reasons a day's plan would. The reference fold judges at every point
 * with logs, and a property test holds the two to the same plans.
 */
export const judgeDay = (state: EpisodeState, day: string, lastLog: PlacedEvent): void => {
  if (!state.reference && !state.judgeNext) return
  const lookBack = addIsoDays(day, -(2 * CEILING_DEFAULTS.windowDays - 1))
  const windowStart = addIsoDays(day, -(CEILING_DEFAULTS.windowDays - 1))
  // The sessions start at the window, or at a flare-up of the week before it, whose lock reads those since.
  const { lastFlareUp } = state
  const lockFrom = lastFlareUp !== undefined && lastFlareUp >= lookBack && lastFlareUp < windowStart ? lastFlareUp : windowStart
  const sessionsBack = state.reference ? lookBack : lockFrom
  while (state.sessionsFrom < state.sessions.length && state.sessions[state.sessionsFrom]!.log.date < sessionsBack) state.sessionsFrom++
  while (state.morningsFrom < state.mornings.length && state.mornings[state.morningsFrom]!.log.date < lookBack) state.morningsFrom++
  const after = state.referralClearedAt
  const recentSessions = state.sessions.slice(state.sessionsFrom).filter((entry) => entry.ordinal > after)
  const recentMornings = state.mornings.slice(state.morningsFrom).filter((entry) => entry.ordinal > after)
  const { episode } = state
  const { verdict, cap } = judgeCeiling({
    catalog: episode.catalog,
    sessions: recentSessions.map((entry) => entry.log),
    mornings: recentMornings.map((entry) => entry.log),
    baselinePain: episode.baselinePain,
    today: day,
    rules: episode.rules,
    markedRed: state.markedRed,
  })
  // A referral caps every movement, a pause included: judge on until the reds behind it leave the window.
  state.judgeNext = cap === 'stop-and-refer'
  const redMornings = new Set(recentMornings.filter((entry) => morningZone(entry.log, episode.baselinePain, episode.rules) === 'red').map((entry) => entry.log.date))
  const ref = eventRef(lastLog)
  const fromCeiling = state.referrals.some((held) => held.origin === 'ceiling')
  const referral = fromCeiling ? undefined : ceilingReferral(verdict, ref)
  if (referral !== undefined) state.referrals.push(referral)
  for (const movement of verdict.movements) {
    const key = movementKey(movement)
    if (movement.action !== 'pause' || state.pauses.has(key)) continue
    const liftedAt = state.pauseLiftedAt.get(key) ?? -1
    // The reds behind the last pause may still be in the window: a new pause needs a new red.
    const redAgain = recentSessions.some((entry) => entry.ordinal > liftedAt && movementKey(entry.log) === key && wentRed(state, entry.log, redMornings))
    if (!redAgain) continue
    const pause = pauseFrom(movement, ref)
    const again = repeatedPauseReferral(pause, state.lastPauseSince.get(key), ref)
    state.lastPauseSince.set(key, pause.since)
    // The pause holds either way: a clinician who lifts the referral has not lifted the pause.
    state.pauses.set(key, pause)
    if (again !== undefined) state.referrals.push(again)
  }
}

