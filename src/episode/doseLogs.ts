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
 * The movement's sessions a decision reads: those of its last two session
 * days (its rung, the day before today's), and every one from `from` (the
 * week its frequency counts, which `from` always covers). Its older sessions
 * change nothing, and reading them would make each decision cost the whole
 * history. The list is in date order: read from its end.
 */
export const recentOwn = (state: EpisodeState, key: string, from: string): readonly SessionLog[] => {
  const own = state.own.get(key) ?? []
  if (state.reference) return own
  let start = own.length
  let days = 0
  for (let day: string | undefined; start > 0; start--) {
    const { date } = own[start - 1]!
    if (date === day) continue
    if (days >= 2 && date < from) break
    day = date
    days++
  }
  return start === 0 ? own : own.slice(start)
}

/**
 * The logs one movement's dose decision reads on `today`, and no others, so
 * that a day's decision does not cost the whole history: every session of
 * the movement it reads (see recentOwn), and, of every
 * movement, the sessions and mornings from the earliest of the two weeks the
 * ceiling reads, the movement's last day (whose next morning settles it) and
 * the latest flare-up (whose lock reads every day since). A caller that
 * has the movement's recent sessions already passes them as `own`.
 */
export const doseLogs = (
  state: EpisodeState,
  key: string,
  today: string,
  own: readonly SessionLog[] = recentOwn(state, key, lookBackFrom(state, today)),
): { readonly sessions: readonly SessionLog[]; readonly mornings: readonly MorningCheck[] } => {
  let from = lookBackFrom(state, today)
  const lastOwn = own.at(-1)?.date
  if (lastOwn !== undefined && lastOwn < from) from = lastOwn
  const others = logsFrom(state, from, key)
  return { sessions: [...own, ...others.sessions], mornings: others.mornings }
}
