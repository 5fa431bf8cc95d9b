/**
 * The numbers the episode's own rules use. None comes from a source: each is
 * the engine's default, said as such.
 *
 * - `repeatedPauseDays` 28: a movement that goes red often enough to be
 *   paused again within four weeks of its last pause has not settled with
 *   less load; the person sees a clinician instead of a third round.
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
} as const)
