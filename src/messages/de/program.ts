import type { ProgramRuleId } from '../../shared/rules.js'

/** The program rules' messages in German. Weekdays come as the ids the options take (`monday`). */
export const PROGRAM_DE: Readonly<Record<ProgramRuleId, string>> = {
  'program-frame': `.input {$weeks :string}
.match $weeks
1 {{1 Woche vom {$start} bis zum {$end} (Zeitzone {$timeZone}), danach am {$checkIn} eine Bestandsaufnahme.}}
* {{{$weeks} Wochen vom {$start} bis zum {$end} (Zeitzone {$timeZone}), danach am {$checkIn} eine Bestandsaufnahme.}}`,
  'rehab-sessions': 'Die {$movements} Reha-Übungen in jeder der {$sessions} täglichen Einheiten, um {$times} Uhr, zu Beginn mit {$doses}.',
  'corrective-sessions': `.input {$timesPerDay :string}
.match $timesPerDay
1 {{Die Haltungsübung {$movement :rehab:movement} in der ersten Einheit jedes Tages, zu Beginn mit {$dose}.}}
* {{Die Haltungsübung {$movement :rehab:movement} in den ersten {$timesPerDay} Einheiten jedes Tages, zu Beginn mit {$dose}.}}`,
  'warm-ups': 'Das Aufwärmen für Rücken und hintere Oberschenkel einmal am Tag, in der Morgeneinheit.',
  'deadbug-days': `.input {$days :string}
.match $days
|| {{Den Deadbug an keinem Tag, in der Abendeinheit: {$perWeek}-mal pro Woche, nie an zwei Tagen hintereinander.}}
* {{Den Deadbug an diesen Tagen ({$days}), in der Abendeinheit: {$perWeek}-mal pro Woche, nie an zwei Tagen hintereinander.}}`,
  'thoracic-press-days': `.input {$days :string}
.match $days
|| {{Das Drücken für die Brustwirbelsäule an keinem Tag, in der Abendeinheit: {$perWeek}-mal pro Woche, mit mindestens {$minDaysApart} Tagen Abstand.}}
* {{Das Drücken für die Brustwirbelsäule an diesen Tagen ({$days}), in der Abendeinheit: {$perWeek}-mal pro Woche, mit mindestens {$minDaysApart} Tagen Abstand.}}`,
  'workout-days': `.input {$days :string}
.match $days
|| {{Trainingstage: keine. An Trainingstagen kommt der Hip Thrust vor das Training und die Übungen für die Satzpausen ins Training.}}
* {{An Trainingstagen ({$days}): der Hip Thrust vor dem Training und die Übungen für die Satzpausen währenddessen.}}`,
  'check-ins': `.input {$reassesses :string}
.input {$checkInWeeksAtEnd :string}
.match $reassesses $checkInWeeksAtEnd
true true {{Alle {$reassessEveryDays} Tage ein erneuter Bewegungstest, um schwierigere Varianten anzubieten, und am Ende eine Bestandsaufnahme.}}
true * {{Alle {$reassessEveryDays} Tage ein erneuter Bewegungstest, um schwierigere Varianten anzubieten, und eine Bestandsaufnahme am Ende und {$checkInWeeks} Wochen nach dem Start ({$checkInWeeksDate}).}}
* true {{Eine Bestandsaufnahme am Ende; für einen erneuten Bewegungstest alle {$reassessEveryDays} Tage ist das Programm zu kurz.}}
* * {{Eine Bestandsaufnahme am Ende und {$checkInWeeks} Wochen nach dem Start ({$checkInWeeksDate}); für einen erneuten Bewegungstest alle {$reassessEveryDays} Tage ist das Programm zu kurz.}}`,
  'starting-doses': 'Die Dosierungen sind die Startwerte; trag jede Einheit und den Check am Morgen ein und lass nextDose die nächste Dosierung festlegen.',
  'time-shifted': '{$time} Uhr gibt es am {$date} in {$timeZone} nicht (die Uhren werden vorgestellt): die Einheit wird auf {$movedTo} Uhr verschoben.',
  'day-skipped': 'Den {$date} gibt es in {$timeZone} nicht: die Uhren springen vom Vortag direkt auf den {$next}, deshalb hat dieser Tag keine Einheiten.',
  'not-in-catalog': '„{$movement :rehab:movement}“ fehlt im Katalog oder hat keine Stufenleiter, deshalb lässt das Programm diese Übung weg.',
}
