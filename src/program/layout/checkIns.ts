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
  const checkInDay = PROGRAM_DEFAULTS.checkInWeeks * 7
  const end = weeks * 7
  const found: CheckIn[] = []
  for (let day = PROGRAM_DEFAULTS.reassessEveryDays; day < end; day += PROGRAM_DEFAULTS.reassessEveryDays) {
    if (day !== checkInDay) found.push({ date: addIsoDays(start, day), kind: 'reassessment' })
  }
  if (end !== checkInDay) found.push({ date: addIsoDays(start, end), kind: 'check-in' })
  found.push({ date: addIsoDays(start, checkInDay), kind: 'check-in' })
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
