/**
 * The progression's own numbers.
 *
 * - `loadStepPercent`: the load added at the top of a load-step ladder, 2-10%
 *   (ACSM 2009 position stand on progression models); the default 5 is the
 *   middle of that range, an engine default. The "10% rule" itself has no
 *   evidence (Buist 2008), so the ceiling, not the step, is the brake.
 * - `loadRoundingKg` 0.01: loads are rounded this fine, and never so that the
 *   step leaves 2-10% of the load where a rounded load in that range exists
 *   (engine default; an app rounds to the plates it has).
 * - `pauseDays` 7: a paused movement rests a week, the ceiling's window
 *   (engine default).
 * - `simulationSessionTimes` 08:00, 13:00 and 19:00: the slots of a simulated
 *   day, for up to three sessions (engine default, as the program's times).
 * - `walkUnit` `reps`: a walk with no session yet starts in reps. Seed 001
 *   doses the walks by distance or by reps and prefers neither; reps, the unit
 *   of the assessment's dose, is the engine's default.
 *
 * @example
 * import { PROGRESSION_DEFAULTS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(PROGRESSION_DEFAULTS.loadStepPercent, { min: 2, default: 5, max: 10 })
 *
 * @category Progression
 * @since 0.2.0
 */
export const PROGRESSION_DEFAULTS = /* @__PURE__ */ Object.freeze({
  loadStepPercent: Object.freeze({ min: 2, default: 5, max: 10 }),
  loadRoundingKg: 0.01,
  pauseDays: 7,
  simulationSessionTimes: Object.freeze(['08:00', '13:00', '19:00'] as const),
  walkUnit: 'reps',
} as const)
