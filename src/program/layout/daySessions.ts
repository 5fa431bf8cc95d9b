import { TZDate } from '@date-fns/tz'
import { formatISO } from 'date-fns'
import { isoWeekday } from '../../_lib/isoDays.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { ProgramItem, ProgramSession } from '../program.js'
import { WEEKDAYS } from '../programDefaults.js'
import type { ProgramLayout } from '../programOptions.js'
import type { ProtocolItems } from './protocolItems.js'

const LABELS = ['Morning rehab', 'Midday rehab', 'Evening rehab'] as const

const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * A local time on a date in a zone, as the instant it is. A time that does not
 * exist on a spring-forward day moves forward by the length of the jump
 * (02:30 becomes 03:30 in Berlin), and a reason says so.
 */
const localStart = (date: string, time: string, timeZone: string): { start: string; time: string; shifted?: Reason } => {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
  const local = new TZDate(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3)), 0, 0, timeZone)
  const actual = `${twoDigits(local.getHours())}:${twoDigits(local.getMinutes())}`
  if (actual === time) return { start: formatISO(local), time }
  const shifted: Reason = {
    rule: 'time-shifted',
    message: `${time} does not exist in ${timeZone} on ${date} (the clocks go forward): the session moves to ${actual}.`,
    date,
    value: actual,
    source: SOURCES.timeZones,
  }
  return { start: formatISO(local), time: actual, shifted }
}

/**
 * The sessions of one date: the rehab movements in every session; the
 * warm-ups in the morning; in the evening, on workout days the hip thrust
 * before and the between-sets movements after, and the deadbug and the
 * thoracic press on their days. Shifted times add their reason to `reasons`.
 */
export const daySessions = (date: string, rehab: readonly ProgramItem[], protocol: ProtocolItems, layout: ProgramLayout, reasons: Reason[]): ProgramSession[] => {
  const weekday = WEEKDAYS[isoWeekday(date) - 1]!
  const workout = layout.workoutDays.has(weekday)
  return layout.sessionTimes.map((time, slot) => {
    const evening = slot === layout.sessionTimes.length - 1
    const items = [
      ...(slot === 0 ? protocol.warmUps : []),
      ...(evening && workout ? protocol.hipThrust : []),
      ...rehab,
      ...(evening && layout.deadbugDays.has(weekday) ? protocol.deadbug : []),
      ...(evening && layout.thoracicPressDays.has(weekday) ? protocol.thoracicPress : []),
      ...(evening && workout ? protocol.betweenSets : []),
    ]
    const start = localStart(date, time, layout.timeZone)
    if (start.shifted !== undefined) reasons.push(start.shifted)
    return { start: start.start, date, time: start.time, label: evening && workout ? `${LABELS[slot]} and workout` : LABELS[slot]!, items }
  })
}
