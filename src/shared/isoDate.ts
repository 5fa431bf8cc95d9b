import * as z from 'zod'
import { readCalendarDate } from '../_lib/readCalendarDate.js'

/**
 * The earliest date the engine accepts.
 *
 * @example
 * import { EARLIEST_DATE, evaluateCeiling } from 'rehab-engine'
 *
 * const verdictOn = (today: string) => evaluateCeiling({ sessions: [], mornings: [], baselinePain: 0, today })
 * assert.equal(verdictOn(EARLIEST_DATE)._tag, 'Right')
 * const before = verdictOn('1899-12-31')
 * assert.equal(before._tag === 'Left' && before.left.issues[0]?.code, 'too_small')
 *
 * @category Shared
 * @since 0.1.0
 */
export const EARLIEST_DATE = '1900-01-01'

/**
 * The latest date the engine accepts. Far enough for any plan, and far enough
 * from year 9999 that adding weeks to a date never leaves the calendar.
 *
 * @example
 * import { LATEST_DATE, evaluateCeiling } from 'rehab-engine'
 *
 * const verdictOn = (today: string) => evaluateCeiling({ sessions: [], mornings: [], baselinePain: 0, today })
 * assert.equal(verdictOn(LATEST_DATE)._tag, 'Right')
 * const after = verdictOn('3000-01-01')
 * assert.equal(after._tag === 'Left' && after.left.issues[0]?.code, 'too_big')
 *
 * @category Shared
 * @since 0.1.0
 */
export const LATEST_DATE = '2999-12-31'

/**
 * A calendar date as `YYYY-MM-DD`. Dates stay strings so that every value
 * survives a JSON round trip and no time zone is implied.
 *
 * @example
 * import { IsoDateSchema } from 'rehab-engine'
 *
 * assert.equal(IsoDateSchema.safeParse('2026-11-02').success, true)
 * assert.equal(IsoDateSchema.safeParse('2026-02-30').success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const IsoDateSchema = z.iso.date()

/** A calendar date as `YYYY-MM-DD`. @category Shared @since 0.1.0 */
export type IsoDate = z.infer<typeof IsoDateSchema>

const RANGE_MESSAGE = `must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}`
// Only a well-formed date is compared: a malformed one already has its issue.
const wellFormed = (payload: { readonly issues: readonly unknown[] }) => payload.issues.length === 0

/**
 * A date given to the engine: a calendar date from 1900-01-01 to 2999-12-31.
 * Outputs may run a little past the range (a program's last week, a lock
 * date), so they use IsoDateSchema.
 *
 * @example
 * import { InputDateSchema } from 'rehab-engine'
 *
 * assert.equal(InputDateSchema.safeParse('2026-11-02').success, true)
 * assert.equal(InputDateSchema.safeParse('9999-12-31').success, false)
 *
 * @category Shared
 * @since 0.1.0
 */
export const InputDateSchema = IsoDateSchema.check(
  z.refine((date) => date >= EARLIEST_DATE, { message: RANGE_MESSAGE, params: { code: 'too_small' }, when: wellFormed }),
  z.refine((date) => date <= LATEST_DATE, { message: RANGE_MESSAGE, params: { code: 'too_big' }, when: wellFormed }),
)

/** A date read by hand, as InputDateSchema reads it. */
export const readInputDate = readCalendarDate(EARLIEST_DATE, LATEST_DATE)

/** A date read by hand, as IsoDateSchema reads it: any year of four digits. */
export const readIsoDate = readCalendarDate('0000-01-01', '9999-12-31')
