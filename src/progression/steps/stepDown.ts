import type { SessionLog } from '../../ceiling/sessionLog.js'
import { formatDose } from '../../shared/formatDose.js'
import type { Reason } from '../../shared/reason.js'
import { rungReason, type StartedPosition } from '../ladderPosition.js'
import { rungOf } from './rungInUse.js'

/** The last day before today with a session of this movement, or undefined. */
const dayBefore = (own: readonly SessionLog[], today: string): string | undefined => {
  let found: string | undefined
  for (const session of own) if (session.date < today && (found === undefined || session.date > found)) found = session.date
  return found
}

/** The highest rung done on a day: the rung the red was at. */
const highestRungOn = (position: StartedPosition, date: string): number => {
  let highest = 0
  for (const session of position.own) if (session.date === date) highest = Math.max(highest, rungOf(position.ladder, session.performed))
  return highest
}

const message = (position: StartedPosition, anchor: number, target: number, amber: boolean): string => {
  const dose = (rung: number) => formatDose(position.ladder.rungs[rung]!)
  const { name, current } = position
  if (amber) {
    const at = `${name} was amber at ${dose(anchor)} and had not settled by the next morning`
    return target === current ? `${at}: stay at ${dose(current)}.` : `${at}: one rung down, to ${dose(target)}.`
  }
  if (target === current) {
    return anchor <= current
      ? `${name} went into the red at the start of its ladder: stay at ${dose(current)}.`
      : `${name} went into the red at ${dose(anchor)}: stay at ${dose(current)}, below it.`
  }
  return anchor === current
    ? `${name} went into the red at ${dose(current)}: one rung down, to ${dose(target)}.`
    : `${name} went into the red at ${dose(anchor)}: one rung down from ${dose(current)}, to ${dose(target)}.`
}

/**
 * Red steps down one rung (domain rule, seed numbers): one below the highest
 * rung of the red day, so asking again after stepping down does not step down
 * twice; never above the rung in use, so more pain never gives more than a
 * hold would; and never more than one below it, as every decision moves one
 * rung at most. The red day is the movement's latest day when the ceiling
 * names it red (`redDay`); otherwise it is the movement's last day before
 * today: the day this morning's flare-up answers, even when the movement was
 * done again today after the news, or a red day older than the window (today
 * when the movement has no earlier day). `amber` says the day was amber and
 * had not settled by the next morning, rather than red: the same step, in
 * its own words.
 */
export const stepDown = (position: StartedPosition, redDay: string | undefined, amber = false): { readonly rung: number; readonly reason: Reason } => {
  const { last, current, today } = position
  const day = redDay ?? dayBefore(position.own, today) ?? last.date
  const anchor = highestRungOn(position, day)
  const target = Math.max(0, current - 1, Math.min(current, anchor - 1))
  const { rungs } = position.ladder
  // The message's shape, as values: the zone, whether the rung stays, and where the day's highest rung (its peak) was against the rung in use.
  const params = {
    movement: position.name,
    zone: amber ? 'amber' : 'red',
    step: target === current ? 'stay' : 'down',
    peakPlace: anchor < current ? 'below' : anchor === current ? 'same' : 'above',
    peakDose: rungs[anchor]!,
    dose: rungs[current]!,
    to: rungs[target]!,
  }
  return { rung: target, reason: rungReason(position, 'ladder-step-down', message(position, anchor, target, amber), target, params) }
}
