import { left, right, type Either } from '../_lib/either.js'
import { chronologically } from '../ceiling/chronologically.js'
import { judgeCeiling } from '../ceiling/judgeCeiling.js'
import type { Referral } from '../shared/referral.js'
import type { DoseCase } from './doseCase.js'
import type { DoseDecision, Paused } from './doseDecision.js'
import { isStarted, ladderPosition } from './ladderPosition.js'
import { decider } from './steps/decide.js'
import { lastSessionVerdict } from './steps/lastSessionVerdict.js'
import { afterLiftedStop } from './steps/liftedStop.js'
import { startMovement } from './steps/start.js'
import { stepDown } from './steps/stepDown.js'
import { ceilingReferral, pauseMovement } from './steps/stop.js'
import { holdReason } from './steps/hold.js'
import { stepUp } from './steps/stepUp.js'

/**
 * The next dose of one movement from validated logs: the ceiling over every
 * movement's logs, then the movement's own verdict, then its ladder. A stop or
 * a pause comes back in Left and carries no dose.
 */
export const decideDose = (input: DoseCase): Either<Referral | Paused, DoseDecision> => {
  const position = ladderPosition(input, chronologically(input.catalog))
  const { verdict, cap, redDays, amberDays, context } = input.ceiling ?? judgeCeiling(input)
  if (!isStarted(position)) return startMovement(position, verdict, cap)
  const inWindow = verdict.movements.find((entry) => entry.movement === input.movement.id && entry.variant === input.variant)
  const last = inWindow === undefined ? lastSessionVerdict(position, context, cap) : undefined
  const own = inWindow ?? last!.verdict
  const amberDay = inWindow === undefined ? last!.amberDay : amberDays.get(position.name)
  const ceilingReasons = [...verdict.reasons, ...own.reasons]
  const credit = input.credited?.get(position.last)?.reason
  const decide = decider(position, credit === undefined ? ceilingReasons : [...ceilingReasons, credit])
  // A verdict from the movement's last day alone is red only when that latest day is.
  const latestDayRed = inWindow === undefined || redDays.has(position.name)
  const action = input.stopsLifted === true ? afterLiftedStop(own.action, latestDayRed) : own.action
  switch (action) {
    case 'stop-and-refer':
      return left(ceilingReferral(position, ceilingReasons))
    case 'pause':
      return left(pauseMovement(position, position.current, input, ceilingReasons))
    case 'step-down': {
      const red = redDays.get(position.name)
      const step = stepDown(position, red ?? amberDay, red === undefined && amberDay !== undefined)
      return right(decide('step-down', step.rung, step.reason))
    }
    case 'hold':
      return right(decide('hold', position.current, holdReason(position, cap, own)))
    case 'progress':
      return right(stepUp(position, input, decide))
    default: {
      const unreachable: never = action
      return unreachable
    }
  }
}
