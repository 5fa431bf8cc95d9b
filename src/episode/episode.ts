import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { NextDoseOptionsSchema } from '../progression/nextDoseOptions.js'
import { ProgramOptionsSchema } from '../program/programOptions.js'
import { IntakeSchema } from '../screening/intake.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { EpisodeEventSchema } from './episodeEvents.js'

/**
 * The weekly layout an episode's days follow: which weekdays are workout
 * days (the hip thrust and the between-sets movements), deadbug days and
 * thoracic press days, and, for a calendar, the time zone and the three
 * session times. The program's options without its length (an episode has
 * none) and its catalog (the episode's own option). See `PROGRAM_DEFAULTS`.
 *
 * @example
 * import { EpisodeProgramSchema } from 'rehab-engine'
 *
 * assert.equal(EpisodeProgramSchema.safeParse({ deadbugDays: ['tuesday', 'thursday'] }).success, true)
 * // Deadbug days are never two days running.
 * assert.equal(EpisodeProgramSchema.safeParse({ deadbugDays: ['tuesday', 'wednesday'] }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeProgramSchema = ProgramOptionsSchema.omit({ weeks: true, catalog: true })

/**
 * Options of an episode: the ceiling's numbers, the load step, an app's own
 * `catalog`, as the dose of one movement takes them, and the weekly layout of
 * its days (`program`).
 *
 * @example
 * import { EpisodeOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(EpisodeOptionsSchema.safeParse({ painCeiling: 2, program: { workoutDays: ['saturday'] } }).success, true)
 * assert.equal(EpisodeOptionsSchema.safeParse({ painCeiling: 9 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeOptionsSchema = NextDoseOptionsSchema.extend({ program: EpisodeProgramSchema.optional() })

/**
 * One person's episode of care, as an app stores it: the intake (screened
 * again on every decision), the usual morning back pain when the episode
 * starts (`baselinePain`, which defaults to the intake's `backPain`: give
 * one of them, or both the same), and every event since, append-only.
 * Events may come in any order; the engine orders them by date, then time,
 * then position.
 *
 * @example
 * import { EpisodeSchema, NO_RED_FLAGS } from 'rehab-engine'
 *
 * const episode = {
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   baselinePain: 2,
 *   events: [{ type: 'assessment', date: '2026-11-02', results: [{ movement: 'hip-bridge', pain: 1 }] }],
 * }
 * assert.equal(EpisodeSchema.safeParse(episode).success, true)
 * assert.equal(EpisodeSchema.safeParse({ ...episode, baselinePain: 11 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeSchema = z.strictObject({
  intake: IntakeSchema,
  baselinePain: PainSchema.optional(),
  events: boundedList(EpisodeEventSchema, { max: INPUT_LIMITS.episodeEvents }),
  options: EpisodeOptionsSchema.optional(),
})

/** One person's episode of care. @category Episode @since 0.3.0 */
export type Episode = DeepReadonly<z.output<typeof EpisodeSchema>>

/** An episode as the engine takes it. @category Episode @since 0.3.0 */
export type EpisodeInput = DeepReadonly<z.input<typeof EpisodeSchema>>
