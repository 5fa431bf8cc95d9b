import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'

const answer = z.boolean().optional()

/**
 * The optional screen for back pain of an inflammatory kind, after NICE NG65
 * (spondyloarthritis, rec. 1.1): for back pain that began before 45 and has
 * lasted over 3 months, the count of its features decides a routine
 * referral. Every answer is optional, and one left out is never read as
 * "no":
 *
 * - `onsetAge`: the age band the pain began in, `under-35` (itself a
 *   feature), `35-to-44` or `45-or-over` (the screen does not apply);
 * - `lastedOver3Months`: false means the screen does not apply;
 * - the other six features, each true or false: waking in the second half of
 *   the night because of the pain, buttock pain, easier with movement,
 *   easier within 48 hours of anti-inflammatory painkillers, a parent,
 *   brother, sister or child with spondyloarthritis, and arthritis,
 *   enthesitis or psoriasis now or before.
 *
 * @example
 * import { InflammatoryScreenSchema } from 'rehab-engine'
 *
 * assert.equal(InflammatoryScreenSchema.safeParse({ onsetAge: 'under-35', buttockPain: true }).success, true)
 * assert.equal(InflammatoryScreenSchema.safeParse({ onsetAge: 30 }).success, false)
 *
 * @category Screening
 * @since 0.3.0
 */
export const InflammatoryScreenSchema = z.strictObject({
  onsetAge: z.enum(['under-35', '35-to-44', '45-or-over']).optional(),
  lastedOver3Months: answer,
  wakesInSecondHalfOfNight: answer,
  buttockPain: answer,
  betterWithMovement: answer,
  betterWithAntiInflammatories: answer,
  relativeWithSpondyloarthritis: answer,
  arthritisEnthesitisOrPsoriasis: answer,
})

/**
 * The counts of NICE NG65 rec. 1.1, for back pain that began before 45 and
 * has lasted over 3 months: `refer` 4 or more of the 7 `features` advise a
 * routine referral to rheumatology; with `askDoctor` 3 the guideline advises
 * a blood test, which only a doctor can arrange, so the engine advises
 * asking one.
 *
 * @example
 * import { INFLAMMATORY_SCREEN } from 'rehab-engine'
 *
 * assert.deepStrictEqual(INFLAMMATORY_SCREEN, { refer: 4, askDoctor: 3, features: 7 })
 *
 * @category Screening
 * @since 0.3.0
 */
export const INFLAMMATORY_SCREEN = /* @__PURE__ */ Object.freeze({ refer: 4, askDoctor: 3, features: 7 } as const)

/** The answers to the inflammatory back pain screen. @category Screening @since 0.3.0 */
export type InflammatoryScreen = DeepReadonly<z.output<typeof InflammatoryScreenSchema>>
