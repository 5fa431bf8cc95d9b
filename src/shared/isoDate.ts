import * as z from 'zod'

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

/** @category Shared @since 0.1.0 */
export type IsoDate = z.infer<typeof IsoDateSchema>
