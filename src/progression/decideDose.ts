import { left, right, type Either } from '../_lib/either.js'
import { chronologically } from '../ceiling/chronologically.js'
import type { CeilingAction, CeilingVerdict } from '../ceiling/ceilingVerdict.js'
import { judgeCeiling } from '../ceiling/judgeCeiling.js'
import { formatDose } from '../shared/formatDose.js'
import type { Referral } from '../shared/referral.js'
import type { DoseCase } from './doseCase.js'
import type { DoseDecision, Paused } from './doseDecision.js'
import { describePosition, isStarted, ladderPosition, rungReason, type LadderPosition } from './ladderPosition.js'
import { decider } from './steps/decide.js'
import { stepDown } from './steps/stepDown.js'
import { ceilingReferral, pauseMovement } from './steps/stop.js'
import { holdReason, stepUp } from './steps/stepUp.js'

/** A movement with no session yet starts at the bottom rung, unless the ceiling says stop. */
const startMovement = (position: LadderPosition, verdict: CeilingVerdict, cap: CeilingAction): Either<Referral, DoseDecision> => {
  // Nothing to start from is no reason to skip the ceiling: a referral stops a new movement too.
  if (cap === 'stop-and-refer') return left(ceilingReferral(position, 0, `No ${position.name} session yet`, verdict.reasons))
  const start = position.ladder.rungs[0]!
  const message = `No ${position.name} session yet: start at ${formatDose(start)}, rung 1 of ${position.ladder.rungs.length}.`
  return right({ ...position.subject, action: 'start', dose: start, nextEarliest: position.today, reasons: [rungReason(position, 'ladder-start', message, 0)] })
}

/**
 * The next dose of one movement from validated logs: the ceiling over every
 * movement's logs, then the movement's own verdict, then its ladder. A stop or
 * a pause comes back in Left and carries no dose.
 */
export const decideDose = (input: DoseCase): Either<Referral | Paused, DoseDecision> => {
  const position = ladderPosition(input, chronologically(input.catalog))
  const { verdict, cap, redDays } = judgeCeiling(input)
  if (!isStarted(position)) return startMovement(position, verdict, cap)
  const own = verdict.movements.find((entry) => entry.movement === input.movement.id && entry.variant === input.variant)
  const ceilingReasons = [...verdict.reasons, ...(own?.reasons ?? [])]
  const decide = decider(position, ceilingReasons)
  const action = own?.action ?? cap
  switch (action) {
    case 'stop-and-refer':
      return left(ceilingReferral(position, position.current, describePosition(position), ceilingReasons))
    case 'pause':
      return left(pauseMovement(position, position.current, input, ceilingReasons))
    case 'step-down': {
      const step = stepDown(position, redDays.get(position.name))
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
