import * as z from 'zod'

/** `HH:mm` on the 24-hour clock, 00:00 to 23:59. */
export const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/**
 * A local time of day as `HH:mm`, 24-hour clock.
 *
 * @example
 * import { LocalTimeSchema } from 'rehab-engine'
 *
 * assert.equal(LocalTimeSchema.safeParse('08:00').success, true)
 * assert.equal(LocalTimeSchema.safeParse('24:00').success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const LocalTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, { message: 'must be a time written HH:mm, 00:00 to 23:59' })

/** Minutes since midnight of a valid `HH:mm`. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
