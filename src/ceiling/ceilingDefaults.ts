import { PAIN_CEILING, REFER_PAIN } from '../shared/pain.js'
import { SEVERE_PAIN_URGENCY } from '../shared/referral.js'

/**
 * The ceiling's numbers. Seed 002 names the method ("keep the pain under
 * control and flare-ups at bay in the days after"); no public source defines
 * it, so the engine uses the pain-monitoring model (Silbernagel et al. 2007)
 * and the traffic-light convention. Options may move a number only within the
 * bounds given here, and only towards caution where no source gives room.
 *
 * - `painCeiling`: pain during or after exercise at or under it is green
 *   (the shared {@link PAIN_CEILING}: default 3, options 0-5).
 * - `amberMaxPain` 5: above the ceiling and at or under 5 is amber; above, red
 *   (traffic-light zones with the pain-monitoring model). Fixed.
 * - `flareUpRise` and `weeklyRise`, default 2, options 1-2: a next-morning rise
 *   over baseline of 2 or more is a flare-up, and so is a rise of 2 in mean
 *   morning pain week on week (NPRS minimal important change, Childs et al.
 *   2005; Farrar et al. 2001). A rise of 1 is amber.
 * - `referPain`, default 8, options 6-8: pain this high anywhere stops and
 *   refers (engine default: severe pain; 6 is the first red pain).
 * - `referRedMovementsPerDay` 2, `referRedDays` 3: red on two movements in one
 *   day, or on 3 of the 7 days, stops and refers (engine defaults: red across
 *   movements, repeated red across days).
 * - `pauseRedSessions` 2: two reds of one movement pause it (engine default:
 *   repeated red).
 * - `greenDaysToUnlock` 2: after a flare-up, two green days in a row before a
 *   step up (engine default).
 * - `windowDays` 7: the verdict looks at one week, for the week-to-week
 *   comparison.
 * - `referralUrgency` `soon`: a ceiling referral asks for a doctor within days
 *   (engine default; the sources give no timing).
 *
 * @example
 * import { CEILING_DEFAULTS } from 'rehab-engine'
 *
 * assert.equal(CEILING_DEFAULTS.amberMaxPain, 5)
 * assert.deepStrictEqual(CEILING_DEFAULTS.referPain, { min: 6, default: 8 })
 *
 * @category Ceiling
 * @since 0.2.0
 */
export const CEILING_DEFAULTS = /* @__PURE__ */ Object.freeze({
  painCeiling: PAIN_CEILING,
  amberMaxPain: 5,
  flareUpRise: Object.freeze({ min: 1, default: 2 }),
  weeklyRise: Object.freeze({ min: 1, default: 2 }),
  referPain: REFER_PAIN,
  referRedMovementsPerDay: 2,
  referRedDays: 3,
  pauseRedSessions: 2,
  greenDaysToUnlock: 2,
  windowDays: 7,
  referralUrgency: SEVERE_PAIN_URGENCY,
} as const)
