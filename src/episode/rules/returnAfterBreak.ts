import { daysBetween } from '../../_lib/isoDays.js'
import type { Ladder } from '../../catalog/ladder.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'
import type { DoseDecision } from '../../progression/doseDecision.js'
import { withLoad } from '../../progression/steps/loadStep.js'
import { inUnitOf, rungOf } from '../../progression/steps/rungInUse.js'
import { formatDose } from '../../shared/formatDose.js'
import type { Dose } from '../../shared/dose.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { EPISODE_DEFAULTS } from '../episodeDefaults.js'

/** A dose back after a break, and why. */
export interface ReturnStep {
  readonly dose: Dose
  readonly reason: Reason
}

/** The dose of the rung a dose done stands on, with its load. */
export const doseOfRungDone = (done: Dose, ladder: Ladder): Dose => withLoad(inUnitOf(ladder, done).rungs[rungOf(ladder, done)]!, done.kind === 'reps' ? done.loadKg : undefined)

/** The days off since a movement's last session, or since the end of the pause it rested in when that is later. */
export const daysOffSince = (last: SessionLog, today: string, restedUntil: string | undefined): number =>
  daysBetween(restedUntil !== undefined && restedUntil > last.date ? restedUntil : last.date, today)

/** The days off from which a movement's absence is a break: `breakDays` beyond the run of days its schedule leaves. */
export const breakAfter = (gapDays: number): number => EPISODE_DEFAULTS.breakDays + gapDays - 1

/**
 * A movement whose last session is `breakDays` or more before today, beyond
 * the days its schedule leaves between two of its days (`gapDays`: 1 for a
 * movement done every day, 3 for one done Monday, Wednesday and Friday),
 * comes back `rungsBackPerWeek` rungs lower for each full week off, from the
 * lower of its last rung and the rung the ladder would give today, never
 * below the first rung. A pause's prescribed rest is not a break: the days
 * off count from the day it ended (`restedUntil`), as the pause already
 * brings the movement back one rung down. Undefined when there was no break.
 */
export const returnAfterBreak = (
  decision: DoseDecision,
  last: SessionLog | undefined,
  ladder: Ladder,
  today: string,
  restedUntil: string | undefined,
  gapDays: number,
): ReturnStep | undefined => {
  if (last === undefined) return undefined
  const daysOff = daysOffSince(last, today, restedUntil)
  const limit = breakAfter(gapDays)
  if (daysOff < limit) return undefined
  const weeksOff = Math.floor((daysOff - (gapDays - 1)) / 7)
  const from = Math.min(rungOf(ladder, last.performed), rungOf(ladder, decision.dose))
  const rung = Math.max(0, from - weeksOff * EPISODE_DEFAULTS.rungsBackPerWeek)
  const dose = withLoad(inUnitOf(ladder, last.performed).rungs[rung]!, last.performed.kind === 'reps' ? last.performed.loadKg : undefined)
  const name = describeMovement(decision)
  return {
    dose,
    reason: {
      rule: 'return-after-break',
      message: `${name} was last done on ${last.date}, with ${daysOff} days off since: after ${weeksOff} full week${weeksOff === 1 ? '' : 's'} off it comes back at ${formatDose(dose)}, rung ${rung + 1} of ${ladder.rungs.length}, and climbs again from there.`,
      ...(decision.variant === undefined ? { movement: decision.movement } : { movement: decision.movement, variant: decision.variant }),
      date: last.date,
      value: daysOff,
      limit,
      source: SOURCES.detraining,
      params: { movement: name, lastDate: last.date, daysOff, weeksOff, dose, rung: rung + 1, rungs: ladder.rungs.length },
    },
  }
}
