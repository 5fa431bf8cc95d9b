import { addIsoDays } from '../../_lib/isoDays.js'
import type { CheckIn } from '../program.js'
import { PROGRAM_DEFAULTS } from '../programDefaults.js'

/**
 * The check-in days of a program, in date order: the check-in 8 weeks after
 * the start whatever the program's length (seed 000), a reassessment every
 * two weeks inside the program except on that day, and a check-in the day
 * after a program that ends on another day.
 */
export const checkIns = (start: string, weeks: number): CheckIn[] => {
  const end = weeks * 7
  const kinds = new Map<number, CheckIn['kind']>()
  for (let day = PROGRAM_DEFAULTS.reassessEveryDays; day < end; day += PROGRAM_DEFAULTS.reassessEveryDays) kinds.set(day, 'reassessment')
  // The check-in takes the place of a reassessment on its day.
  kinds.set(PROGRAM_DEFAULTS.checkInWeeks * 7, 'check-in')
  kinds.set(end, 'check-in')
  return [...kinds]
    .sort(([a], [b]) => a - b)
    .map(([day, kind]) => ({ date: addIsoDays(start, day), kind }))
}
