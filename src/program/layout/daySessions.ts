import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { ProgramItem, ProgramSession } from '../program.js'
import type { ProgramLayout } from '../programOptions.js'
import { weekdayOf } from './protocolDays.js'
import type { ProtocolItems } from './protocolItems.js'
import { PROGRAM_WORDS_EN } from '../../wording/programWordsEn.js'
import { writeSimplePattern } from '../../wording/simplePattern.js'
import { zonedInstant } from './zonedInstant.js'

// The words of each session's place in its day, read when a day is laid out (a table of the words read when the module
// loads would keep every word of the exports in a bundle that lays out no program).
const SLOTS = ['morning', 'midday', 'evening'] as const

/** A posture corrective of the plan, at its starting dose, and how many of the day's sessions hold it. */
export interface CorrectiveItem {
  readonly item: ProgramItem
  readonly timesPerDay: number
}

/** The reason for a session whose time the clocks skip that day (they go forward). */
const shiftedReason = (date: string, time: string, timeZone: string, actual: string): Reason => ({
  rule: 'time-shifted',
  message: `${time} does not exist in ${timeZone} on ${date} (the clocks go forward): the session moves to ${actual}.`,
  date,
  value: actual,
  source: SOURCES.timeZones,
  params: { time, timeZone, date, movedTo: actual },
})

/** The reason for a date the zone skipped altogether: the person never lives it, so it holds no session. */
const skippedReason = (date: string, timeZone: string, next: string): Reason => ({
  rule: 'day-skipped',
  message: `${date} does not exist in ${timeZone}: its clocks jump from the day before to ${next}, so that date has no sessions.`,
  date,
  value: next,
  source: SOURCES.timeZones,
  params: { date, timeZone, next },
})

/**
 * The sessions of one date: the rehab movements in every session; a posture
 * corrective in the first of them, as many as its ladder's times a day; the
 * warm-ups in the morning; in the evening, on workout days the hip thrust
 * before and the between-sets movements after, and the deadbug and the
 * thoracic press on their days. Shifted times add their reason to `reasons`;
 * a date the zone skipped altogether has no sessions, and a reason says so.
 */
export const daySessions = (
  date: string,
  rehab: readonly ProgramItem[],
  protocol: ProtocolItems,
  layout: ProgramLayout,
  reasons: Reason[],
  correctives: readonly CorrectiveItem[] = [],
): ProgramSession[] => {
  const weekday = weekdayOf(date)
  const workout = layout.workoutDays.has(weekday)
  const placed = layout.sessionTimes.map((time, slot) => {
    const evening = slot === layout.sessionTimes.length - 1
    const items = [
      ...(slot === 0 ? protocol.warmUps : []),
      ...(evening && workout ? protocol.hipThrust : []),
      ...rehab,
      ...correctives.filter((corrective) => slot < corrective.timesPerDay).map((corrective) => corrective.item),
      ...(evening && layout.deadbugDays.has(weekday) ? protocol.deadbug : []),
      ...(evening && layout.thoracicPressDays.has(weekday) ? protocol.thoracicPress : []),
      ...(evening && workout ? protocol.betweenSets : []),
    ]
    const start = zonedInstant(date, time, layout.timeZone)
    return { start, label: evening && workout ? writeSimplePattern(PROGRAM_WORDS_EN.withWorkout, { label: PROGRAM_WORDS_EN[SLOTS[slot]!] }) : PROGRAM_WORDS_EN[SLOTS[slot]!], items }
  })
  const skipped = placed.find((session) => session.start.date !== date)
  if (skipped !== undefined) {
    reasons.push(skippedReason(date, layout.timeZone, skipped.start.date))
    return []
  }
  return placed.map(({ start, label, items }, slot) => {
    const asked = layout.sessionTimes[slot]!
    if (start.time !== asked) reasons.push(shiftedReason(date, asked, layout.timeZone, start.time))
    return { start: start.start, date, time: start.time, label, items }
  })
}
