import type { SessionLog } from '../ceiling/sessionLog.js'
import { morningCanStop, sessionCanStop } from '../ceiling/stopSigns.js'
import { morningZone } from '../ceiling/zones.js'
import type { EpisodeEvent } from './episodeEvents.js'
import { eventRef } from './eventRef.js'
import type { PlacedEvent } from './checkEpisode.js'
import { endPause, movementKey, type EpisodeState } from './episodeState.js'
import { sorenessReferral, assessmentReferral, symptomsReferral } from './rules/heldReferral.js'
import { aboveThePlan } from './rules/aboveThePlan.js'
import { advancesFrom, advanceTaken } from './rules/advanceTaken.js'
import { planItem } from './planItem.js'
import { continuityOf, selectionOf } from './planDay.js'
import { movementsOn } from './scheduledMovements.js'
import type { MovementRef } from '../shared/movementRef.js'
import { sorenessAsRed } from './rules/sorenessAsRed.js'
import { worseningReferral } from './rules/worsening.js'

/** A log that could make the ceiling stop or pause: the ceiling judges at the next point of the day it does. */
const signStop = (state: EpisodeState): void => {
  state.judgeNext = true
}

/** Credits a session with no more than a plan could have asked of it, and carries the movement's credit forward. */
const creditSession = (state: EpisodeState, key: string, session: SessionLog): void => {
  const ladder = state.episode.catalog.byId.get(session.movement)?.ladder
  if (ladder === undefined) return
  const chain = state.creditChain.get(key)
  const previous = chain === undefined ? undefined : chain.date === session.date ? chain.before : chain.dose
  const above = aboveThePlan(session, previous, ladder, state.episode.loadStepPercent)
  if (above !== undefined) state.credited.set(session, above)
  const dose = above?.dose ?? session.performed
  if (chain === undefined) state.creditChain.set(key, { date: session.date, dose, before: undefined })
  else if (chain.date === session.date) chain.dose = dose
  else state.creditChain.set(key, { date: session.date, dose, before: chain.dose })
}

/**
 * Whether a session begins an advance (rule 8): the plan of its day holds
 * the movement below it and, as it stands just before this session, says
 * `advance` for it. The adherence hold is left out: it counts the plans of a
 * week, which a fold begun later would not know, and reaching the top is
 * what an advance asks. The harder movement then climbs its own ladder from
 * this session on.
 */
const takeAdvance = (state: EpisodeState, placed: PlacedEvent, session: SessionLog, key: string): void => {
  const statusOf = (from: MovementRef): string | undefined => {
    const assessment = state.latestAssessment
    if (state.referrals.length > 0 || assessment === undefined) return undefined
    const selection = selectionOf(state, assessment)
    if (selection._tag === 'Left') return undefined
    // Only a plan that holds the movement that day can say advance.
    const scheduled = movementsOn(state, session.date, selection.right).find((entry) => entry.key === movementKey(from))
    if (scheduled === undefined) return undefined
    const item = planItem(state, scheduled, assessment.entries ?? [], session.date, undefined)
    return item._tag === 'Right' ? item.right.status : undefined
  }
  const advance = advanceTaken(session, state.episode.catalog, state.advanced, statusOf, eventRef(placed))
  if (advance === undefined) return
  state.advanced.set(movementKey(advance.from), advance)
  // Sessions logged before the advance began are not rungs of it: the ladder starts here.
  state.own.delete(key)
  state.creditChain.delete(key)
}

/** A soreness report that needs a clinician refers; one of warning pain after a movement makes its last session red. */
const takeSoreness = (state: EpisodeState, placed: PlacedEvent, event: Extract<EpisodeEvent, { type: 'soreness' }>): void => {
  const ref = eventRef(placed)
  const held = sorenessReferral(placed.soreness!, ref)
  if (held !== undefined) state.referrals.push(held)
  const followed = event.movement === undefined ? undefined : state.own.get(movementKey({ movement: event.movement, variant: event.variant }))?.at(-1)
  const red = sorenessAsRed(placed.soreness!, followed, ref)
  if (red !== undefined) {
    state.markedRed.set(followed!, red)
    signStop(state)
  }
}

/** A morning check is kept; a red one is a flare-up, and back pain meaningfully worse than at the start refers. */
const takeMorning = (state: EpisodeState, placed: PlacedEvent, event: Extract<EpisodeEvent, { type: 'morning' }>, ordinal: number): void => {
  state.mornings.push({ log: event, ordinal })
  if (morningZone(event, state.episode.baselinePain, state.episode.rules) === 'red') state.lastFlareUp = event.date
  if (morningCanStop(event, state.episode.baselinePain, state.episode.rules)) signStop(state)
  const held = worseningReferral(state, eventRef(placed))
  if (held !== undefined) state.referrals.push(held)
}

/** Takes one event into the state: a log is kept, a sign refers, a clearance lifts what it names. */
export const takeEvent = (state: EpisodeState, placed: PlacedEvent, ordinal: number): void => {
  const event: EpisodeEvent = placed.event
  switch (event.type) {
    case 'assessment': {
      const previous = state.latestAssessment
      state.latestAssessment = previous === undefined ? placed : { ...placed, continuity: continuityOf(state, previous, placed) }
      state.firstAssessmentDate ??= event.date
      const held = assessmentReferral(placed.entries ?? [], state.episode.rules.referPain, eventRef(placed))
      if (held !== undefined) state.referrals.push(held)
      return
    }
    case 'session': {
      const key = state.keyOf(event)
      if (advancesFrom(state.episode.catalog, event.movement).length > 0) takeAdvance(state, placed, event, key)
      state.sessions.push({ log: event, ordinal })
      const own = state.own.get(key)
      if (own === undefined) state.own.set(key, [event])
      else own.push(event)
      state.endedPauses.delete(key)
      creditSession(state, key, event)
      if (sessionCanStop(event, state.episode.rules)) signStop(state)
      return
    }
    case 'morning':
      takeMorning(state, placed, event, ordinal)
      return
    case 'symptoms': {
      const held = symptomsReferral(event.redFlags, eventRef(placed))
      if (held !== undefined) state.referrals.push(held)
      return
    }
    case 'soreness':
      takeSoreness(state, placed, event)
      return
    case 'clearance':
      if (event.clears === 'referral') {
        state.referrals = []
        state.referralClearedAt = ordinal
        state.lastReferralClearance = { ref: eventRef(placed), by: event.by }
      } else {
        const key = movementKey({ movement: event.movement!, variant: event.variant })
        const pause = state.pauses.get(key)
        if (pause !== undefined) endPause(state, key, { pause, on: event.date, how: 'clearance' }, ordinal)
      }
      return
    case 'skipped': {
      const key = movementKey(event)
      const skipped = state.skipped.get(key)
      if (skipped === undefined) state.skipped.set(key, [event])
      else skipped.push(event)
      return
    }
    default: {
      const unreachable: never = event
      return unreachable
    }
  }
}

