import * as z from 'zod'
import { catalogOption } from '../catalog/catalogOption.js'
import { PainCeilingOptionSchema } from '../shared/pain.js'
import { CEILING_DEFAULTS } from './ceilingDefaults.js'

/**
 * Options of the ceiling, each within its bounds: `painCeiling` 0-5 (default
 * 3), `flareUpRise` 1-2 (default 2), `weeklyRise` 1-2 (default 2), `referPain`
 * 6-8 (default 8), and an app's own `catalog`. Every bound lets a caller be
 * stricter than the default, never looser, except the pain ceiling, which
 * clinical sources allow up to 5.
 *
 * @example
 * import { CeilingOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(CeilingOptionsSchema.safeParse({ referPain: 6, flareUpRise: 1 }).success, true)
 * // Referring only at 9/10 would be looser than the default of 8.
 * assert.equal(CeilingOptionsSchema.safeParse({ referPain: 9 }).success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingOptionsSchema = z.strictObject({
  painCeiling: PainCeilingOptionSchema.optional(),
  flareUpRise: z.int().min(CEILING_DEFAULTS.flareUpRise.min).max(CEILING_DEFAULTS.flareUpRise.default).optional(),
  weeklyRise: z.int().min(CEILING_DEFAULTS.weeklyRise.min).max(CEILING_DEFAULTS.weeklyRise.default).optional(),
  referPain: z.int().min(CEILING_DEFAULTS.referPain.min).max(CEILING_DEFAULTS.referPain.default).optional(),
  catalog: catalogOption,
})

/** The ceiling's numbers after validation. */
export interface CeilingRules {
  readonly painCeiling: number
  readonly flareUpRise: number
  readonly weeklyRise: number
  readonly referPain: number
  /** Green days in a row that end a flare-up's lock. Not an option: fixed at its default, set here so tests can vary it. */
  readonly greenDaysToUnlock: number
}

type CeilingNumber = 'painCeiling' | 'flareUpRise' | 'weeklyRise' | 'referPain'

/** The ceiling's numbers from validated options. */
export const ceilingRules = (options: { readonly [Rule in CeilingNumber]?: number | undefined } | undefined): CeilingRules => ({
  painCeiling: options?.painCeiling ?? CEILING_DEFAULTS.painCeiling.default,
  flareUpRise: options?.flareUpRise ?? CEILING_DEFAULTS.flareUpRise.default,
  weeklyRise: options?.weeklyRise ?? CEILING_DEFAULTS.weeklyRise.default,
  referPain: options?.referPain ?? CEILING_DEFAULTS.referPain.default,
  greenDaysToUnlock: CEILING_DEFAULTS.greenDaysToUnlock,
})
