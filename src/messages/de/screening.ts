import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in German. */
export const SCREENING_DE: Readonly<Record<ScreeningRuleId, string>> = {
  // One variant per sign, each the whole sentence: longer than a catalog's message may be (2000 characters).
  'red-flag': '(not written yet)',
  'red-flags-clear': `.input {$signAge :string}
.match $signAge
true {{Du hast jede Frage nach Warnzeichen mit „nein“ beantwortet, und mit {$age} Jahren sind diese Rückenschmerzen eine Art, die du schon kennst; das allein ist kein Warnzeichen.}}
* {{Du hast jede Frage nach Warnzeichen mit „nein“ beantwortet, und dein Alter ({$age}) liegt zwischen {$ageFrom} und {$ageTo}.}}`,
  'start-back-missing': 'Es gibt keine Antworten zum STarT-Back-Fragebogen, daher ist das Risiko eines ungünstigen Verlaufs unbekannt.',
  'start-back-total': 'STarT-Back-Gesamtwert {$total} von 9 ({$lowRiskMaxTotal} oder weniger heißt niedriges Risiko).',
  'start-back-psychosocial': 'STarT-Back-Teilwert „psychosozial“ {$psychosocial} von 5 ({$highRiskMinPsychosocial} oder mehr heißt hohes Risiko).',
  'start-back-high-risk': 'Hohes Risiko eines ungünstigen Verlaufs: Eine Ärztin, ein Arzt oder eine Physiotherapeutin sollte an deinem Plan beteiligt sein.',
  // {$present} writes the features' keys, not their words (see the English catalog).
  'inflammatory-back-pain': `.input {$advice :string}
.input {$count :string}
.input {$open :string}
.match $advice $count $open
not-applicable * * {{Der Fragebogen zu entzündlichem Rückenschmerz gilt für Rückenschmerzen, die vor dem 45. Lebensjahr begonnen haben und seit über 3 Monaten bestehen; das trifft auf deine Schmerzen nicht zu, daher gilt er hier nicht.}}
refer * * {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}). Vereinbare einen regulären Arzttermin und frag, ob du zu einer Rheumatologin oder einem Rheumatologen gehen solltest; die Übungen gehen weiter.}}
ask-doctor 0 * {{Der Fragebogen zu entzündlichem Rückenschmerz hat keines seiner Merkmale gefunden. {$open} Fragen sind unbeantwortet und könnten welche hinzufügen. Frag bei einem regulären Arzttermin, ob ein Test nötig ist; die Übungen gehen weiter.}}
ask-doctor * 0 {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}). Frag bei einem regulären Arzttermin, ob ein Test nötig ist; die Übungen gehen weiter.}}
ask-doctor * 1 {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}). {$open} Frage ist unbeantwortet und könnte eines hinzufügen. Frag bei einem regulären Arzttermin, ob ein Test nötig ist; die Übungen gehen weiter.}}
ask-doctor * * {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}). {$open} Fragen sind unbeantwortet und könnten welche hinzufügen. Frag bei einem regulären Arzttermin, ob ein Test nötig ist; die Übungen gehen weiter.}}
none 0 * {{Der Fragebogen zu entzündlichem Rückenschmerz hat keines seiner Merkmale gefunden, weniger als die {$askDoctor}, ab denen ein Arztbesuch empfohlen wird.}}
* * * {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}), weniger als die {$askDoctor}, ab denen ein Arztbesuch empfohlen wird.}}`,
}
