import type { Advice } from '../messageCatalog.js'

/** The advice of each kind of referral in German, addressing the person as the reasons do (du). */
export const ADVICE_DE: Advice = {
  'red-flag-emergency': 'Diese Zeichen müssen sofort abgeklärt werden: Geh jetzt in eine Notaufnahme und beginne die Übungen nicht oder mach sie nicht weiter.',
  'red-flag-soon': 'Geh in den nächsten Tagen zu einer Ärztin oder einem Arzt und nenne die aufgeführten Zeichen; beginne keine Übung, bevor sie abgeklärt sind.',
  'red-flag-routine': 'Vereinbare einen Termin in einer Arztpraxis oder in der Physiotherapie und beginne die Übungen erst, wenn die Schmerzen dort abgeklärt wurden.',
  'assessment-pain': 'Eine Bewegung hat beim Test stark geschmerzt. Setz die Übungen aus und lass die Schmerzen in den nächsten Tagen ärztlich oder physiotherapeutisch abklären.',
  'too-few-tolerable': 'Zu wenige Bewegungen waren erträglich, um einen Plan zu erstellen. Setz Rückenübungen aus und lass die Schmerzen zuerst ärztlich oder physiotherapeutisch abklären.',
  ceiling: 'Beende die Übungen und lass die Schmerzen ärztlich oder physiotherapeutisch abklären, bevor du weitermachst.',
  worsening: 'Die gewohnten Rückenschmerzen sind deutlich stärker geworden. Setz die Übungen aus und lass sie in den nächsten Tagen ärztlich oder physiotherapeutisch abklären.',
}
