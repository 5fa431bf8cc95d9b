import type { Intake } from '../intake.js'
import { AGE_RED_FLAG, RED_FLAG_AGES, type RedFlag } from '../redFlags.js'

/** The age sign as an intake words it: the red flag, and the age and onset its words name. */
export interface AgeSign extends RedFlag {
  readonly age: number
  /** Said to be a kind not had before, or left unanswered and so taken as new. */
  readonly onset: 'first-episode' | 'taken-as-new'
  readonly painStarted: string | undefined
}

/** Whether new back pain at this age is a sign in itself: under 20 or over 50. */
export const isSignAge = (age: number): boolean => age < RED_FLAG_AGES.from || age > RED_FLAG_AGES.to

/**
 * The age sign of an intake, or undefined. The sign is back pain of a kind
 * not had before that begins under 20 or over 50 (domain.md 3: the red-flag
 * lists since the CSAG report; NICE CKS), not the age itself: a person over
 * 50 whose back pain is a kind they have had before is not referred for age
 * alone. An unanswered `firstEpisode` counts as a first episode, since a
 * missing answer is never taken as "no". The age given is the age at intake:
 * without a birth date the engine cannot tell that a first episode began
 * years earlier inside 20-50, and so it errs toward a check. The words name
 * the age and the onset, never a diagnosis.
 */
export const ageSign = (intake: Intake): AgeSign | undefined => {
  if (!isSignAge(intake.age) || intake.firstEpisode === false) return undefined
  const since = intake.painStarted === undefined ? '' : ` since ${intake.painStarted}`
  const description =
    intake.firstEpisode === true
      ? `back pain of a kind not had before, at age ${intake.age}${since}`
      : `back pain at age ${intake.age}${since}, not said to be a kind had before, and so taken as new`
  return { ...AGE_RED_FLAG, description, age: intake.age, onset: intake.firstEpisode === true ? 'first-episode' : 'taken-as-new', painStarted: intake.painStarted }
}
