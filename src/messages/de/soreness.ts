import type { SorenessRuleId } from '../../shared/rules.js'

/** What tells soreness from warning pain, in German. */
export const SORENESS_DE: Readonly<Record<SorenessRuleId, string>> = {
  'numbness-or-tingling': `.input {$location :string}
.match $location
radiating {{Schmerz, der mit Taubheit oder Kribbeln in Arm oder Bein ausstrahlt, sollte abgeklärt werden: vor dem nächsten Training zu einer Ärztin oder einem Therapeuten.}}
* {{Taubheit oder Kribbeln ist kein Muskelkater und sollte abgeklärt werden: vor dem nächsten Training zu einer Ärztin oder einem Therapeuten.}}`,
  'outlasts-soreness': 'Noch {$hours} Stunden nach dem Training da; Muskelkater ist nach etwa {$goneHours} Stunden (5-7 Tagen) vorbei.',
  'pain-character': `.input {$character :string}
.match $character
sharp {{Ein scharfer Schmerz ist nicht der dumpfe Schmerz von Muskelkater.}}
stabbing {{Ein stechender Schmerz ist nicht der dumpfe Schmerz von Muskelkater.}}
electric {{Ein elektrisierender Schmerz ist nicht der dumpfe Schmerz von Muskelkater.}}
burning {{Ein brennender Schmerz ist nicht der dumpfe Schmerz von Muskelkater.}}
* {{Dieser Schmerz ({$character}) ist nicht der dumpfe Schmerz von Muskelkater.}}`,
  'pain-location': `.input {$location :string}
.match $location
radiating {{Schmerz, der in Arm oder Bein ausstrahlt, ist kein Muskelkater in einem beanspruchten Muskel.}}
spine {{Schmerz an der Wirbelsäule ist kein Muskelkater in einem beanspruchten Muskel.}}
joint {{Schmerz im Gelenk ist kein Muskelkater in einem beanspruchten Muskel.}}
* {{Schmerz an dieser Stelle ({$location}) ist kein Muskelkater in einem beanspruchten Muskel.}}`,
  'pain-at-rest': 'Muskelkater spürt man bei Dehnung, Anspannung oder Druck, nicht in Ruhe.',
  'disturbs-sleep': 'Schmerz, der den Schlaf stört, ist kein gewöhnlicher Muskelkater.',
  'not-improving': `.input {$trend :string}
.match $trend
worse {{Schlimmer geworden, {$hours} Stunden nach dem Training; Muskelkater ist nach {$peakEndHours} Stunden am stärksten und wird dann besser.}}
* {{Nicht besser, {$hours} Stunden nach dem Training; Muskelkater ist nach {$peakEndHours} Stunden am stärksten und wird dann besser.}}`,
  'expected-soreness': `.input {$character :string}
.match $character
tight {{Ein Spannungsgefühl im beanspruchten Muskel, {$hours} Stunden nach dem Training, nicht in Ruhe: normaler Muskelkater.}}
* {{Ein dumpfer Schmerz im beanspruchten Muskel, {$hours} Stunden nach dem Training, nicht in Ruhe: normaler Muskelkater.}}`,
}
