import type { Reason } from '../../shared/reason.js'
import { moreUrgent, type Referral, type Urgency } from '../../shared/referral.js'
import { SOURCES } from '../../shared/sources.js'
import type { Intake } from '../intake.js'
import { RED_FLAG_AGES, RED_FLAGS, type RedFlag, type RedFlagAnswers } from '../redFlags.js'
import { ageSign, isSignAge, type AgeSign } from './ageAtOnset.js'

/*
 * What each urgency asks of the person. The words name the signs' seriousness
 * and what to do, never a diagnosis.
 */
const ADVICE: Readonly<Record<Urgency, string>> = {
  emergency:
    'These signs need an urgent check: go to an emergency department now, and do not start or continue the exercises.',
  soon: 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  routine: 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
}

/*
 * The flag's id says which sign it is and how urgent (RED_FLAGS). The age sign
 * an intake gives also names the age, the onset and the date the pain began;
 * every other sign, the age sign's own constant among them, names none of
 * them (onset 'none', age 0, no date) but carries the same params.
 */
const signReason = (flag: RedFlag | AgeSign): Reason => ({
  rule: 'red-flag',
  message: `A sign that needs a doctor's check: ${flag.description}. Refer (${flag.urgency}).`,
  value: flag.id,
  source: SOURCES.redFlags,
  params:
    'onset' in flag
      ? { flag: flag.id, onset: flag.onset, age: flag.age, painStarted: flag.painStarted ?? '' }
      : { flag: flag.id, onset: 'none', age: 0, painStarted: '' },
})

/** The signs answered "yes": at intake, or at a re-screen, which asks the questions again but not the age. */
export const answeredSigns = (answers: RedFlagAnswers): RedFlag[] => RED_FLAGS.filter((flag) => answers[flag.id])

/** Every red-flag sign of an intake, the age sign included; none when it is clear. */
export const redFlagSigns = (intake: Intake): RedFlag[] => {
  const found = answeredSigns(intake.redFlags)
  const age = ageSign(intake)
  if (age !== undefined) found.push(age)
  return found
}

/** The referral for one or more signs: as urgent as the most urgent of them, each sign a reason. */
export const redFlagReferral = (signs: readonly [RedFlag, ...RedFlag[]]): Referral => {
  const urgency = signs.reduce<Urgency>((most, flag) => moreUrgent(most, flag.urgency), 'routine')
  return { _tag: 'Referral', cause: 'red-flag', urgency, advice: ADVICE[urgency], reasons: signs.map(signReason) }
}

/** The reason a clear intake gives: every answer was "no", and the age is in range or the back pain is a kind had before. */
export const clearReason = (intake: Intake): Reason => ({
  rule: 'red-flags-clear',
  message: isSignAge(intake.age)
    ? `Every red-flag question was answered "no", and at age ${intake.age} this back pain is a kind had before, which is no sign on its own.`
    : `Every red-flag question was answered "no" and the age (${intake.age}) is within ${RED_FLAG_AGES.from}-${RED_FLAG_AGES.to}.`,
  value: 0,
  source: SOURCES.redFlags,
  params: { age: intake.age, signAge: isSignAge(intake.age), ageFrom: RED_FLAG_AGES.from, ageTo: RED_FLAG_AGES.to },
})
