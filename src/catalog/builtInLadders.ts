import type { HoldDose, RepsDose } from '../shared/dose.js'
import { SOURCES } from '../shared/sources.js'
import type { Ladder } from './ladder.js'

/**
 * The protocol movements' numbers (seed 000): where each hold ladder starts
 * and tops out, how often the strength movements are done, and how far apart.
 * Seed numbers set the start, the top and the frequency; the step sizes in
 * between are engine defaults.
 *
 * - `deadbug`: 2 sets of 20 s to start (seed 000: 20-30 s), up by 5 s (engine
 *   default), to 60 s (seed 000: "work up to 60 s").
 * - `advancedHold`: starts low again at 15 s, up by 5 s, to 60 s (engine
 *   default; seed 000: advanced holds after the deadbug).
 * - `coreHoldsPerWeek`: 1-3 sessions a week (seed 000).
 * - `thoracicPressesPerWeek`: 2 a week (seed 000).
 * - `strengthDaysApart`: 2, a rest day between strength sessions done 1-3x a
 *   week (engine default from seed 000's weekly counts).
 * - `raisingTheRoof`: about 5 reps, each held at the top for 1 s, then 2 s
 *   (seed 004: hold 1-2 s; the two rungs are an engine default).
 *
 * @example
 * import { PROTOCOL_DOSES } from 'rehab-engine'
 *
 * assert.equal(PROTOCOL_DOSES.deadbug.topSeconds, 60)
 * assert.deepStrictEqual(PROTOCOL_DOSES.coreHoldsPerWeek, { min: 1, max: 3 })
 *
 * @category Ladders
 * @since 0.2.0
 */
export const PROTOCOL_DOSES = /* @__PURE__ */ Object.freeze({
  deadbug: Object.freeze({ sets: 2, startSeconds: 20, stepSeconds: 5, topSeconds: 60 }),
  advancedHold: Object.freeze({ sets: 2, startSeconds: 15, stepSeconds: 5, topSeconds: 60 }),
  coreHoldsPerWeek: Object.freeze({ min: 1, max: 3 }),
  thoracicPressesPerWeek: Object.freeze({ min: 2, max: 2 }),
  strengthDaysApart: 2,
  raisingTheRoof: Object.freeze({ sets: 1, reps: 5, holdSeconds: Object.freeze([1, 2] as const) }),
} as const)

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) => from + index * step)

const holds = (hold: { readonly sets: number; readonly startSeconds: number; readonly stepSeconds: number; readonly topSeconds: number }): HoldDose[] =>
  range(hold.startSeconds, hold.topSeconds, hold.stepSeconds).map((seconds) => ({ kind: 'hold', sets: hold.sets, seconds }))

const reps = (sets: number, from: number, to: number, step: number, perSide = false): RepsDose[] =>
  range(from, to, step).map((count) => (perSide ? { kind: 'reps', sets, reps: count, perSide: true } : { kind: 'reps', sets, reps: count }))

const daily = { perDay: 1, minDaysApart: 1 } as const
// A corrective stretch: 2 holds of 20 s up to 45 s, 5 s at a step (engine default; seed 003 gives no numbers).
const CORRECTIVE_STRETCH = { sets: 2, startSeconds: 20, stepSeconds: 5, topSeconds: 45 } as const
// Both corrective stretches climb the same holds.
const STRETCH_LADDER: Ladder = {
  rungs: holds(CORRECTIVE_STRETCH),
  afterTop: { kind: 'stay' },
  frequency: daily,
  source: `${SOURCES.posture}; the holds are an engine default`,
}
const coreHolds = { perDay: 1, perWeek: PROTOCOL_DOSES.coreHoldsPerWeek, minDaysApart: PROTOCOL_DOSES.strengthDaysApart } as const

/**
 * The built-in ladder of each protocol and between-sets movement, by id: the
 * deadbug and advanced holds, the hip thrust (1 x 20 to 3 x 15 with a band),
 * the thoracic press (2 x 8-10 with load steps), the warm-ups and the
 * between-sets movements (seeds 000 and 004).
 *
 * @example
 * import { BUILT_IN_LADDERS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(BUILT_IN_LADDERS['hip-thrust'].rungs[0], { kind: 'reps', sets: 1, reps: 20 })
 * assert.deepStrictEqual(BUILT_IN_LADDERS.deadbug.afterTop, { kind: 'advance', to: 'advanced-iso-hold' })
 *
 * @category Ladders
 * @since 0.1.0
 */
export const BUILT_IN_LADDERS = {
  deadbug: {
    rungs: holds(PROTOCOL_DOSES.deadbug),
    afterTop: { kind: 'advance', to: 'advanced-iso-hold' },
    frequency: coreHolds,
    source: `${SOURCES.protocol}: 2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds`,
  },
  'advanced-iso-hold': {
    rungs: holds(PROTOCOL_DOSES.advancedHold),
    afterTop: { kind: 'stay' },
    frequency: coreHolds,
    source: `${SOURCES.protocol}: advanced holds once the deadbug reaches 60 s; starting low again is an engine default`,
  },
  'hip-thrust': {
    rungs: [
      { kind: 'reps', sets: 1, reps: 20 },
      { kind: 'reps', sets: 2, reps: 15 },
      { kind: 'reps', sets: 3, reps: 15 },
      { kind: 'reps', sets: 2, reps: 15, band: true },
      { kind: 'reps', sets: 3, reps: 15, band: true },
    ],
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.protocol}: start 1 x 20 before activity, work to 3 x 15 with a band`,
  },
  'thoracic-press': {
    rungs: reps(2, 8, 10, 1),
    afterTop: { kind: 'load-step', backTo: 0 },
    frequency: { perDay: 1, perWeek: PROTOCOL_DOSES.thoracicPressesPerWeek, minDaysApart: PROTOCOL_DOSES.strengthDaysApart },
    source: `${SOURCES.protocol}: 2 sets of 8-10, 2x a week; load steps of 2-10% (ACSM 2009 progression position stand)`,
  },
  'back-mobility-warm-up': {
    rungs: reps(1, 10, 15, 1, true),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.protocol}: 10-15 a side, daily if wanted`,
  },
  'hamstring-mobility-warm-up': {
    rungs: reps(1, 20, 20, 1),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.protocol}: 20 in total, alternating legs, daily if wanted`,
  },
  'progressive-bodyweight-squat': {
    rungs: reps(1, 10, 20, 2),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.betweenSets}: 10-20 reps, each a little deeper`,
  },
  'half-kneeling-hip-flexor-stretch': STRETCH_LADDER,
  'posterior-pelvic-tilt': {
    rungs: reps(2, 8, 15, 1),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.posture}; 2 x 8 to 2 x 15 is an engine default`,
  },
  'side-lying-hip-abduction': {
    rungs: reps(2, 8, 15, 1, true),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.posture}; 2 x 8 to 2 x 15 a side is an engine default`,
  },
  'standing-side-bend-stretch': STRETCH_LADDER,
  'raising-the-roof': {
    rungs: PROTOCOL_DOSES.raisingTheRoof.holdSeconds.map((holdSeconds): RepsDose => ({ kind: 'reps', sets: PROTOCOL_DOSES.raisingTheRoof.sets, reps: PROTOCOL_DOSES.raisingTheRoof.reps, holdSeconds })),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SOURCES.betweenSets}: about 5 reps, each held 1-2 s at light resistance`,
  },
} as const satisfies Record<string, Ladder>
