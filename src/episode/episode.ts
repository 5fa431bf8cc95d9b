import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { NextDoseOptionsSchema } from '../progression/nextDoseOptions.js'
import { IntakeSchema } from '../screening/intake.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { EpisodeEventSchema } from './episodeEvents.js'

/**
 * Options of an episode: the ceiling's numbers, the load step, and an app's
 * own `catalog`, as the dose of one movement takes them.
 *
 * @example
 * import { EpisodeOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(EpisodeOptionsSchema.safeParse({ painCeiling: 2 }).success, true)
 * assert.equal(EpisodeOptionsSchema.safeParse({ painCeiling: 9 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EpisodeOptionsSchema = NextDoseOptionsSchema

/**
 * One person's episode of care, as an app stores it: the intake (screened
 * again on every decision), the usual morning back pain when the episode
 * starts, and every event since, append-only. Events may come in any order;
 * the engine orders them by date, then time, then position.
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
  baselinePain: PainSchema,
  events: boundedList(EpisodeEventSchema, { max: INPUT_LIMITS.episodeEvents }),
  options: EpisodeOptionsSchema.optional(),
})

/** One person's episode of care. @category Episode @since 0.3.0 */
export type Episode = DeepReadonly<z.output<typeof EpisodeSchema>>

/** An episode as the engine takes it. @category Episode @since 0.3.0 */
export type EpisodeInput = DeepReadonly<z.input<typeof EpisodeSchema>>
