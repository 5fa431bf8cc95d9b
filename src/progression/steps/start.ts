import { left, right, type Either } from '../../_lib/either.js'
import type { CeilingAction, CeilingVerdict } from '../../ceiling/ceilingVerdict.js'
import { formatDose } from '../../shared/formatDose.js'
import type { Referral } from '../../shared/referral.js'
import type { DoseDecision } from '../doseDecision.js'
import { rungReason, type LadderPosition } from '../ladderPosition.js'
import { ceilingReferral } from './stop.js'
import { withMovement } from '../../shared/movementRef.js'

/** A movement with no session yet starts at the bottom rung (the ladder's start dose), unless the ceiling says stop. */
export const startMovement = (position: LadderPosition, verdict: CeilingVerdict, cap: CeilingAction): Either<Referral, DoseDecision> => {
  // Nothing to start from is no reason to skip the ceiling: a referral stops a new movement too.
  if (cap === 'stop-and-refer') return left(ceilingReferral(position, verdict.reasons))
  const start = position.ladder.rungs[0]!
  const rungs = position.ladder.rungs.length
  const message = `No ${position.name} session yet: start at ${formatDose(start)}, rung 1 of ${rungs}.`
  const reason = rungReason(position, 'ladder-start', message, 0, { movement: position.name, dose: start, rungs })
  return right(withMovement(position.subject, { action: 'start' as const, dose: start, nextEarliest: position.today, reasons: [reason] }))
}
