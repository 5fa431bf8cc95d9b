import type { ProgramWords } from '../../wording/textCatalog.js'

/** A program's and a calendar's words in German. */
export const PROGRAM_WORDS_DE: ProgramWords = {
  disclaimer:
    'rehab-engine unterstützt Entscheidungen und ist keine medizinische Beratung: Es stellt keine Diagnose, und wer Rückenschmerzen hat, sollte sie von einer Ärztin, einem Arzt oder in der Physiotherapie abklären lassen.',
  title: 'Reha-Programm: {$start} bis {$end} ({$timeZone})',
  week: 'Woche {$week}: {$from} bis {$to}',
  date: 'Datum',
  time: 'Uhrzeit',
  session: 'Einheit',
  movements: 'Bewegungen',
  kind: 'Art',
  checkIns: 'Rückmeldungen',
  checkIn: 'Rückmeldung: Wie fühlt sich der Rücken an?',
  reassessment: 'Neuer Test',
  morning: 'Reha am Morgen',
  midday: 'Reha am Mittag',
  evening: 'Reha am Abend',
  withWorkout: '{$label} und Training',
  planned: '{$label} (geplant)',
  plannedNote: 'Mit den Dosen von heute geplant: Der Plan des Tages kann sie noch ändern.',
  calendarName: 'Rücken-Reha-Programm',
  checkInTitle: 'Reha-Rückmeldung: Wie fühlt sich der Rücken an?',
  reassessmentTitle: 'Reha-Test: die Testbewegungen neu bewerten',
}
