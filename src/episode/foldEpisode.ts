import { addIsoDays } from '../_lib/isoDays.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput, type InputIssue } from '../_lib/issues.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { checkEpisode, type PlacedEvent, type ValidEpisode } from './checkEpisode.js'
import type { Episode } from './episode.js'
import { rememberPrescription } from './adherence.js'
import { EPISODE_DEFAULTS } from './episodeDefaults.js'
import { endDuePauses, initialState, type EpisodeState } from './episodeState.js'
import { judgeDay } from './judgeDay.js'
import { prescriptionOf } from './prescription.js'
import { takeEvent } from './takeEvent.js'

/**
 * Takes in the events of one day (the state has taken every earlier day):
 * pauses due end first, then each event in order. The ceiling judges the
 * day's logs just before its first session (the morning check the plan of
 * the day answers) and again at its end. `beforeSessions`, when given, is
 * called once with the state as it stands just before the day's first
 * session, or at the end of a day without one.
 */
export const foldDay = (state: EpisodeState, day: string, beforeSessions?: (state: EpisodeState) => void): void => {
  endDuePauses(state, day)
  const events = state.episode.events
  let lastLog: PlacedEvent | undefined
  let judged = false
  let sessionsBegun = false
  while (state.taken < events.length && events[state.taken]!.event.date === day) {
    const placed = events[state.taken]!
    if (!sessionsBegun && placed.event.type === 'session') {
      sessionsBegun = true
      // Every fold judges here, so a day's answer never depends on where a fold began.
      if (lastLog !== undefined) judgeDay(state, day, lastLog)
      judged = true
      beforeSessions?.(state)
    }
    takeEvent(state, placed, state.ordinalBase + state.taken)
    // A soreness report can turn a session red, so the ceiling judges its day as it does a log's.
    if (placed.event.type === 'session' || placed.event.type === 'morning' || placed.event.type === 'soreness') {
      lastLog = placed
      judged = false
    }
    state.taken++
  }
  if (lastLog !== undefined && !judged) judgeDay(state, day, lastLog)
  if (!sessionsBegun) beforeSessions?.(state)
}

/**
 * Calls `onDay` with the state at the end of every day from `from` to
 * `through`, each day with the events dated on or before it and no others,
 * and returns the state at the end of `through`. The week before `from` is
 * taken in day by day, so that the state remembers what each of those days
 * prescribed before its first session (adherence and credit read them).
 * `reference` takes no shortcut (see EpisodeState): the ceiling judges every day with logs, not only those
 * that brought a red sign: the same state, which a test checks.
 */
export const foldDays = (
  episode: ValidEpisode,
  from: string,
  through: string,
  onDay?: (state: EpisodeState, day: string) => void,
  reference = false,
): EpisodeState => {
  const state = initialState(episode, from, reference)
  const watchFrom = addIsoDays(from, -EPISODE_DEFAULTS.adherenceDays)
  // Before that week, only the days with events change the state.
  for (let next = episode.events[0]?.event.date; next !== undefined && next < watchFrom; next = episode.events[state.taken]?.event.date) {
    foldDay(state, next)
  }
  for (let day = watchFrom; day <= through; day = addIsoDays(day, 1)) {
    foldDay(state, day, (before) => rememberPrescription(before, prescriptionOf(before, day)))
    if (day >= from) onDay?.(state, day)
  }
  return state
}

/** The state at the end of `through`: every event dated on or before it taken in, day by day. */
export const foldThrough = (episode: ValidEpisode, through: string, reference = false): EpisodeState => foldDays(episode, through, through, undefined, reference)

/** The state at the end of `through` of an episode that passed its schema, or `InvalidInput` for what checking it against its catalog finds. */
export const foldChecked = (episode: Episode, through: string): Either<InvalidInput, EpisodeState> => {
  const valid = checkEpisode(episode, ['episode'])
  return valid._tag === 'Left' ? left(invalidInput(valid.left)) : right(foldThrough(valid.right, through))
}

/** An input of an episode and a day, as its parser read it, folded through that day: the opening every `{ episode, today }` function shares. */
export const foldParsed = (parsed: Either<InputIssue[], { readonly episode: Episode; readonly today: string }>): Either<InvalidInput, { readonly state: EpisodeState; readonly today: string }> => {
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { episode, today } = parsed.right
  const folded = foldChecked(episode, today)
  return folded._tag === 'Left' ? folded : right({ state: folded.right, today })
}
