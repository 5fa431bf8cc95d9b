import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import type { PlacedEvent } from './checkEpisode.js'

/**
 * Which event of an episode a decision points to: its index in
 * `episode.events`, its type, its date, and its `id` when it has one.
 *
 * @example
 * import { EventRefSchema } from 'rehab-engine'
 *
 * assert.equal(EventRefSchema.safeParse({ index: 4, type: 'session', date: '2026-11-01' }).success, true)
 * assert.equal(EventRefSchema.safeParse({ index: -1, type: 'session', date: '2026-11-01' }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const EventRefSchema = z.strictObject({
  index: z.int().min(0).max(INPUT_LIMITS.episodeEvents),
  type: z.enum(['assessment', 'session', 'morning', 'skipped', 'symptoms', 'soreness', 'clearance']),
  date: IsoDateSchema,
  id: z.string().max(INPUT_LIMITS.idLength).optional(),
})

/** Which event of an episode a decision points to. @category Episode @since 0.3.0 */
export type EventRef = DeepReadonly<z.output<typeof EventRefSchema>>

/** The reference to a placed event. */
export const eventRef = ({ event, index }: PlacedEvent): EventRef =>
  event.id === undefined ? { index, type: event.type, date: event.date } : { index, type: event.type, date: event.date, id: event.id }

/** How an event reads in a message: `events.4 (a session on 2026-11-01)`. */
export const describeEvent = (ref: EventRef): string => `events.${ref.index} (${ref.type === 'assessment' ? 'an' : 'a'} ${ref.type} on ${ref.date})`

/** The values `describeEvent` writes, as a reason's params: a catalog writes the event from them. */
export const eventParams = (ref: EventRef): { readonly eventIndex: number; readonly eventType: EventRef['type']; readonly eventDate: string } => ({
  eventIndex: ref.index,
  eventType: ref.type,
  eventDate: ref.date,
})
