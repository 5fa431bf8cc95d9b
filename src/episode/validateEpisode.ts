import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardReadInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { checkEpisode } from './checkEpisode.js'
import { EpisodeSchema, type Episode } from './episode.js'
import { readEpisode } from './readPlainEpisode.js'

/**
 * What {@link validateEpisode} takes: the episode alone.
 *
 * @example
 * import { NO_RED_FLAGS, ValidateEpisodeInputSchema } from 'rehab-engine'
 *
 * const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 2, events: [] }
 * assert.equal(ValidateEpisodeInputSchema.safeParse({ episode }).success, true)
 * assert.equal(ValidateEpisodeInputSchema.safeParse(episode).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const ValidateEpisodeInputSchema = z.strictObject({ episode: EpisodeSchema })

/** What `validateEpisode` takes. @category Episode @since 0.3.0 */
export type ValidateEpisodeInput = DeepReadonly<z.input<typeof ValidateEpisodeInputSchema>>

const parseValidateInput = parseWithReaders(ValidateEpisodeInputSchema, { episode: readEpisode })

/**
 * Checks an episode as every episode function checks it, without deciding
 * any day: its shape, every movement its events name against its catalog,
 * ids used once, one morning check a date, and its baseline. A service runs
 * it before it stores an episode or appends events to one, so that what it
 * keeps can always be decided. The episode need not hold an assessment yet.
 *
 * Returns `Right` with the episode as the engine reads it, or
 * `Left(InvalidInput)` listing every problem, at paths such as
 * `['episode', 'events', 3, 'painDuring']`. It screens nothing: a red flag is
 * `decideDay`'s answer, which a malformed episode still gets.
 *
 * @example
 * import { NO_RED_FLAGS, validateEpisode } from 'rehab-engine'
 *
 * const intake = { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 }
 * assert.equal(validateEpisode({ episode: { intake, events: [] } })._tag, 'Right')
 * const unknown = validateEpisode({ episode: { intake, events: [{ type: 'skipped', date: '2026-11-03', movement: 'handstand' }] } })
 * assert.deepStrictEqual(unknown._tag === 'Left' && unknown.left.issues.map((issue) => issue.path), [['episode', 'events', 0, 'movement']])
 *
 * @category Episode
 * @since 0.3.0
 */
export const validateEpisode: (input: ValidateEpisodeInput) => Either<InvalidInput, Episode> = /* @__PURE__ */ guardReadInput((input) => {
  const parsed = parseValidateInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const checked = checkEpisode(parsed.right.episode, ['episode'])
  return checked._tag === 'Left' ? left(invalidInput(checked.left)) : right(parsed.right.episode)
})
