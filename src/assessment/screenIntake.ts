import { left, right, type Either } from '../internal/either.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Reason } from '../shared/reason.js'
import { IntakeSchema, type Intake } from './intake.js'
import {
  AGE_RED_FLAG,
  RED_FLAG_AGE_FROM,
  RED_FLAG_AGE_TO,
  RED_FLAG_SOURCE,
  RED_FLAGS,
  type RedFlag,
  type ReferralFlag,
  type Urgency,
} from './redFlags.js'
import type { Screening } from './screening.js'
import {
  START_BACK_HIGH_RISK_MIN_PSYCHOSOCIAL,
  START_BACK_LOW_RISK_MAX_TOTAL,
  START_BACK_SOURCE,
  scoreStartBack,
} from './startBack.js'

const ADVICE: Readonly<Record<Urgency, string>> = {
  emergency:
    'These signs can mean cauda equina syndrome: go to an emergency department now. Do not start or continue the exercises.',
  soon: 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  routine: 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
}

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { emergency: 0, soon: 1, routine: 2 }

const flagReason = (flag: RedFlag): Reason => ({
  rule: 'red-flag',
  message: `Red flag for ${flag.condition.replace('-', ' ')}: ${flag.description}. Refer (${flag.urgency}).`,
  value: flag.id,
  source: RED_FLAG_SOURCE,
})

const isOutsideSafeAge = (age: number): boolean => age < RED_FLAG_AGE_FROM || age > RED_FLAG_AGE_TO

const riskReasons = (intake: Intake): { risk: 'low' | 'medium' | 'high' | 'unknown'; reasons: Reason[] } => {
  if (intake.startBack === undefined) {
    return {
      risk: 'unknown',
      reasons: [
        {
          rule: 'start-back-missing',
          message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.',
          source: START_BACK_SOURCE,
        },
      ],
    }
  }
  const score = scoreStartBack(intake.startBack)
  const reasons: Reason[] = [
    {
      rule: 'start-back-total',
      message: `STarT Back total ${score.total} of 9 (${START_BACK_LOW_RISK_MAX_TOTAL} or less is low risk).`,
      value: score.total,
      limit: START_BACK_LOW_RISK_MAX_TOTAL,
      source: START_BACK_SOURCE,
    },
    {
      rule: 'start-back-psychosocial',
      message: `STarT Back psychosocial subscale ${score.psychosocial} of 5 (${START_BACK_HIGH_RISK_MIN_PSYCHOSOCIAL} or more is high risk).`,
      value: score.psychosocial,
      limit: START_BACK_HIGH_RISK_MIN_PSYCHOSOCIAL,
      source: START_BACK_SOURCE,
    },
  ]
  if (score.risk === 'high') {
    reasons.push({
      rule: 'start-back-high-risk',
      message: 'High risk of a poor outcome: a clinician should be involved in the plan.',
      source: START_BACK_SOURCE,
    })
  }
  return { risk: score.risk, reasons }
}

/** Screens an intake that already passed IntakeSchema. */
export const screenValidIntake = (intake: Intake): Screening => {
  const found: RedFlag[] = RED_FLAGS.filter((flag) => intake.redFlags[flag.id])
  if (isOutsideSafeAge(intake.age)) found.push(AGE_RED_FLAG)
  if (found.length === 0) {
    const { risk, reasons } = riskReasons(intake)
    return {
      _tag: 'Cleared',
      risk,
      reasons: [
        {
          rule: 'red-flags-clear',
          message: `Every red-flag question was answered "no" and the age (${intake.age}) is within ${RED_FLAG_AGE_FROM}-${RED_FLAG_AGE_TO}.`,
          value: 0,
          source: RED_FLAG_SOURCE,
        },
        ...reasons,
      ],
    }
  }
  const urgency = found.reduce<Urgency>(
    (most, flag) => (URGENCY_RANK[flag.urgency] < URGENCY_RANK[most] ? flag.urgency : most),
    'routine',
  )
  return {
    _tag: 'Referral',
    urgency,
    flags: found.map((flag) => flag.id as ReferralFlag),
    advice: ADVICE[urgency],
    reasons: found.map(flagReason),
  }
}

/**
 * Screens an intake for red flags before anything is prescribed. Any red flag
 * gives a `Referral` (the cauda equina signs as an emergency); otherwise the
 * result is `Cleared` with the STarT Back risk group. No option turns red
 * flags off.
 *
 * Returns `Left(InvalidInput)` when the intake is malformed, including any
 * red-flag question left unanswered.
 *
 * @example
 * import { screenIntake, RED_FLAGS } from 'rehab-engine'
 *
 * const redFlags = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, false]))
 * const cleared = screenIntake({ age: 38, redFlags })
 * assert.equal(cleared._tag === 'Right' && cleared.right._tag, 'Cleared')
 *
 * const referral = screenIntake({ age: 38, redFlags: { ...redFlags, 'saddle-numbness': true } })
 * assert.equal(referral._tag === 'Right' && referral.right._tag === 'Referral' && referral.right.urgency, 'emergency')
 *
 * @category Screening
 * @since 0.1.0
 */
export const screenIntake = (intake: Intake): Either<InvalidInput, Screening> => {
  const parsed = parseInput(IntakeSchema, intake)
  return parsed._tag === 'Left' ? left(invalidInput(parsed.left)) : right(screenValidIntake(parsed.right))
}
