import { addIsoDays } from '../../_lib/isoDays.js'
import type { Ladder } from '../../catalog/ladder.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'

/** The latest `count`-th distinct session day before `before`, or undefined when there are fewer days. */
const nthLatestDayBefore = (own: readonly SessionLog[], before: string, count: number): string | undefined => {
  const days = [...new Set(own.map((session) => session.date))].filter((date) => date < before).sort()
  return days[days.length - count]
}

/**
 * The earliest date of the next session under the ladder's frequency: more
 * today while today's count is under `perDay`; otherwise `minDaysApart` after
 * the last session day, and never a day that would make more than
 * `perWeek.max` session days in 7 (seed 000: the deadbug 1-3 times a week,
 * never on consecutive days; the thoracic press twice a week).
 */
export const earliestNext = (ladder: Ladder, own: readonly SessionLog[], last: SessionLog, today: string): string => {
  const sessionsToday = own.filter((session) => session.date === today).length
  if (last.date === today && sessionsToday < ladder.frequency.perDay) return today
  const afterLast = addIsoDays(last.date, ladder.frequency.minDaysApart)
  const earliest = afterLast > today ? afterLast : today
  const perWeek = ladder.frequency.perWeek
  if (perWeek === undefined) return earliest
  const limiting = nthLatestDayBefore(own, earliest, perWeek.max)
  const weekLater = limiting === undefined ? undefined : addIsoDays(limiting, 7)
  return weekLater !== undefined && weekLater > earliest ? weekLater : earliest
}
