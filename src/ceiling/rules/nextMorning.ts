import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingContext } from '../ceilingContext.js'
import type { Zone } from '../ceilingVerdict.js'
import type { SessionLog } from '../sessionLog.js'
import { morningLimit, morningRise, morningZone } from '../zones.js'

/** How a session's next morning went, and why when it was not green. */
export interface Settling {
  readonly zone: Zone
  readonly reason?: Reason
}

// Most sessions settle: they share one answer, which no caller changes.
const SETTLED: Settling = Object.freeze({ zone: 'green' })

/**
 * Whether a session settled by the next morning: back pain 1 above baseline is
 * amber, the flare-up rise or more red. Undefined when there is no morning
 * check the day after: settling is then unproven (see unprovenSettling).
 */
export const nextMorning = (session: SessionLog, name: string, subject: MovementRef, context: CeilingContext): Settling | undefined => {
  const morning = context.morningOn.get(context.nextDay(session.date))
  if (morning === undefined) return undefined
  const zone = morningZone(morning, context.baselinePain, context.rules)
  if (zone === 'green') return SETTLED
  const rise = morningRise(morning, context.baselinePain)
  return {
    zone,
    reason: {
      rule: 'next-morning',
      message: `${name} on ${session.date}: back pain the next morning was ${morning.backPain}/10, ${rise} above baseline (${zone}).`,
      ...subject,
      date: morning.date,
      value: rise,
      limit: morningLimit(zone, context.rules),
      source: SOURCES.meaningfulChange,
      params: { movement: name, sessionDate: session.date, backPain: morning.backPain, rise, zone },
    },
  }
}

/**
 * A session with no morning check the day after has not shown that it
 * settled: the movement can at most hold. Undefined when every session day
 * has its next morning.
 */
export const unprovenSettling = (name: string, subject: MovementRef, unprovenDates: readonly string[]): Reason | undefined =>
  unprovenDates.length === 0
    ? undefined
    : {
        rule: 'unproven-settling',
        message: `${name}: no morning check the day after ${unprovenDates.join(', ')}, so settling is not shown; at most hold.`,
        ...subject,
        value: [...unprovenDates],
        source: SOURCES.ceilingMethod,
        params: { movement: name, dates: [...unprovenDates] },
      }
