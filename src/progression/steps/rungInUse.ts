import type { Ladder } from '../../catalog/ladder.js'
import type { Dose } from '../../shared/dose.js'
import type { WalkUnit } from '../nextDoseOptions.js'

/** Whether `done` is at least `rung`: same kind, as many sets, as much work, the band if the rung has one, and each rep held as long. */
export const covers = (done: Dose, rung: Dose): boolean => {
  if (done.sets < rung.sets) return false
  switch (rung.kind) {
    case 'reps':
      return (
        done.kind === 'reps' &&
        done.reps >= rung.reps &&
        (rung.band !== true || done.band === true) &&
        (rung.holdSeconds === undefined || (done.holdSeconds ?? 0) >= rung.holdSeconds)
      )
    case 'hold':
      return done.kind === 'hold' && done.seconds >= rung.seconds
    case 'distance':
      return done.kind === 'distance' && done.meters >= rung.meters
    default: {
      const unreachable: never = rung
      return unreachable
    }
  }
}

/**
 * The rung a performed dose stands on: the highest rung it covers, or the
 * first when it covers none (less than the start); a walk logged in metres
 * on the ladder's rungs in metres. A movement's rung is read
 * from what was done, not from what was prescribed, so a session that did
 * less counts for less.
 */
export const rungOf = (ladder: Ladder, done: Dose): number => {
  const { rungs } = inUnitOf(ladder, done)
  for (let index = rungs.length - 1; index > 0; index--) if (covers(done, rungs[index]!)) return index
  return 0
}

/**
 * The ladder in the unit a dose was logged in: a walk logged in metres reads
 * its rungs, and takes its next dose, in metres, rung for rung; any other
 * dose keeps the ladder as it is.
 */
export const inUnitOf = (ladder: Ladder, done: Dose): Ladder => (done.kind === 'distance' ? inMetres(ladder) : ladder)

/** A walk's ladder with its rungs in metres; a ladder without rungs in metres as it is. */
const inMetres = (ladder: Ladder): Ladder =>
  ladder.distanceRungs !== undefined && ladder.rungs !== ladder.distanceRungs ? { ...ladder, rungs: ladder.distanceRungs } : ladder

/**
 * The ladder a movement with no session yet starts on: a walk's rungs in
 * metres when the app asks for walks in metres; any other ladder as it is.
 */
export const startingLadder = (ladder: Ladder, walkUnit: WalkUnit | undefined): Ladder => (walkUnit === 'metres' ? inMetres(ladder) : ladder)
