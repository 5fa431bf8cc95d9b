import type { SelectionRuleId } from '../../shared/rules.js'

/** The selection rules' messages in German. */
export const SELECTION_DE: Readonly<Record<SelectionRuleId, string>> = {
  'pain-ceiling': `.input {$movement :string}
.input {$ceilingIsDefault :string}
.match $movement $ceilingIsDefault
|| true {{Bewegungen, die mehr als {$ceiling}/10 wehtun, bleiben weg (die voreingestellte Schmerzgrenze).}}
|| * {{Bewegungen, die mehr als {$ceiling}/10 wehtun, bleiben weg (eigens festgelegte Schmerzgrenze; voreingestellt ist {$defaultCeiling}, höchstens erlaubt {$maxCeiling}).}}
* * {{{$movement :rehab:movement} tat {$pain}/10 weh, über der Schmerzgrenze von {$ceiling}/10.}}`,
  'selection-size': '{$eligible} Bewegungen taten {$ceiling}/10 oder weniger weh; {$size} davon sind ausgewählt ({$min}-{$max}).',
  'not-chosen':
    '{$movement :rehab:movement} lag innerhalb der Schmerzgrenze, aber jede Auswahl von {$size} mit ihr deckt weniger Schwerpunkte ab als die gewählten {$covered}, oder gleich viele mit mehr Gesamtschmerz als {$totalPain}, oder ist in beidem gleich und steht im Katalog weiter hinten.',
  'same-movement':
    '{$movement :rehab:movement} lag innerhalb der Schmerzgrenze, aber {$chosen} ist ausgewählt und ist dieselbe Bewegung (eine Variante davon oder ihre schwerere oder leichtere Form): Ein Plan enthält jede Bewegung nur einmal.',
  'posture-corrective': `.input {$grade :string}
.input {$count :string}
.match $grade $count
left-high 0 {{Beim Bewegungstest stand die linke Hüfte höher; die seitliche Dehnung beugt nach rechts und dehnt so die höhere Seite. Der Ansatz des Trainers fügt nichts hinzu, was dieser Katalog enthält. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
left-high 1 {{Beim Bewegungstest stand die linke Hüfte höher; die seitliche Dehnung beugt nach rechts und dehnt so die höhere Seite. Der Ansatz des Trainers fügt {$first :rehab:movement} hinzu, ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
left-high * {{Beim Bewegungstest stand die linke Hüfte höher; die seitliche Dehnung beugt nach rechts und dehnt so die höhere Seite. Der Ansatz des Trainers fügt {$first :rehab:movement} und {$second :rehab:movement} hinzu, jeweils ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
right-high 0 {{Beim Bewegungstest stand die rechte Hüfte höher; die seitliche Dehnung beugt nach links und dehnt so die höhere Seite. Der Ansatz des Trainers fügt nichts hinzu, was dieser Katalog enthält. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
right-high 1 {{Beim Bewegungstest stand die rechte Hüfte höher; die seitliche Dehnung beugt nach links und dehnt so die höhere Seite. Der Ansatz des Trainers fügt {$first :rehab:movement} hinzu, ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
right-high * {{Beim Bewegungstest stand die rechte Hüfte höher; die seitliche Dehnung beugt nach links und dehnt so die höhere Seite. Der Ansatz des Trainers fügt {$first :rehab:movement} und {$second :rehab:movement} hinzu, jeweils ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
marked 0 {{Beim Bewegungstest war das Becken deutlich nach vorn gekippt. Der Ansatz des Trainers fügt nichts hinzu, was dieser Katalog enthält. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
marked 1 {{Beim Bewegungstest war das Becken deutlich nach vorn gekippt. Der Ansatz des Trainers fügt {$first :rehab:movement} hinzu, ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
marked * {{Beim Bewegungstest war das Becken deutlich nach vorn gekippt. Der Ansatz des Trainers fügt {$first :rehab:movement} und {$second :rehab:movement} hinzu, jeweils ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
* 0 {{Beim Bewegungstest war das Becken leicht nach vorn gekippt. Der Ansatz des Trainers fügt nichts hinzu, was dieser Katalog enthält. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
* 1 {{Beim Bewegungstest war das Becken leicht nach vorn gekippt. Der Ansatz des Trainers fügt {$first :rehab:movement} hinzu, ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}
* * {{Beim Bewegungstest war das Becken leicht nach vorn gekippt. Der Ansatz des Trainers fügt {$first :rehab:movement} und {$second :rehab:movement} hinzu, jeweils ab der ersten Stufe. Studien finden kaum oder keinen Zusammenhang zwischen Haltung und Rückenschmerzen: Das sind Übungen innerhalb der Schmerzgrenze, keine Diagnose.}}`,
  'focus-coverage': 'Die gewählten Bewegungen decken {$covered} der {$reachable} Schwerpunkte ab, die die geeigneten erreichen: {$focusAreas}.',
  'total-pain': 'Unter den Auswahlen mit der größten Abdeckung hat diese den geringsten Gesamtschmerz ({$totalPain}); bei Gleichstand entscheidet die Reihenfolge im Katalog.',
  'rehab-dose': `.input {$setsMin :string}
.match $setsMin
1 {{Jede gewählte Bewegung: {$repsMin}-{$repsMax} Wiederholungen in {$setsMin}-{$setsMax} Sätzen, {$timesPerDay}-mal am Tag, zu Beginn {$setsMin} Satz mit {$repsMin} Wiederholungen.}}
* {{Jede gewählte Bewegung: {$repsMin}-{$repsMax} Wiederholungen in {$setsMin}-{$setsMax} Sätzen, {$timesPerDay}-mal am Tag, zu Beginn {$setsMin} Sätze mit {$repsMin} Wiederholungen.}}`,
  'too-few-tolerable': `.input {$movements :string}
.input {$countedOnce :string}
.match $movements $countedOnce
|| * {{Bei {$eligible} von {$assessed} getesteten Bewegungen lag der Schmerz bei {$ceiling}/10 oder darunter; ein Plan braucht mindestens {$min}. Zu wenige Bewegungen waren erträglich, um einen Plan zu erstellen. Mach vorerst keine Rückenübungen und lass die Schmerzen zuerst von einer Ärztin, einem Arzt oder in der Physiotherapie abklären.}}
* true {{Bei {$eligible} von {$assessed} getesteten Bewegungen lag der Schmerz bei {$ceiling}/10 oder darunter ({$movements}); ein Plan braucht mindestens {$min} (Varianten und schwerere oder leichtere Formen einer Bewegung zählen nur einmal). Zu wenige Bewegungen waren erträglich, um einen Plan zu erstellen. Mach vorerst keine Rückenübungen und lass die Schmerzen zuerst von einer Ärztin, einem Arzt oder in der Physiotherapie abklären.}}
* * {{Bei {$eligible} von {$assessed} getesteten Bewegungen lag der Schmerz bei {$ceiling}/10 oder darunter ({$movements}); ein Plan braucht mindestens {$min}. Zu wenige Bewegungen waren erträglich, um einen Plan zu erstellen. Mach vorerst keine Rückenübungen und lass die Schmerzen zuerst von einer Ärztin, einem Arzt oder in der Physiotherapie abklären.}}`,
  'assessment-pain': 'Beim Bewegungstest taten {$scored} {$referPain}/10 oder mehr weh; solche Schmerzen müssen vor dem Training abgeklärt werden.',
}
