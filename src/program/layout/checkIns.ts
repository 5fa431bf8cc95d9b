import { addIsoDays } from '../../_lib/isoDays.js'
import type { CheckIn } from '../program.js'
import { PROGRAM_DEFAULTS } from '../programDefaults.js'

/** A reassessment every two weeks inside the program, then the check-in the day after its end (seed 000: after 8 weeks). */
export const checkIns = (start: string, weeks: number): CheckIn[] => {
  const found: CheckIn[] = []
  for (let day = PROGRAM_DEFAULTS.reassessEveryDays; day < weeks * 7; day += PROGRAM_DEFAULTS.reassessEveryDays) {
    found.push({ date: addIsoDays(start, day), kind: 'reassessment' })
  }
  found.push({ date: addIsoDays(start, weeks * 7), kind: 'check-in' })
  return found
}
