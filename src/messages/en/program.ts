import type { ProgramRuleId } from '../../shared/rules.js'

/** The program rules' messages in English: each pattern writes exactly the message its rule writes. */
export const PROGRAM_EN: Readonly<Record<ProgramRuleId, string>> = {
  'program-frame': `.input {$weeks :string}
.match $weeks
1 {{1 week from {$start} to {$end} in {$timeZone}, then a check-in on {$checkIn}.}}
* {{{$weeks} weeks from {$start} to {$end} in {$timeZone}, then a check-in on {$checkIn}.}}`,
  // A selection holds 4 or 5 movements: dose1-dose4 are the first four doses, lastDose the fifth when there are five.
  'rehab-sessions': 'The {$movements} rehab movements in each of {$sessions} daily sessions, at {$times}, starting at {$doses}.',
  'corrective-sessions': `.input {$timesPerDay :string}
.match $timesPerDay
1 {{The posture corrective {$movement} in the first session of each day, starting at {$dose}.}}
* {{The posture corrective {$movement} in the first {$timesPerDay} sessions of each day, starting at {$dose}.}}`,
  'warm-ups': 'The back and hamstring warm-ups once a day, in the morning session.',
  'deadbug-days': `.input {$days :string}
.match $days
|| {{The deadbug on none, in the evening session: {$perWeek} a week, never two days running.}}
* {{The deadbug on {$days}, in the evening session: {$perWeek} a week, never two days running.}}`,
  'thoracic-press-days': `.input {$days :string}
.match $days
|| {{The thoracic press on none, in the evening session: {$perWeek} a week, at least {$minDaysApart} days apart.}}
* {{The thoracic press on {$days}, in the evening session: {$perWeek} a week, at least {$minDaysApart} days apart.}}`,
  'workout-days': `.input {$days :string}
.match $days
|| {{On workout days (none): the hip thrust before the workout and the between-sets movements during it.}}
* {{On workout days ({$days}): the hip thrust before the workout and the between-sets movements during it.}}`,
  'check-ins': `.input {$reassesses :string}
.input {$checkInWeeksAtEnd :string}
.match $reassesses $checkInWeeksAtEnd
true true {{A reassessment every {$reassessEveryDays} days, to offer harder forms, and a check-in at the end.}}
true * {{A reassessment every {$reassessEveryDays} days, to offer harder forms, and a check-in at the end and {$checkInWeeks} weeks after the start ({$checkInWeeksDate}).}}
* true {{A check-in at the end; the program is too short for a reassessment every {$reassessEveryDays} days.}}
* * {{A check-in at the end and {$checkInWeeks} weeks after the start ({$checkInWeeksDate}); the program is too short for a reassessment every {$reassessEveryDays} days.}}`,
  'starting-doses': 'Doses are the starting doses; log each session and the morning check, and let nextDose set the next one.',
  'time-shifted': '{$time} does not exist in {$timeZone} on {$date} (the clocks go forward): the session moves to {$movedTo}.',
  'day-skipped': '{$date} does not exist in {$timeZone}: its clocks jump from the day before to {$next}, so that date has no sessions.',
  'not-in-catalog': '"{$movement}" is not in the catalog, or has no ladder, so the program leaves it out.',
}
