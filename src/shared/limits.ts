/**
 * The caps on every list and size the engine reads. They keep nonsense and
 * hostile payloads out (a typo of 1000 sets, a list of a million entries) and
 * are far above anything a real plan, log or catalog needs. Each maximum is
 * measured in `npm run bench` (see docs/performance.md).
 *
 * @example
 * import { INPUT_LIMITS } from 'rehab-engine'
 *
 * assert.equal(INPUT_LIMITS.logs, 100_000)
 * assert.equal(INPUT_LIMITS.dose.sets, 10)
 *
 * @category Shared
 * @since 0.2.0
 */
export const INPUT_LIMITS = /* @__PURE__ */ Object.freeze({
  /** The oldest age an intake may give; above it the age is taken as a typo. */
  age: 120,
  /** Session logs, and morning checks, in one call. */
  logs: 100_000,
  /** Events of one episode of care: three years of five movements three times a day, the protocol and daily mornings. */
  episodeEvents: 20_000,
  /** Days one replay of an episode decides: a year, leap day included. */
  replayDays: 366,
  /** Results of one assessment: more than any catalog has movements and variants to score. */
  assessmentResults: 64,
  /** Movements of a catalog. */
  catalogMovements: 200,
  /** Distinct focus tags of a catalog: the selection scores coverage with 32-bit masks. */
  catalogFocusAreas: 30,
  /** Focus tags of one movement. */
  focusPerMovement: 8,
  /** Variants of one movement. */
  variantsPerMovement: 20,
  /** Rungs of one ladder. */
  ladderRungs: 60,
  /** Weeks of a program or a simulation. */
  weeks: 52,
  /** Characters of an id (movement, variant, focus tag). */
  idLength: 64,
  /** The largest dose: sets, reps a set, seconds a hold, meters a set, added kilograms. */
  dose: Object.freeze({ sets: 10, reps: 500, seconds: 3_600, meters: 10_000, loadKg: 500 }),
} as const)
