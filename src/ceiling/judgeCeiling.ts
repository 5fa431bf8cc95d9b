import type { Reason } from '../shared/reason.js'
import { ceilingContext, type CeilingCase, type CeilingContext, type Finding } from './ceilingContext.js'
import type { CeilingAction, CeilingVerdict, Zone } from './ceilingVerdict.js'
import { judgeSessions, type MovementState } from './movementStates.js'
import { movementVerdicts } from './movementVerdicts.js'
import { flareUpLock } from './rules/flareUpLock.js'
import { morningRiseRule } from './rules/morningRise.js'
import { noRecentLogs } from './rules/noRecentLogs.js'
import { referRedDays, referRedMovements } from './rules/referRedAcross.js'
import { allGreenReason, windowReason } from './rules/summary.js'
import { weekToWeek } from './rules/weekToWeek.js'
import { stricterAction, worseZone } from './zones.js'

/** A verdict, with the cap its global rules put on any movement: on one with no session in the window, too. */
export interface CeilingJudgement {
  readonly verdict: CeilingVerdict
  readonly cap: CeilingAction
  /** For each movement (as describeMovement names it) whose latest session day was red, that day. */
  readonly redDays: ReadonlyMap<string, string>
  /** For each movement whose latest session day was amber and had not settled by the next morning (and was not red), that day. */
  readonly amberDays: ReadonlyMap<string, string>
  /** The context the rules ran in, for a caller that judges a day outside the window the same way. */
  readonly context: CeilingContext
}

/** For each movement whose latest day was amber and unsettled, and not red, that day. */
export const unsettledAmberDays = (states: ReadonlyMap<string, MovementState>): Map<string, string> =>
  new Map([...states].flatMap(([key, state]) => (state.latestUnsettledAmber && !state.latestRed ? [[key, state.latestDate] as const] : [])))

/**
 * The ceiling over validated logs. The rules, in the order they are applied:
 * each session's pain and its next morning (per movement), the morning checks
 * themselves, the week-to-week trend, the stop-and-refer rules, the lock after
 * a flare-up, and no recent logs. Every rule that fires adds a reason; the
 * verdict is the worst zone and the least permissive action among them.
 */
export const judgeCeiling = (input: CeilingCase): CeilingJudgement => {
  const context = ceilingContext(input)
  const sessions = judgeSessions(context)
  const mornings = morningRiseRule(context)
  const redDates = new Set([...sessions.redDates, ...mornings.redDates])
  const referrals = [...sessions.referrals, ...mornings.referrals, ...referRedMovements(sessions.ownRedByDate), ...optional(referRedDays(redDates))]
  const lock = flareUpLock(context)
  const findings: Finding[] = [
    ...mornings.findings,
    ...weekToWeek(context),
    ...referrals.map((reason): Finding => ({ zone: 'red', action: input.stopsLifted === true ? 'hold' : 'stop-and-refer', reason })),
    ...optional(lock?.finding),
    ...optional(noRecentLogs(context)),
  ]
  let zone: Zone = 'green'
  let cap: CeilingAction = 'progress'
  for (const finding of findings) {
    zone = worseZone(zone, finding.zone)
    cap = stricterAction(cap, finding.action)
  }
  const movements = movementVerdicts(sessions.states.values(), cap)
  let action = cap
  for (const movement of movements) {
    zone = worseZone(zone, movement.zone)
    action = stricterAction(action, movement.action)
  }
  const reasons: Reason[] = [windowReason(context), ...findings.map((finding) => finding.reason)]
  if (action === 'progress') reasons.push(allGreenReason(context))
  const verdict = { zone, action, flareUp: mornings.flareUp, ...(lock === undefined ? {} : { progressionLockedUntil: lock.until }), movements, reasons }
  const redDays = new Map([...sessions.states].flatMap(([key, state]) => (state.latestRed ? [[key, state.latestDate] as const] : [])))
  return { verdict, cap, redDays, amberDays: unsettledAmberDays(sessions.states), context }
}

const optional = <Value>(value: Value | undefined): Value[] => (value === undefined ? [] : [value])
