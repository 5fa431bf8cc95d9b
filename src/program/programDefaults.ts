/** Weeks a program lasts unless asked otherwise. @category Program @since 0.1.0 */
export const DEFAULT_PROGRAM_WEEKS = 8 // seed 000: check in after 8 weeks

/** The longest program, in weeks. @category Program @since 0.1.0 */
export const MAX_PROGRAM_WEEKS = 52

/** The time zone of a program unless asked otherwise. @category Program @since 0.1.0 */
export const DEFAULT_TIME_ZONE = 'UTC'

/** Local times of the three daily rehab sessions unless asked otherwise. @category Program @since 0.1.0 */
export const DEFAULT_SESSION_TIMES = ['08:00', '13:00', '19:00'] as const // seed 001: 3 times a day; the times are an engine default

/** The fewest hours between two sessions of a day. @category Program @since 0.1.0 */
export const MIN_HOURS_BETWEEN_SESSIONS = 3 // engine default: spreads three sessions over a waking day

/** The days of the week, Monday first. @category Program @since 0.1.0 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** A day of the week. @category Program @since 0.1.0 */
export type Weekday = (typeof WEEKDAYS)[number]

/** Workout days unless asked otherwise: hip thrust before, between-sets movements during. @category Program @since 0.1.0 */
export const DEFAULT_WORKOUT_DAYS: readonly Weekday[] = ['monday', 'wednesday', 'friday'] // engine default

/** Deadbug days unless asked otherwise: 3 a week, never two in a row. @category Program @since 0.1.0 */
export const DEFAULT_DEADBUG_DAYS: readonly Weekday[] = ['monday', 'wednesday', 'friday'] // seed 000: 1-3x a week

/** Thoracic press days unless asked otherwise: 2 a week, at least 2 days apart. @category Program @since 0.1.0 */
export const DEFAULT_THORACIC_PRESS_DAYS: readonly Weekday[] = ['tuesday', 'friday'] // seed 000: 2 x a week

/** Days between reassessments. @category Program @since 0.1.0 */
export const REASSESSMENT_EVERY_DAYS = 14 // engine default: reassess every 2 weeks, to offer harder forms

/** How long a session's calendar event lasts, in minutes. @category Program @since 0.1.0 */
export const SESSION_MINUTES = 20 // engine default: 4-5 movements of 1-2 short sets
