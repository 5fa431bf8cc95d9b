import type { CeilingRuleId } from '../../shared/rules.js'

/** The ceiling rules' messages in German. */
export const CEILING_DE: Readonly<Record<CeilingRuleId, string>> = {
  window: 'Die Einschätzung betrachtet die Tage vom {$windowStart} bis {$today}, gemessen an deinem Ausgangswert für Rückenschmerz von {$baselinePain}/10.',
  'pain-during': `.input {$time :string}
.input {$zone :string}
.match $time $zone
|| red {{{$movement :rehab:movement} am {$date}: Schmerz während der Übung {$pain}/10, über {$limit}/10 (rot).}}
|| amber {{{$movement :rehab:movement} am {$date}: Schmerz während der Übung {$pain}/10, über {$limit}/10 (gelb).}}
|| * {{{$movement :rehab:movement} am {$date}: Schmerz während der Übung {$pain}/10, über {$limit}/10 ({$zone}).}}
* red {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz während der Übung {$pain}/10, über {$limit}/10 (rot).}}
* amber {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz während der Übung {$pain}/10, über {$limit}/10 (gelb).}}
* * {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz während der Übung {$pain}/10, über {$limit}/10 ({$zone}).}}`,
  'pain-after': `.input {$time :string}
.input {$zone :string}
.match $time $zone
|| red {{{$movement :rehab:movement} am {$date}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 (rot).}}
|| amber {{{$movement :rehab:movement} am {$date}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 (gelb).}}
|| * {{{$movement :rehab:movement} am {$date}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 ({$zone}).}}
* red {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 (rot).}}
* amber {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 (gelb).}}
* * {{{$movement :rehab:movement} am {$date} um {$time}: Schmerz nach der Übung {$pain}/10, über {$limit}/10 ({$zone}).}}`,
  'next-morning': `.input {$zone :string}
.match $zone
red {{{$movement :rehab:movement} am {$sessionDate}: Rückenschmerz am nächsten Morgen {$backPain}/10, {$rise} über deinem Ausgangswert (rot).}}
amber {{{$movement :rehab:movement} am {$sessionDate}: Rückenschmerz am nächsten Morgen {$backPain}/10, {$rise} über deinem Ausgangswert (gelb).}}
* {{{$movement :rehab:movement} am {$sessionDate}: Rückenschmerz am nächsten Morgen {$backPain}/10, {$rise} über deinem Ausgangswert ({$zone}).}}`,
  'unproven-settling':
    '{$movement :rehab:movement}: Kein Morgeneintrag am Tag nach {$dates}, also ist nicht belegt, dass die Beschwerden abgeklungen sind; höchstens die Dosis halten.',
  'amber-unsettled':
    '{$movement :rehab:movement} war am {$date} im gelben Bereich, und der Rückenschmerz war am nächsten Morgen nicht abgeklungen: eine Stufe zurück, statt die Dosis zu halten.',
  'morning-rise': `.input {$zone :string}
.match $zone
red {{Am Morgen des {$date} lag dein Rückenschmerz bei {$backPain}/10, {$rise} über deinem Ausgangswert von {$baselinePain}/10: ein Schmerzschub.}}
* {{Am Morgen des {$date} lag dein Rückenschmerz bei {$backPain}/10, {$rise} über deinem Ausgangswert von {$baselinePain}/10.}}`,
  'week-to-week':
    'Dein Rückenschmerz am Morgen ist im Mittel um {$rise} gegenüber der Vorwoche gestiegen und erreicht damit die Grenze von {$limit} Punkten.',
  'stiffness-week-to-week':
    'Deine Steifigkeit am Morgen ist im Mittel um {$rise} gegenüber der Vorwoche gestiegen und erreicht damit die Grenze von {$limit} Punkten.',
  'refer-pain': `.input {$when :string}
.match $when
morning {{Dein Rückenschmerz am Morgen lag am {$date} bei {$pain}/10 und damit auf oder über {$limit}/10: Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.}}
during {{Der Schmerz während der Übung {$movement :rehab:movement} lag am {$date} bei {$pain}/10 und damit auf oder über {$limit}/10: Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.}}
after {{Der Schmerz nach der Übung {$movement :rehab:movement} lag am {$date} bei {$pain}/10 und damit auf oder über {$limit}/10: Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.}}
* {{Der Schmerz bei der Übung {$movement :rehab:movement} ({$when}) lag am {$date} bei {$pain}/10 und damit auf oder über {$limit}/10: Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.}}`,
  'refer-red-movements':
    'Am {$date} waren {$count} Übungen im roten Bereich ({$movements}): Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.',
  'refer-red-days':
    '{$count} der letzten {$days} Tage waren im roten Bereich: Hör auf zu trainieren und lass das von einer Ärztin oder einem Therapeuten abklären.',
  'repeated-red':
    '{$movement :rehab:movement} war in den betrachteten Tagen {$count}-mal im roten Bereich (ein schlechter Morgen zählt nur einmal): Setz diese Übung vorerst aus.',
  'flare-up-lock':
    'Nach dem Schmerzschub am {$date} wird erst nach {$greenDays} grünen Tagen in Folge wieder gesteigert; frühestens geht es am {$until} weiter.',
  'no-recent-logs': 'Seit {$windowStart} keine Einheit und kein Morgeneintrag: Nichts zeigt, dass eine Steigerung sicher ist.',
  'all-green':
    'Jede Einheit seit {$windowStart} blieb bei höchstens {$painCeiling}/10, die Beschwerden waren bis zum nächsten Morgen abgeklungen, und kein Morgen lag über deinem Ausgangswert: Eine Steigerung ist erlaubt.',
}
