import type { Ladder } from '../../catalog/ladder.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'
import { nextLoad } from '../../progression/steps/loadStep.js'
import { inUnitOf, rungOf } from '../../progression/steps/rungInUse.js'
import type { Dose } from '../../shared/dose.js'
import { formatDose } from '../../shared/formatDose.js'
import { movementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'

const loadOf = (dose: Dose): number | undefined => (dose.kind === 'reps' ? dose.loadKg : undefined)

/** The dose with exactly this load: none when `loadKg` is undefined. */
const carrying = (dose: Dose, loadKg: number | undefined): Dose => {
  if (dose.kind !== 'reps') return dose
  const { loadKg: _load, ...unloaded } = dose
  return loadKg === undefined ? unloaded : { ...unloaded, loadKg }
}

/**
 * A session credited with no more than any plan could have asked of it
 * (seed 002: overexertion earns no progress). A ladder moves one rung a day at
 * most, so a plan asks at most one rung above the movement's previous session
 * day (its first rung before any session), and a load at most one load step
 * above that day's: a rung above that is credited as that rung, and a load
 * more than one step above is credited as the previous load. Undefined when
 * the session is credited as logged.
 */
export const aboveThePlan = (
  done: SessionLog,
  previous: Dose | undefined,
  ladder: Ladder,
  loadStepPercent: number,
): { readonly dose: Dose; readonly reason: Reason } | undefined => {
  const most = previous === undefined ? 0 : Math.min(ladder.rungs.length - 1, rungOf(ladder, previous) + 1)
  const aboveRung = rungOf(ladder, done.performed) > most
  const doneLoad = loadOf(done.performed)
  const previousLoad = previous === undefined ? undefined : loadOf(previous)
  const heavier = doneLoad !== undefined && previousLoad !== undefined && doneLoad > nextLoad(previousLoad, loadStepPercent)
  if (!aboveRung && !heavier) return undefined
  const dose = carrying(aboveRung ? inUnitOf(ladder, done.performed).rungs[most]! : done.performed, heavier ? previousLoad : doneLoad)
  const before = previous === undefined ? 'before its first session a plan asks for its first rung' : `after ${formatDose(previous)} a plan asks one step more at most`
  const name = describeMovement(done)
  const doneText = formatDose(done.performed)
  return {
    dose,
    reason: {
      rule: 'above-the-plan',
      message: `${name} was done at ${doneText} on ${done.date}, but ${before}: it counts as ${formatDose(dose)}, as doing more than asked earns no extra step.`,
      ...movementRef(done.movement, done.variant),
      date: done.date,
      value: doneText,
      source: SOURCES.ceilingMethod,
      // No session before: no previous dose, ''.
      params: { movement: name, done: done.performed, date: done.date, previous: previous ?? '', counted: dose },
    },
  }
}
