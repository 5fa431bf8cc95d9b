// What bench/dayPlan.mjs times inside a day's plan: the engine's own internals, bundled from the sources.
import { dayCeiling, sharedCeiling } from '../src/episode/dayCeiling.js'
import { adherenceOn } from '../src/episode/adherence.js'
import type { EpisodeState } from '../src/episode/episodeState.js'
import { foldChecked } from '../src/episode/foldEpisode.js'
import { planDay } from '../src/episode/planDay.js'
import { validateEpisode } from '../src/episode/validateEpisode.js'

export { decideDay } from '../src/episode/decideDay.js'

/** The state of an episode at the end of `today`, as decideDay folds it. */
export const foldedState = (episode: unknown, today: string): EpisodeState => {
  const valid = validateEpisode({ episode } as never)
  if (valid._tag === 'Left') throw new Error('the episode must be valid')
  const state = foldChecked(valid.right, today)
  if (state._tag === 'Left') throw new Error('the episode must fold')
  return state.right
}

/** The day's whole plan. */
export const plan = (state: EpisodeState, today: string): unknown => planDay(state, today)

/** The ceiling's judgement of the day, as the plan works it out once for every movement it covers. */
export const ceiling = (state: EpisodeState, today: string, key: string): unknown => sharedCeiling(state, dayCeiling(state, today), key)

/** The week's adherence, as the plan reports it. */
export const adherence = (state: EpisodeState, today: string): unknown => adherenceOn(state, today)
