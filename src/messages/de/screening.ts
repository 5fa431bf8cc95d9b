import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in German. */
export const SCREENING_DE: Readonly<Record<ScreeningRuleId, string>> = {
  'red-flag': `.input {$flag :string}
.input {$onset :string}
.input {$painStarted :string}
.match $flag $onset $painStarted
age-under-20-or-over-50 first-episode || {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Rückenschmerzen einer Art, die du noch nicht hattest, mit {$age} Jahren. Abklären lassen: bei einem regulären Termin.}}
age-under-20-or-over-50 first-episode * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Rückenschmerzen einer Art, die du noch nicht hattest, mit {$age} Jahren, seit {$painStarted}. Abklären lassen: bei einem regulären Termin.}}
age-under-20-or-over-50 taken-as-new || {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Rückenschmerzen mit {$age} Jahren; du hast nicht angegeben, dass du sie schon kennst, daher gelten sie als neu. Abklären lassen: bei einem regulären Termin.}}
age-under-20-or-over-50 taken-as-new * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Rückenschmerzen mit {$age} Jahren, seit {$painStarted}; du hast nicht angegeben, dass du sie schon kennst, daher gelten sie als neu. Abklären lassen: bei einem regulären Termin.}}
age-under-20-or-over-50 * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Rückenschmerzen einer Art, die du noch nicht hattest, mit Beginn unter 20 oder über 50 Jahren. Abklären lassen: bei einem regulären Termin.}}
bladder-or-bowel-change * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: neue Schwierigkeiten, Urin oder Stuhl zu lassen oder zu halten. Abklären lassen: sofort, als Notfall.}}
saddle-numbness * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Taubheit in der Leiste, am Gesäß oder an den Innenseiten der Oberschenkel. Abklären lassen: sofort, als Notfall.}}
sexual-dysfunction * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: neue Störungen der Sexualfunktion. Abklären lassen: sofort, als Notfall.}}
progressive-leg-weakness * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Schwäche oder Taubheit im Bein, die stark ist oder zunimmt. Abklären lassen: sofort, als Notfall.}}
bilateral-leg-symptoms * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Schmerzen oder andere Beschwerden in beiden Beinen. Abklären lassen: sofort, als Notfall.}}
gait-disturbance * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: eine Veränderung beim Gehen. Abklären lassen: sofort, als Notfall.}}
trauma * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Schmerzen, die mit einer Verletzung begonnen haben, etwa einem Sturz oder einem Autounfall. Abklären lassen: in den nächsten Tagen.}}
minor-trauma-with-bone-risk * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: ein leichter Stoß oder eine Zerrung bei schwachen Knochen oder langer Einnahme von Kortison. Abklären lassen: in den nächsten Tagen.}}
deformity * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: eine sichtbare Veränderung in der Form der Wirbelsäule. Abklären lassen: in den nächsten Tagen.}}
history-of-cancer * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: eine frühere oder jetzige Krebserkrankung. Abklären lassen: in den nächsten Tagen.}}
unexplained-weight-loss * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Gewichtsverlust ohne Erklärung. Abklären lassen: in den nächsten Tagen.}}
night-pain * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Schmerzen, die die ganze Nacht anhalten. Abklären lassen: in den nächsten Tagen.}}
no-improvement-after-a-month * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: keine Besserung nach einem Monat. Abklären lassen: bei einem regulären Termin.}}
fever * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Fieber oder Schüttelfrost. Abklären lassen: in den nächsten Tagen.}}
immunosuppression * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: ein geschwächtes Immunsystem. Abklären lassen: in den nächsten Tagen.}}
iv-drug-use * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: Drogen, die in die Vene gespritzt werden. Abklären lassen: in den nächsten Tagen.}}
recent-bacterial-infection * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: eine kürzlich durchgemachte bakterielle Infektion. Abklären lassen: in den nächsten Tagen.}}
* * * {{Ein Warnzeichen, das ärztlich abgeklärt werden muss: eine Wunde nahe der Wirbelsäule, die durch die Haut gegangen ist. Abklären lassen: in den nächsten Tagen.}}`,
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
none * * {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}), weniger als die {$askDoctor}, ab denen ein Arztbesuch empfohlen wird.}}
* * * {{Der Fragebogen zu entzündlichem Rückenschmerz hat {$count} seiner {$features} Merkmale gefunden ({$present}), weniger als die {$askDoctor}, ab denen ein Arztbesuch empfohlen wird.}}`,
}
