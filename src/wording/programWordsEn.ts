import { DISCLAIMER } from '../shared/disclaimer.js'
import type { ProgramWords } from './textCatalog.js'

/**
 * A program's and a calendar's words in English: what `programToMarkdown`
 * and `programToIcs` write when no locale is given, and the labels
 * `buildProgram` gives the day's sessions.
 *
 * @example
 * import { PROGRAM_WORDS_EN } from 'rehab-engine'
 *
 * assert.equal(PROGRAM_WORDS_EN.morning, 'Morning rehab')
 * assert.equal(PROGRAM_WORDS_EN.week, 'Week {$week}: {$from} to {$to}')
 *
 * @category Languages
 * @since 0.4.0
 */
export const PROGRAM_WORDS_EN: ProgramWords = /* @__PURE__ */ Object.freeze({
  disclaimer: DISCLAIMER,
  title: 'Rehab program: {$start} to {$end} ({$timeZone})',
  week: 'Week {$week}: {$from} to {$to}',
  date: 'Date',
  time: 'Time',
  session: 'Session',
  movements: 'Movements',
  kind: 'Kind',
  checkIns: 'Check-ins',
  checkIn: 'Check-in: how the back feels',
  reassessment: 'Reassessment',
  morning: 'Morning rehab',
  midday: 'Midday rehab',
  evening: 'Evening rehab',
  withWorkout: '{$label} and workout',
  planned: '{$label} (planned)',
  plannedNote: "Planned at today's doses: the plan of the day may change them.",
  calendarName: 'Back rehab program',
  checkInTitle: 'Rehab check-in: how does the back feel?',
  reassessmentTitle: 'Rehab reassessment: score the assessment movements again',
})
