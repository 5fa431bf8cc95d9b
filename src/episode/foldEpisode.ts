import { addIsoDays } from '../_lib/isoDays.js'
import type { PlacedEvent, ValidEpisode } from './checkEpisode.js'
import { endDuePauses, initialState, type EpisodeState } from './episodeState.js'
import { judgeDay } from './judgeDay.js'
import { takeEvent } from './takeEvent.js'

/**
 * Takes in the events of one day (the state has taken every earlier day):
 * pauses due end first, then each event in order, then the ceiling judges
 * the day when it brought a log.
 */
export const foldDay = (state: EpisodeState, day: string): void => {
  endDuePauses(state, day)
  const events = state.episode.events
  let lastLog: PlacedEvent | undefined
  while (state.taken < events.length && events[state.taken]!.event.date === day) {
    const placed = events[state.taken]!
    takeEvent(state, placed, state.taken)
    // A soreness report can turn a session red, so the ceiling judges its day as it does a log's.
    if (placed.event.type === 'session' || placed.event.type === 'morning' || placed.event.type === 'soreness') lastLog = placed
    state.taken++
  }
  if (lastLog !== undefined) judgeDay(state, day, lastLog)
}

/** The state at the end of `through`: every event dated on or before it taken in, day by day. */
export const foldThrough = (episode: ValidEpisode, through: string): EpisodeState => {
  const state = initialState(episode, through)
  // The days between events change nothing but the end of a pause, which the last call below catches up on.
  for (let next = episode.events[0]?.event.date; next !== undefined && next <= through; next = episode.events[state.taken]?.event.date) {
    foldDay(state, next)
  }
  foldDay(state, through)
  return state
}

/**
 * Calls `onDay` with the state at the end of every day from `from` to
 * `through`, each day with the events dated on or before it and no others.
 */
export const foldEachDay = (episode: ValidEpisode, from: string, through: string, onDay: (state: EpisodeState, day: string) => void): void => {
  const state = initialState(episode, from)
  for (let next = episode.events[0]?.event.date; next !== undefined && next < from; next = episode.events[state.taken]?.event.date) {
    foldDay(state, next)
  }
  for (let day = from; day <= through; day = addIsoDays(day, 1)) {
    foldDay(state, day)
    onDay(state, day)
  }
}
