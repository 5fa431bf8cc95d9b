import type { ProgramRuleId } from '../../shared/rules.js'

/** The program rules' messages in English. */
export const PROGRAM_EN: Readonly<Record<ProgramRuleId, string>> = {
  'program-frame': '(not written yet)',
  'rehab-sessions': '(not written yet)',
  'corrective-sessions': '(not written yet)',
  'warm-ups': '(not written yet)',
  'deadbug-days': '(not written yet)',
  'thoracic-press-days': '(not written yet)',
  'workout-days': '(not written yet)',
  'check-ins': '(not written yet)',
  'starting-doses': '(not written yet)',
  'time-shifted': '(not written yet)',
  'day-skipped': '(not written yet)',
  'not-in-catalog': '(not written yet)',
}
