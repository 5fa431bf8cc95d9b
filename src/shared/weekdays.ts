/**
 * The days of the week, Monday first.
 *
 * @example
 * import { ProgramOptionsSchema, WEEKDAYS } from 'rehab-engine'
 *
 * const [monday, , wednesday, , , , sunday] = WEEKDAYS
 * assert.equal(ProgramOptionsSchema.safeParse({ deadbugDays: [monday, wednesday] }).success, true)
 * // The week wraps round: Sunday and the Monday after are two days running.
 * assert.equal(ProgramOptionsSchema.safeParse({ deadbugDays: [sunday, monday] }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** A day of the week. @category Program @since 0.1.0 */
export type Weekday = (typeof WEEKDAYS)[number]
