import type { EpisodeRuleId } from '../../shared/rules.js'
import { changeShapes } from '../en/episode.js'
import { selecting } from '../selecting.js'

/** The kinds of event an episode logs, as a reference to one reads: `events.4 (Trainingseinheit am 2026-11-01)`. */
const EVENT_TYPES: Readonly<Record<string, string>> = {
  assessment: 'Bewegungstest',
  session: 'Trainingseinheit',
  morning: 'Morgen-Check',
  skipped: 'ausgelassene Einheit',
  symptoms: 'Symptom-Abfrage',
  soreness: 'Muskelkater-Meldung',
  clearance: 'Freigabe',
}

const typeOf = (type: string, variable: string): string => EVENT_TYPES[type] ?? `{$${variable}}`

/**
 * An event from `eventIndex`, `eventType` and `eventDate`; each pattern selects on the types its rule can point to
 * (a pattern holds a whole sentence for each), any other shows its id.
 */
const event = (type: string): string => `events.{$eventIndex} (${typeOf(type, 'eventType')} am {$eventDate})`

/** The episode rules' messages in German. */
export const EPISODE_DE: Readonly<Record<EpisodeRuleId, string>> = {
  'decided-doses':
    'Jede Einheit bis {$today} enthält die Dosis, die für ihren Tag entschieden wurde; die späteren enthalten die nächste Dosis jeder Übung, Stand {$today}, und sind als geplant markiert, weil erst die Tage dazwischen sie entscheiden.',
  // The causes after the first come in `moreCauses` as the English message writes them, which a pattern cannot go
  // through: German names the first cause and counts them all.
  'referral-held': `.input {$moreCauses :string}
${selecting(
  { causeType: ['intake', 'session', 'morning', 'soreness', 'symptoms', 'assessment'] },
  ({ causeType }) =>
    `Seit {$since} ist eine ärztliche Abklärung nötig. Anlass: ${causeType === 'intake' ? 'die Eingangsbefragung' : `events.{$causeIndex} (${typeOf(causeType!, 'causeType')} am {$causeDate})`}; Anlässe insgesamt: {$causes}. Kein Training, bis eine Ärztin oder ein Therapeut dich gesehen hat; eine Freigabe ab dem {$since} hebt das auf.`,
)}`,
  'pause-held': selecting(
    { eventType: ['session', 'morning', 'soreness'] },
    ({ eventType }) =>
      `{$movement :rehab:movement} war wiederholt im roten Bereich (${event(eventType!)}): die Übung pausiert bis {$resumeOn}, ein Datum, das am {$since} festgelegt wurde, es sei denn, eine Ärztin oder ein Therapeut hebt die Pause vorher auf.`,
  ),
  'pause-ended': `.input {$how :string}
.match $how
clearance {{Eine Ärztin oder ein Therapeut hat die Pause von {$movement :rehab:movement} am {$endedOn} aufgehoben: die Übung kommt unterhalb der Dosis zurück, die im roten Bereich war.}}
* {{Die Pause von {$movement :rehab:movement} endete am {$endedOn}: die Übung kommt unterhalb der Dosis zurück, die im roten Bereich war.}}`,
  'repeated-pause':
    '{$movement :rehab:movement} war nach der Pause vom {$previousSince} wieder im roten Bereich: eine zweite Pause innerhalb von {$days} Tagen. Hör mit den Übungen auf und lass die Schmerzen von einer Ärztin, einem Arzt oder in der Physiotherapie abklären, bevor du weitermachst.',
  'return-after-break': `.input {$weeksOff :string}
.match $weeksOff
1 {{{$movement :rehab:movement} wurde zuletzt am {$lastDate} gemacht, seitdem {$daysOff} Tage Pause: nach {$weeksOff} voller Woche Pause kommt die Übung mit {$dose} zurück, Stufe {$rung} von {$rungs}, und steigert sich von dort wieder.}}
* {{{$movement :rehab:movement} wurde zuletzt am {$lastDate} gemacht, seitdem {$daysOff} Tage Pause: nach {$weeksOff} vollen Wochen Pause kommt die Übung mit {$dose} zurück, Stufe {$rung} von {$rungs}, und steigert sich von dort wieder.}}`,
  'soreness-as-red': selecting(
    { eventType: ['soreness'] },
    ({ eventType }) => `Nach {$movement :rehab:movement} am {$date} kam Warnschmerz, kein Muskelkater (${event(eventType!)}: {$signs}): diese Einheit zählt als rot.`,
  ),
  overexertion: `.input {$check :string}
.input {$count :string}
.match $check $count
days-apart 1 {{{$movement :rehab:movement} wurde am {$date} und {$count} Tag später wieder gemacht, der Stufenplan sieht {$limit} Tage Abstand vor: öfter als erlaubt, daher keine Steigerung.}}
days-apart * {{{$movement :rehab:movement} wurde am {$date} und {$count} Tage später wieder gemacht, der Stufenplan sieht {$limit} Tage Abstand vor: öfter als erlaubt, daher keine Steigerung.}}
per-week * {{{$movement :rehab:movement} wurde an {$count} der {$windowDays} Tage bis {$date} gemacht, der Stufenplan erlaubt {$limit}: öfter als erlaubt, daher keine Steigerung.}}
* * {{{$movement :rehab:movement} wurde am {$date} {$count}-mal gemacht, der Stufenplan erlaubt {$limit}: öfter als erlaubt, daher keine Steigerung.}}`,
  'low-adherence':
    '{$movement :rehab:movement} wurde vom {$from} bis {$through} {$done}-mal gemacht, der Plan sah es {$prescribed}-mal vor ({$sharePercent} %): weniger als die {$minimumPercent} %, die für eine Steigerung nötig sind, daher bleibt die Übung bei der Dosis, mit der sie gemacht wurde.',
  'above-the-plan': `.input {$previous :string}
.match $previous
|| {{{$movement :rehab:movement} wurde am {$date} mit {$done} gemacht, aber vor der ersten Einheit sieht ein Plan die erste Stufe vor: die Einheit zählt als {$counted}, denn mehr als verlangt bringt keine zusätzliche Steigerung.}}
* {{{$movement :rehab:movement} wurde am {$date} mit {$done} gemacht, aber nach {$previous} sieht ein Plan höchstens eine Stufe mehr vor: die Einheit zählt als {$counted}, denn mehr als verlangt bringt keine zusätzliche Steigerung.}}`,
  advanced: selecting(
    { eventType: ['session'] },
    ({ eventType }) => `{$movement :rehab:movement} ersetzt {$from :rehab:movement}, weil {$from :rehab:movement} die oberste Stufe erreicht hat: die erste Einheit von {$movement :rehab:movement} war ${event(eventType!)}.`,
  ),
  'referral-cleared': selecting(
    { eventType: ['clearance'] },
    ({ eventType }) =>
      `{$by} hat am {$eventDate} freigegeben (${event(eventType!)}); ein neues Warnzeichen, oder Schmerz, bei dem die Schmerzgrenze zur Abklärung rät, macht wieder eine Abklärung nötig.`,
  ),
  'meaningful-change': selecting(
    { verdict: ['improved', 'worse', 'unknown'], mornings: ['1'], direction: ['lower', 'same'], percent: [''], points: ['1'] },
    ({ verdict, mornings, direction, percent, points }) =>
      verdict === 'unknown'
        ? 'Zu Beginn lag dein üblicher Rückenschmerz bei {$baseline}/10; noch ist kein Morgen-Check eingetragen, daher lässt sich die Veränderung noch nicht beurteilen.'
        : `Zu Beginn lag dein üblicher Rückenschmerz bei {$baseline}/10, jetzt liegt er bei {$now}/10 (${mornings === '1' ? 'laut deinem bisher einzigen Morgen-Check' : 'im Mittel der letzten {$mornings} Morgen-Checks'}): ${direction === 'same' ? 'unverändert' : `{$points} ${points === '1' ? 'Punkt' : 'Punkte'}${percent === '' ? '' : ' ({$percent} %)'} ${direction === 'lower' ? 'niedriger' : 'höher'}`}, ${verdict === 'improved' ? 'eine deutliche Besserung' : verdict === 'worse' ? 'eine deutliche Verschlechterung' : 'keine deutliche Veränderung'} (als deutlich gilt eine Veränderung ab {$meaningfulPoints} Punkten oder {$meaningfulPercent} % des Ausgangswerts).`,
    // Here `*` stands for higher, which an improvement never is.
    (keys) => changeShapes(keys) && !(keys.verdict === 'improved' && keys.direction === '*'),
  ),
  'no-improvement': `.input {$verdict :string}
.match $verdict
worse {{{$days} Tage nach dem ersten Bewegungstest liegt dein üblicher Rückenschmerz bei {$now}/10, zu Beginn waren es {$baseline}/10: schlechter. Vereinbare einen normalen Termin bei einer Ärztin, einem Arzt oder in der Physiotherapie, um den Plan zu überprüfen; die Übungen kannst du bis dahin weitermachen.}}
* {{{$days} Tage nach dem ersten Bewegungstest liegt dein üblicher Rückenschmerz bei {$now}/10, zu Beginn waren es {$baseline}/10: keine deutliche Besserung. Vereinbare einen normalen Termin bei einer Ärztin, einem Arzt oder in der Physiotherapie, um den Plan zu überprüfen; die Übungen kannst du bis dahin weitermachen.}}`,
  worsening: selecting(
    { points: ['1'], percent: [''] },
    ({ points, percent }) =>
      `Im Mittel der letzten {$mornings} Morgen-Checks liegt dein üblicher Rückenschmerz bei {$now}/10, zu Beginn waren es {$baseline}/10: {$points} ${points === '1' ? 'Punkt' : 'Punkte'}${percent === '' ? '' : ' ({$percent} %)'} schlechter, eine deutliche Verschlechterung (ab {$meaningfulPoints} Punkten oder {$meaningfulPercent} % des Ausgangswerts).`,
  ),
  'reassessment-harder-form':
    '{$from :rehab:movement} hat mit grünen Einheiten die oberste Stufe erreicht, und die schwerere Form {$movement :rehab:movement} lag bei diesem Bewegungstest bei {$pain}/10: sie übernimmt den Platz und beginnt auf der ersten Stufe ihres eigenen Stufenplans.',
  'reassessment-continues': `.input {$otherCount :string}
.match $otherCount
1 {{{$movement :rehab:movement} lag wieder bei {$pain}/10 und macht auf der erreichten Stufe weiter; {$others}, eine andere Form davon, fällt weg.}}
* {{{$movement :rehab:movement} lag wieder bei {$pain}/10 und macht auf der erreichten Stufe weiter; {$others}, andere Formen davon, fallen weg.}}`,
  'reassessment-dropped': `.input {$why :string}
.match $why
not-scored {{{$movement :rehab:movement} wurde bei diesem Bewegungstest nicht bewertet: die Übung fällt aus dem Plan.}}
above-ceiling {{{$movement :rehab:movement} lag bei diesem Bewegungstest bei {$pain}/10, über der Schmerzgrenze von {$ceiling}/10: die Übung fällt aus dem Plan.}}
not-chosen {{{$movement :rehab:movement} könnte weitergehen, wurde diesmal aber nicht ausgewählt: {$movement :rehab:movement} lag innerhalb der Schmerzgrenze, aber jede Auswahl von {$size} Übungen mit ihr deckt weniger Schwerpunktbereiche ab als die {$covered} der gewählten, oder gleich viele mit mehr Gesamtschmerz als {$totalPain}, oder gleicht ihr in beidem und steht im Katalog weiter hinten.}}
* {{{$movement :rehab:movement} könnte weitergehen, wurde diesmal aber nicht ausgewählt.}}`,
  'reassessment-worse': '{$movement :rehab:movement} lag beim vorigen Bewegungstest bei {$before}/10 und bei diesem bei {$now}/10: deutlich schlechter.',
}
