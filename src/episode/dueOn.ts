import { addIsoDays } from '../_lib/isoDays.js'
import type { CheckIn } from '../program/program.js'
import { PROGRAM_DEFAULTS } from '../program/programDefaults.js'
import type { EpisodeState } from './episodeState.js'

/**
 * The check-ins due on `today`: a reassessment once `reassessEveryDays` (14)
 * have passed since the latest assessment, listed from that day until the
 * next assessment; the check-in 8 weeks after the first assessment (day 57,
 * seed 000), on that day, whatever the program's length.
 */
export const dueOn = (state: EpisodeState, today: string): CheckIn[] => {
  const due: CheckIn[] = []
  const latest = state.latestAssessment?.event.date
  if (latest !== undefined) {
    const reassess = addIsoDays(latest, PROGRAM_DEFAULTS.reassessEveryDays)
    if (reassess <= today) due.push({ date: reassess, kind: 'reassessment' })
  }
  const first = state.firstAssessmentDate
  if (first !== undefined && addIsoDays(first, PROGRAM_DEFAULTS.checkInWeeks * 7) === today) due.push({ date: today, kind: 'check-in' })
  return due
}
