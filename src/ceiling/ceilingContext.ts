import { addIsoDays } from '../_lib/isoDays.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import type { CeilingAction, Zone } from './ceilingVerdict.js'
import { CEILING_DEFAULTS } from './ceilingDefaults.js'
import type { CeilingRules } from './ceilingOptions.js'
import { inTimeOrder } from './chronologically.js'
import type { MorningCheck } from './morningCheck.js'
import type { Reason } from '../shared/reason.js'
import type { SessionLog } from './sessionLog.js'
import { extend } from '../_lib/extend.js'

/** Validated logs, ready to judge: every session's movement and variant are in `catalog`. */
export interface CeilingCase {
  readonly catalog: CompiledCatalog
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly rules: CeilingRules
  /**
   * Set by a caller that holds referrals itself until a clinician lifts them
   * (an episode): the stop-and-refer rules still mark their days red and say
   * why, but once lifted they hold every movement instead of stopping it.
   */
  readonly stopsLifted?: boolean
  /**
   * Sessions the caller knows went into the red whatever pain they logged
   * (an episode: a soreness report of warning pain after one), each with the
   * reason it gives.
   */
  readonly markedRed?: ReadonlyMap<SessionLog, Reason>
}

/** A case with what every rule needs worked out once: the window and the logs in it, in time order. */
export interface CeilingContext extends CeilingCase {
  /** The first day of the window: today and the 6 days before it. */
  readonly windowStart: string
  /** The first day of the week before the window. */
  readonly previousStart: string
  readonly windowSessions: readonly SessionLog[]
  readonly windowMornings: readonly MorningCheck[]
  readonly morningOn: ReadonlyMap<string, MorningCheck>
  /** The day after a date, remembered: the rules ask it of the same few dates again and again. */
  readonly nextDay: (date: string) => string
}

/** What a rule found: the zone and the action it calls for, and why. */
export interface Finding {
  readonly zone: Zone
  readonly action: CeilingAction
  readonly reason: Reason
}

const byDate = (a: MorningCheck, b: MorningCheck): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

/** The context of a case. */
export const ceilingContext = (input: CeilingCase): CeilingContext => {
  const windowStart = addIsoDays(input.today, -(CEILING_DEFAULTS.windowDays - 1))
  const nextDayOf = new Map<string, string>()
  return extend(input, {
    windowStart,
    previousStart: addIsoDays(input.today, -(2 * CEILING_DEFAULTS.windowDays - 1)),
    windowSessions: inTimeOrder(
      input.catalog,
      input.sessions.filter((session) => session.date >= windowStart),
    ),
    windowMornings: input.mornings.filter((morning) => morning.date >= windowStart).sort(byDate),
    morningOn: new Map(input.mornings.map((morning) => [morning.date, morning])),
    nextDay: (date: string) => {
      let next = nextDayOf.get(date)
      if (next === undefined) nextDayOf.set(date, (next = addIsoDays(date, 1)))
      return next
    },
  })
}
