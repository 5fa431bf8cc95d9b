import { PROTOCOL_DOSES } from '../catalog/builtInLadders.js'
import { INPUT_LIMITS } from '../shared/limits.js'

export { WEEKDAYS, type Weekday } from '../shared/weekdays.js'

/**
 * How a program is laid out unless asked otherwise.
 *
 * - `weeks` 8 (seed 000: check in after 8 weeks), at most 52.
 * - `timeZone` UTC.
 * - `sessionTimes` 08:00, 13:00 and 19:00: seed 001's three times a day; the
 *   times are an engine default, at least `minHoursBetweenSessions` (3, engine
 *   default) apart.
 * - `workoutDays` Monday, Wednesday, Friday (engine default): the hip thrust
 *   before the workout (seed 000), the between-sets movements during it
 *   (seed 004).
 * - `deadbugDays` Monday, Wednesday, Friday and `thoracicPressDays` Tuesday,
 *   Friday: seed 000's 1-3 and 2 sessions a week, never two days running.
 * - `reassessEveryDays` 14: a reassessment every two weeks, to offer harder
 *   forms (engine default).
 * - `checkInWeeks` 8: the check-in on how the back feels, 8 weeks after the
 *   start whatever the program's length (seed 000; domain.md 6).
 * - `sessionMinutes` 20: how long a session's calendar event lasts (engine
 *   default: 4-5 movements of 1-2 short sets).
 *
 * @example
 * import { PROGRAM_DEFAULTS } from 'rehab-engine'
 *
 * assert.equal(PROGRAM_DEFAULTS.weeks.default, 8)
 * assert.deepStrictEqual(PROGRAM_DEFAULTS.sessionTimes, ['08:00', '13:00', '19:00'])
 *
 * @category Program
 * @since 0.2.0
 */
export const PROGRAM_DEFAULTS = /* @__PURE__ */ Object.freeze({
  weeks: Object.freeze({ default: 8, max: INPUT_LIMITS.weeks }),
  timeZone: 'UTC',
  sessionTimes: Object.freeze(['08:00', '13:00', '19:00'] as const),
  minHoursBetweenSessions: 3,
  workoutDays: Object.freeze(['monday', 'wednesday', 'friday'] as const),
  deadbugDays: Object.freeze(['monday', 'wednesday', 'friday'] as const),
  thoracicPressDays: Object.freeze(['tuesday', 'friday'] as const),
  reassessEveryDays: 14,
  checkInWeeks: 8,
  sessionMinutes: 20,
} as const)

/** The weekly counts and spacing of the protocol's strength movements, from their ladders (seed 000). */
export const PROTOCOL_WEEKS = /* @__PURE__ */ Object.freeze({
  deadbug: { perWeek: PROTOCOL_DOSES.coreHoldsPerWeek, minDaysApart: PROTOCOL_DOSES.strengthDaysApart },
  thoracicPress: { perWeek: PROTOCOL_DOSES.thoracicPressesPerWeek, minDaysApart: PROTOCOL_DOSES.strengthDaysApart },
} as const)
