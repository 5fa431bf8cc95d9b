import { judgeCeiling, type CeilingJudgement } from '../ceiling/judgeCeiling.js'
import { logsFrom, lookBackFrom } from './doseLogs.js'
import type { EpisodeState } from './episodeState.js'

/** The ceiling's judgement of one day, worked out once for every movement of the day's plan that it covers. */
export interface DayCeiling {
  readonly today: string
  readonly from: string
  judgement: CeilingJudgement | undefined
}

/** A day's shared judgement, not worked out until a movement asks for it. */
export const dayCeiling = (state: EpisodeState, today: string): DayCeiling => ({ today, from: lookBackFrom(state, today), judgement: undefined })

/**
 * The day's judgement for the movement under `key`, or undefined when that
 * movement's own last session is older than the logs the day reads (its
 * decision then reads further back, to the morning after that session).
 * The ceiling reads only the two weeks before today and the days since the
 * latest flare-up, so every movement whose logs start there sees the same
 * judgement; the other sessions of a movement, older still, change nothing in it.
 */
export const sharedCeiling = (state: EpisodeState, shared: DayCeiling, key: string): CeilingJudgement | undefined => {
  const lastOwn = state.own.get(key)?.at(-1)?.date
  if (lastOwn !== undefined && lastOwn < shared.from) return undefined
  const { episode } = state
  shared.judgement ??= judgeCeiling({
    catalog: episode.catalog,
    ...logsFrom(state, shared.from),
    baselinePain: episode.baselinePain,
    today: shared.today,
    rules: episode.rules,
    stopsLifted: true,
    markedRed: state.markedRed,
  })
  return shared.judgement
}
