import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { sessionRank } from '../catalog/lookUpMovement.js'
import type { SessionLog } from './sessionLog.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * How hard a session went, as a number to order by: a session not completed
 * counts above any completed one, then the higher pain during and after.
 */
const strain = (session: SessionLog): number => (session.completed ? 0 : 1000) + session.painDuring * 11 + (session.painAfter ?? 0)

/**
 * A total order on sessions: by date, time and catalog rank, then the one that
 * went harder last, then by content, so that every result is the same whatever
 * order the logs arrived in, even for two sessions logged at the same minute.
 * The harder one goes last because the ladder reads the last session: of two
 * sessions at the same minute, a step up must follow the worse of them.
 */
export const chronologically =
  (catalog: CompiledCatalog) =>
  (a: SessionLog, b: SessionLog): number =>
    compareText(a.date, b.date) ||
    compareText(a.time ?? '', b.time ?? '') ||
    sessionRank(catalog, a) - sessionRank(catalog, b) ||
    strain(a) - strain(b) ||
    compareText(JSON.stringify(a), JSON.stringify(b))

/**
 * `sessions` in chronologically's order, in a new list. Logs from an episode
 * already come by date and time, and then only each run of sessions logged at
 * the same minute needs sorting: that run's order is the same as a sort of the
 * whole list gives, since date and time come first in the order.
 */
export const inTimeOrder = (catalog: CompiledCatalog, sessions: readonly SessionLog[]): SessionLog[] => {
  const order = chronologically(catalog)
  const sorted = [...sessions]
  let start = 0
  for (let at = 1; at <= sorted.length; at++) {
    const previous = sorted[at - 1]!
    const session = sorted[at]
    if (session !== undefined && session.date === previous.date && session.time === previous.time) continue
    if (session !== undefined && (compareText(previous.date, session.date) || compareText(previous.time ?? '', session.time ?? '')) > 0) return sorted.sort(order)
    if (at - start > 1) sortRun(sorted, start, at, order)
    start = at
  }
  return sorted
}

/** Sorts `list` from `start` up to `end` in place, by insertion: a run of one minute holds a handful of sessions. */
const sortRun = (list: SessionLog[], start: number, end: number, order: (a: SessionLog, b: SessionLog) => number): void => {
  for (let at = start + 1; at < end; at++) {
    const session = list[at]!
    let to = at
    while (to > start && order(list[to - 1]!, session) > 0) {
      list[to] = list[to - 1]!
      to--
    }
    list[to] = session
  }
}
