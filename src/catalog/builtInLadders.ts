import type { HoldDose, RepsDose } from '../shared/dose.js'
import type { Ladder } from './ladder.js'

/*
 * The protocol movements' ladders (seeds 000 and 004). Seed numbers set the
 * start, the top and the frequency; the step sizes in between are engine
 * defaults: one rep, or 5 s of a hold, and 2 reps for the squat, whose seed
 * range (10-20) is wide.
 */

const SEED_000 = 'seed 000: back pain protocol'
const SEED_004 = 'seed 004: reducing back pain while exercising'

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) => from + index * step)

const holds = (sets: number, from: number, to: number, step: number): HoldDose[] =>
  range(from, to, step).map((seconds) => ({ kind: 'hold', sets, seconds }))

const reps = (sets: number, from: number, to: number, step: number, perSide = false): RepsDose[] =>
  range(from, to, step).map((count) => ({ kind: 'reps', sets, reps: count, ...(perSide ? { perSide: true } : {}) }))

/** Deadbug holds: 2 sets, 20 s to start, up by 5 s, to 60 s; then the advanced hold. @category Ladders @since 0.1.0 */
export const DEADBUG_HOLD = { sets: 2, startSeconds: 20, stepSeconds: 5, topSeconds: 60 } as const // seed 000: 20-30 s x 2 to start, work up to 60 s; the 5 s step is an engine default

/** The advanced hold starts low again: 2 sets of 15 s, up by 5 s, to 60 s. @category Ladders @since 0.1.0 */
export const ADVANCED_HOLD = { sets: 2, startSeconds: 15, stepSeconds: 5, topSeconds: 60 } as const // engine default: "starts low again" (seed 000: advanced holds after the deadbug)

/** Sessions a week for the deadbug family, never on consecutive days. @category Ladders @since 0.1.0 */
export const CORE_HOLDS_PER_WEEK = { min: 1, max: 3 } as const // seed 000: deadbug 1-3x a week

/** Thoracic press sessions a week. @category Ladders @since 0.1.0 */
export const THORACIC_PRESSES_PER_WEEK = { min: 2, max: 2 } as const // seed 000: 2 x a week

/** Days from one session of the deadbug family or the thoracic press to the next: never two days running. @category Ladders @since 0.1.0 */
export const STRENGTH_DAYS_APART = 2 // engine default: a rest day between strength sessions done 1-3x a week (seed 000)

const daily = { perDay: 1, minDaysApart: 1 } as const
const coreHolds = { perDay: 1, perWeek: CORE_HOLDS_PER_WEEK, minDaysApart: STRENGTH_DAYS_APART } as const

/** The built-in ladder of each protocol and between-sets movement, by id. @category Ladders @since 0.1.0 */
export const BUILT_IN_LADDERS = {
  deadbug: {
    rungs: holds(DEADBUG_HOLD.sets, DEADBUG_HOLD.startSeconds, DEADBUG_HOLD.topSeconds, DEADBUG_HOLD.stepSeconds),
    afterTop: { kind: 'advance', to: 'advanced-iso-hold' },
    frequency: coreHolds,
    source: `${SEED_000}: 2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds`,
  },
  'advanced-iso-hold': {
    rungs: holds(ADVANCED_HOLD.sets, ADVANCED_HOLD.startSeconds, ADVANCED_HOLD.topSeconds, ADVANCED_HOLD.stepSeconds),
    afterTop: { kind: 'stay' },
    frequency: coreHolds,
    source: `${SEED_000}: advanced holds once the deadbug reaches 60 s; starting low again is an engine default`,
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
    source: `${SEED_000}: start 1 x 20 before activity, work to 3 x 15 with a band`,
  },
  'thoracic-press': {
    rungs: reps(2, 8, 10, 1),
    afterTop: { kind: 'load-step', backTo: 0 },
    frequency: { perDay: 1, perWeek: THORACIC_PRESSES_PER_WEEK, minDaysApart: STRENGTH_DAYS_APART },
    source: `${SEED_000}: 2 sets of 8-10, 2x a week; load steps of 2-10% (ACSM 2009 progression position stand)`,
  },
  'back-mobility-warm-up': {
    rungs: reps(1, 10, 15, 1, true),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SEED_000}: 10-15 a side, daily if wanted`,
  },
  'hamstring-mobility-warm-up': {
    rungs: reps(1, 20, 20, 1),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SEED_000}: 20 in total, alternating legs, daily if wanted`,
  },
  'progressive-bodyweight-squat': {
    rungs: reps(1, 10, 20, 2),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SEED_004}: 10-20 reps, each a little deeper`,
  },
  'raising-the-roof': {
    rungs: reps(1, 5, 5, 1),
    afterTop: { kind: 'stay' },
    frequency: daily,
    source: `${SEED_004}: about 5 reps, each held 1-2 s at light resistance`,
  },
} as const satisfies Record<string, Ladder>
