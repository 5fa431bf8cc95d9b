import type { ProgressionRuleId } from '../../shared/rules.js'

// Wo eine Übung auf ihrer Leiter steht.
const AT = '{$movement :rehab:movement} steht bei {$dose}, Stufe {$rung} von {$rungs}'

const SEE_CLINICIAN =
  'laut Schmerzgrenze: aufhören und abklären lassen. Hör mit den Übungen auf und lass die Schmerzen von einer Ärztin oder einem Physiotherapeuten abklären, bevor du weitermachst.'

/** The progression rules' messages in German. */
export const PROGRESSION_DE: Readonly<Record<ProgressionRuleId, string>> = {
  'ladder-start': 'Noch keine Einheit mit {$movement :rehab:movement}: beginne mit {$dose}, Stufe 1 von {$rungs}.',
  'ladder-step-up': `${AT}, grün und vollständig geschafft: eine Stufe höher, auf {$to}.`,
  'ladder-hold': `${AT}; laut Schmerzgrenze bleibt es vorerst dabei (Gründe siehe unten).`,
  'awaiting-next-morning': `${AT}; nach der letzten Einheit fehlt noch der Eintrag vom nächsten Morgen, daher bleibt es dabei, bis der nächste Morgen zeigt, dass sich alles beruhigt hat.`,
  incomplete: `${AT}, aber die letzte Einheit hast du nicht ganz geschafft: wiederhole sie.`,
  'ladder-step-down': `.input {$zone :string}
.input {$step :string}
.input {$peakPlace :string}
.match $zone $step $peakPlace
amber stay * {{{$movement :rehab:movement} war bei {$peakDose} im gelben Bereich und hatte sich bis zum nächsten Morgen nicht beruhigt: bleib bei {$dose}.}}
amber * * {{{$movement :rehab:movement} war bei {$peakDose} im gelben Bereich und hatte sich bis zum nächsten Morgen nicht beruhigt: eine Stufe zurück, auf {$to}.}}
red stay above {{{$movement :rehab:movement} ging bei {$peakDose} in den roten Bereich: bleib darunter, bei {$dose}.}}
red stay * {{{$movement :rehab:movement} ging schon auf der ersten Stufe in den roten Bereich: bleib bei {$dose}.}}
red * same {{{$movement :rehab:movement} ging bei {$dose} in den roten Bereich: eine Stufe zurück, auf {$to}.}}
red * * {{{$movement :rehab:movement} ging bei {$peakDose} in den roten Bereich: eine Stufe zurück von {$dose} auf {$to}.}}
* * * {{{$movement :rehab:movement} ging bei {$peakDose} in den roten Bereich: eine Stufe zurück von {$dose} auf {$to}.}}`,
  'ceiling-pause': `.input {$substitute :string}
.match $substitute
|| {{{$movement :rehab:movement} war wiederholt im roten Bereich: setz die Übung bis {$resumeOn} aus.}}
* {{{$movement :rehab:movement} war wiederholt im roten Bereich: setz die Übung bis {$resumeOn} aus und mach stattdessen {$substitute :rehab:movement} (bei der letzten Überprüfung {$substitutePain}/10).}}`,
  'ceiling-stop': `.input {$started :string}
.match $started
true {{${AT.replace('{$dose}', '{$atDose}')}; ${SEE_CLINICIAN}}}
* {{Noch keine Einheit mit {$movement :rehab:movement}; ${SEE_CLINICIAN}}}`,
  'ladder-top': `.input {$advanceTo :string}
.match $advanceTo
|| {{${AT}: die oberste Stufe der Leiter. Bleib dabei.}}
* {{${AT}: die oberste Stufe, und für „{$advanceTo :rehab:movement}“ gibt es keine Leiter, auf die es weitergehen könnte.}}`,
  'ladder-advance': `${AT}: die oberste Stufe. Wechsle zu {$advanceTo :rehab:movement} und beginne dort mit {$start}.`,
  'load-step': `${AT}: die oberste Stufe. Erhöhe das Gewicht um {$percent} % (von {$fromKg} kg auf {$toKg} kg) und geh zurück auf {$backTo}.`,
  'needs-load': `${AT}: die oberste Stufe. Trag das verwendete Gewicht in kg ein, damit es von hier mit mehr Gewicht weitergehen kann.`,
  'load-at-maximum': `${AT} mit {$loadKg} kg: ein weiterer Schritt würde über {$maxKg} kg gehen.`,
  'reassess-harder-form': `.input {$harderForm :string}
.match $harderForm
|| {{${AT}: die oberste Stufe. Bleib dabei; eine schwerere Form gibt es nicht.}}
* {{${AT}: die oberste Stufe. Bleib dabei und probier bei der nächsten Überprüfung {$harderForm :rehab:movement} aus.}}`,
}
