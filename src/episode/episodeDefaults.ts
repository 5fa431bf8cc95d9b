/**
 * The numbers the episode's own rules use. None comes from a source: each is
 * the engine's default, said as such.
 *
 * - `repeatedPauseDays` 28: a movement that goes red often enough to be
 *   paused again within four weeks of its last pause has not settled with
 *   less load; the person sees a clinician instead of a third round.
 * - `breakDays` 7 and `rungsBackPerWeek` 1: a movement not done for a week or
 *   more comes back one rung lower for each full week off, down to its first
 *   rung. The direction follows the detraining literature (Mujika and Padilla
 *   2000: tolerance falls within weeks, strength is largely kept for 3-4
 *   weeks); the numbers are the engine's default.
 * - `adherenceDays` 7 and `minimumAdherence` 0.5: a movement done on fewer
 *   than half the times its plan asked for over the 7 days before today
 *   holds instead of stepping up. Progress is earned by doing the dose (apps
 *   such as Liftosaur never progress on skipped sessions); the share is the
 *   engine's default.
 *
 * @example
 * import { EPISODE_DEFAULTS } from 'rehab-engine'
 *
 * assert.equal(EPISODE_DEFAULTS.repeatedPauseDays, 28)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EPISODE_DEFAULTS = /* @__PURE__ */ Object.freeze({
  repeatedPauseDays: 28,
  breakDays: 7,
  rungsBackPerWeek: 1,
  adherenceDays: 7,
  minimumAdherence: 0.5,
} as const)
