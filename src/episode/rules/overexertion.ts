import { addIsoDays, daysBetween } from '../../_lib/isoDays.js'
import type { Ladder } from '../../catalog/ladder.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'
import { movementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'

const WEEK_DAYS = 7

/**
 * A movement done more often than its ladder allows in the last 7 days (more
 * sessions a day than `perDay`, two session days closer than `minDaysApart`,
 * or more days than `perWeek.max`) earns no step up (seed 002: overexertion
 * earns no progress). The reason names the first limit passed; undefined when
 * none was.
 */
export const overexertion = (own: readonly SessionLog[], ladder: Ladder, today: string): Reason | undefined => {
  const from = addIsoDays(today, -(WEEK_DAYS - 1))
  const perDate = new Map<string, number>()
  for (const session of own) if (session.date >= from && session.date <= today) perDate.set(session.date, (perDate.get(session.date) ?? 0) + 1)
  const days = [...perDate.keys()].sort()
  const [first] = own
  if (first === undefined) return undefined
  const name = describeMovement(first)
  // The limit passed, as the params name it: sessions on one day, days between two sessions, days in the week.
  const reason = (check: 'per-day' | 'days-apart' | 'per-week', message: string, date: string, value: number, limit: number, shownDate: string = date): Reason => ({
    rule: 'overexertion',
    message: `${message}: more often than its ladder allows, so no step up.`,
    ...movementRef(first.movement, first.variant),
    date,
    value,
    limit,
    source: SOURCES.ceilingMethod,
    params: { movement: name, check, count: value, date: shownDate, limit, windowDays: WEEK_DAYS },
  })
  const { perDay, minDaysApart, perWeek } = ladder.frequency
  for (const date of days) {
    const count = perDate.get(date)!
    if (count > perDay) return reason('per-day', `${name} was done ${count} times on ${date}, where its ladder allows ${perDay}`, date, count, perDay)
  }
  for (let index = 1; index < days.length; index++) {
    const gap = daysBetween(days[index - 1]!, days[index]!)
    if (gap < minDaysApart) {
      return reason(
        'days-apart',
        `${name} was done on ${days[index - 1]} and again ${gap} day${gap === 1 ? '' : 's'} later, where its ladder asks for ${minDaysApart} days apart`,
        days[index]!,
        gap,
        minDaysApart,
        days[index - 1]!,
      )
    }
  }
  if (perWeek !== undefined && days.length > perWeek.max) {
    return reason('per-week', `${name} was done on ${days.length} days of the ${WEEK_DAYS} to ${today}, where its ladder allows ${perWeek.max}`, days.at(-1)!, days.length, perWeek.max, today)
  }
  return undefined
}
