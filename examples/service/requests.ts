// What the service reads from a request besides the engine's episode: the person's id, the day, the batch.
import * as z from 'zod'
import { EpisodeEventSchema, EpisodeOptionsSchema, IntakeSchema, PainSchema, type InputIssue } from 'rehab-engine'
import { de, en, type MessageCatalog } from 'rehab-engine/locales'

/** The most events one request may append; an episode holds up to the engine's own cap. */
export const MAX_EVENTS_PER_REQUEST = 1000

/** A person's id: it goes into URLs and into calendar event ids, so it keeps to a safe alphabet. */
export const PersonIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 letters, digits, dots, dashes or underscores' })

/**
 * The body of `POST /people`: an episode as the engine takes it, and the
 * person's `id` when the client chooses it (the service makes one otherwise).
 * For the OpenAPI document: the engine checks the body itself.
 */
export const CreatePersonSchema = z.strictObject({
  id: PersonIdSchema.optional(),
  intake: IntakeSchema,
  baselinePain: PainSchema.optional(),
  options: EpisodeOptionsSchema.optional(),
  events: z.array(EpisodeEventSchema).max(MAX_EVENTS_PER_REQUEST).optional(),
})

/** The body of `POST /people/{id}/events`. */
export const AppendEventsSchema = z.strictObject({ events: z.array(EpisodeEventSchema).min(1).max(MAX_EVENTS_PER_REQUEST) })

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The date `now` shows in `timeZone`, from Intl's parts, so no locale's order of year, month and day comes into it. */
export const dateIn = (now: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
}

/** The episode's time zone, when its options name one the runtime knows; UTC otherwise. */
export const zoneOf = (episode: { readonly options?: unknown }): string => {
  const options = isRecord(episode.options) ? episode.options : {}
  const program = isRecord(options['program']) ? options['program'] : {}
  const zone = program['timeZone']
  if (typeof zone !== 'string') return 'UTC'
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return 'UTC'
  }
}

/** The `events` of an append body as a list, or the issue that says what is wrong with the body. */
export const batchOf = (body: unknown): { events: unknown[] } | { issue: InputIssue } => {
  if (!isRecord(body)) return { issue: { code: 'invalid_type', path: [], message: 'must be an object with an "events" list' } }
  const unknownKey = Object.keys(body).find((key) => key !== 'events')
  if (unknownKey !== undefined) return { issue: { code: 'unknown_key', path: [unknownKey], message: 'is not a known field (the body holds "events")' } }
  const { events } = body
  if (!Array.isArray(events)) return { issue: { code: events === undefined ? 'required' : 'invalid_type', path: ['events'], message: 'must be a list of events' } }
  if (events.length === 0) return { issue: { code: 'too_small', path: ['events'], message: 'must hold at least one event' } }
  if (events.length > MAX_EVENTS_PER_REQUEST) return { issue: { code: 'too_big', path: ['events'], message: `must hold at most ${MAX_EVENTS_PER_REQUEST} events a request` } }
  return { events }
}

/** A create body split into the person's id and the episode. */
export const personOf = (body: unknown): { id?: unknown; episode: Record<string, unknown> } | { issue: InputIssue } => {
  if (!isRecord(body)) return { issue: { code: 'invalid_type', path: [], message: 'must be an object: an episode, with the person\'s id if the client chooses it' } }
  const { id, ...rest } = body
  if (Array.isArray(rest['events']) && rest['events'].length > MAX_EVENTS_PER_REQUEST) {
    return { issue: { code: 'too_big', path: ['events'], message: `must hold at most ${MAX_EVENTS_PER_REQUEST} events a request` } }
  }
  return { ...(id === undefined ? {} : { id }), episode: { ...rest, events: rest['events'] ?? [] } }
}

/** The languages the read routes answer in (`?lang=`): the catalogs the engine ships; English when left out. */
export const LANGUAGES = { en, de } as const

export type Language = keyof typeof LANGUAGES

/** The catalog `?lang=` asks for (none for English, the engine's own words), or the issue of a language the service does not speak. */
export const languageOf = (query: unknown): { readonly catalog: MessageCatalog | undefined } | { readonly issue: InputIssue } => {
  const asked = isRecord(query) ? query['lang'] : undefined
  if (asked === undefined || asked === 'en') return { catalog: undefined }
  if (typeof asked === 'string' && Object.hasOwn(LANGUAGES, asked)) return { catalog: LANGUAGES[asked as Language] }
  return { issue: { code: 'invalid_value', path: ['query', 'lang'], message: `must be one of ${Object.keys(LANGUAGES).join(', ')}` } }
}
