import { addIsoDays } from '../_lib/isoDays.js'
import { CEILING_DEFAULTS } from '../ceiling/ceilingDefaults.js'
import type { MorningCheck } from '../ceiling/morningCheck.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import type { EpisodeState, Placed } from './episodeState.js'

/** The first index of a list in date order whose entry is dated on or after `date`. */
const firstOnOrAfter = (list: readonly Placed<{ readonly date: string }>[], date: string): number => {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list[middle]!.log.date < date) low = middle + 1
    else high = middle
  }
  return low
}

/** Where every movement's logs start for the ceiling of `today`: the two weeks it reads, or the latest flare-up when that is earlier. */
export const lookBackFrom = (state: EpisodeState, today: string): string => {
  const from = addIsoDays(today, -(2 * CEILING_DEFAULTS.windowDays - 1))
  return state.lastFlareUp !== undefined && state.lastFlareUp < from ? state.lastFlareUp : from
}

/** Every session (but those of `skipped`, a movement key) and every morning dated on or after `from`. */
export const logsFrom = (state: EpisodeState, from: string, skipped?: string): { sessions: SessionLog[]; mornings: MorningCheck[] } => {
  const sessions: SessionLog[] = []
  for (let index = firstOnOrAfter(state.sessions, from); index < state.sessions.length; index++) {
    const session = state.sessions[index]!.log
    if (skipped === undefined || state.keyOf(session) !== skipped) sessions.push(session)
  }
  const mornings: MorningCheck[] = []
  for (let index = firstOnOrAfter(state.mornings, from); index < state.mornings.length; index++) mornings.push(state.mornings[index]!.log)
  return { sessions, mornings }
}

/**
 * The logs one movement's dose decision reads on `today`, and no others, so
 * that a day's decision does not cost the whole history: every session of
 * the movement (its rung, its last session, its frequency), and, of every
 * movement, the sessions and mornings from the earliest of the two weeks the
 * ceiling reads, the movement's last day (whose next morning settles it) and
 * the latest flare-up (whose lock reads every day since).
 */
export const doseLogs = (
  state: EpisodeState,
  key: string,
  today: string,
): { readonly sessions: readonly SessionLog[]; readonly mornings: readonly MorningCheck[] } => {
  const own = state.own.get(key) ?? []
  let from = lookBackFrom(state, today)
  const lastOwn = own.at(-1)?.date
  if (lastOwn !== undefined && lastOwn < from) from = lastOwn
  const others = logsFrom(state, from, key)
  return { sessions: [...own, ...others.sessions], mornings: others.mornings }
}
