import { isoWeekday } from '../../_lib/isoDays.js'
import { WEEKDAYS, type Weekday } from '../programDefaults.js'
import { gapsBetween, type ProgramLayout } from '../programOptions.js'

/** The two warm-ups, once a day in the morning (seed 000: daily if wanted). */
export const WARM_UPS = ['back-mobility-warm-up', 'hamstring-mobility-warm-up'] as const
/** The movements done between the sets of a workout (seed 004). */
export const BETWEEN_SETS = ['progressive-bodyweight-squat', 'raising-the-roof'] as const

/** The weekday of an ISO date. */
export const weekdayOf = (date: string): Weekday => WEEKDAYS[isoWeekday(date) - 1]!

/** The weekdays a protocol or between-sets movement is laid on, or undefined for one the program does not lay out. */
export const protocolWeekdays = (movement: string, layout: ProgramLayout): ReadonlySet<Weekday> | undefined => {
  if ((WARM_UPS as readonly string[]).includes(movement)) return new Set(WEEKDAYS)
  if (movement === 'hip-thrust' || (BETWEEN_SETS as readonly string[]).includes(movement)) return layout.workoutDays
  if (movement === 'deadbug') return layout.deadbugDays
  if (movement === 'thoracic-press') return layout.thoracicPressDays
  return undefined
}

/**
 * The protocol and between-sets movements a program lays on `date`, in the
 * order of its sessions: the warm-ups every day; on workout days the hip
 * thrust; the deadbug and the thoracic press on their days; on workout days
 * the between-sets movements.
 */
export const protocolMovementsOn = (date: string, layout: ProgramLayout): string[] => {
  const weekday = weekdayOf(date)
  const workout = layout.workoutDays.has(weekday)
  return [
    ...WARM_UPS,
    ...(workout ? ['hip-thrust'] : []),
    ...(layout.deadbugDays.has(weekday) ? ['deadbug'] : []),
    ...(layout.thoracicPressDays.has(weekday) ? ['thoracic-press'] : []),
    ...(workout ? BETWEEN_SETS : []),
  ]
}

/**
 * The longest run of days from one of a movement's program days to the
 * next: 1 for a movement done every day, 7 for one done once a week, 3 for
 * Monday, Wednesday and Friday (Friday to Monday). A gap that long is the
 * schedule, not a break.
 */
export const longestScheduledGap = (days: ReadonlySet<Weekday>): number => (days.size === 0 ? 7 : Math.max(...gapsBetween(days)))
