import type { Advice } from '../messageCatalog.js'

/** The advice of each kind of referral in English, as the engine gives it. */
export const ADVICE_EN: Advice = {
  'red-flag-emergency': 'These signs need an urgent check: go to an emergency department now, and do not start or continue the exercises.',
  'red-flag-soon': 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  'red-flag-routine': 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
  'assessment-pain': 'A movement hurt severely at the assessment. Hold off on the exercises and have the pain checked by a doctor or physiotherapist within the next few days.',
  'too-few-tolerable': 'Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.',
  ceiling: 'Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.',
  worsening: 'Usual back pain has become meaningfully worse. Hold off on the exercises and have it checked by a doctor or physiotherapist within the next few days.',
}
