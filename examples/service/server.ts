/**
 * An example HTTP service around rehab-engine, on Fastify 5, that keeps each
 * person's episode of care in PostgreSQL (see README.md for the routes and
 * answers). The engine is the validator: bodies go to it as they came, so a
 * red flag wins over any other fault, and every issue has the engine's shape.
 *
 * Decision support, not medical advice.
 */
import { randomUUID } from 'node:crypto'
import { fastify, type FastifyInstance, type FastifyReply } from 'fastify'
import { decideDay, outcomeReport, validateEpisode, type InputIssue } from 'rehab-engine'
import { localize, type MessageCatalog } from 'rehab-engine/locales'
import { intoAppendBody, intoCreateBody, intoQuery, referralOf, referralToday, type NotStored, type Stored } from './answers.js'
import { episodeCalendar } from './calendar.js'
import { openApiDocument } from './openapi.js'
import { fastifyProblem, problem, type Problem } from './problems.js'
import { batchOf, dateIn, languageOf, personOf, PersonIdSchema, zoneOf } from './requests.js'
import type { Store, StoredEpisode } from './store.js'
import { planToday, type TodayRequest } from './today.js'

export interface ServerOptions {
  /** Where episodes are kept. */
  readonly store: Store
  /** The clock, for the day a request means when it names none (in the episode's time zone). */
  readonly now?: () => Date
  /** The largest body, in bytes (1 MiB by default). */
  readonly bodyLimit?: number
  /** Fastify's logger; off by default so tests stay quiet. */
  readonly logger?: boolean
}

const DEFAULT_BODY_LIMIT = 1024 * 1024

const send = (reply: FastifyReply, answer: Problem) => reply.code(answer.status).send(answer)

const invalid = (reply: FastifyReply, issues: readonly InputIssue[]) => send(reply, problem(400, 'invalid_input', 'The request has faults: see issues.', issues))

/** The episode's answer to a stored episode that cannot be decided (no assessment yet, say). */
const notDecidable = (reply: FastifyReply, issues: readonly InputIssue[]) =>
  send(reply, problem(409, 'not_decidable', 'The stored episode cannot answer this yet: see issues.', issues))

export const buildServer = (options: ServerOptions): FastifyInstance => {
  const { store } = options
  const now = options.now ?? (() => new Date())
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const app = fastify({ logger: options.logger ?? false, bodyLimit })
  // Bodies are JSON: Fastify would also hand a text/plain body to the routes as a string.
  app.removeContentTypeParser('text/plain')

  app.setErrorHandler((error, request, reply) => {
    const known = fastifyProblem(error as { code?: unknown }, bodyLimit)
    if (known !== undefined) return send(reply, known)
    request.log.error(error)
    return send(reply, problem(500, 'server_error', 'The service failed to answer; nothing was stored by this request.'))
  })
  app.setNotFoundHandler((request, reply) => send(reply, problem(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)))

  /** The day a request means: `?today=`, or today's date where the episode lives. */
  const todayOf = (query: unknown, episode: { readonly options?: unknown }): unknown => {
    const asked = (query as Record<string, unknown> | undefined)?.['today']
    return asked === undefined ? dateIn(now(), zoneOf(episode)) : asked
  }

  /** The day a request means and the clock's date, for a day's plan from the person's snapshot. */
  const todayRequest = (query: unknown): TodayRequest => ({ todayOf: (opening) => todayOf(query, opening), clockOf: (opening) => dateIn(now(), zoneOf(opening)) })

  /** The stored episode, or the 404 that says there is none. */
  const stored = async (id: string, reply: FastifyReply): Promise<StoredEpisode | undefined> => {
    const episode = PersonIdSchema.safeParse(id).success ? await store.episode(id) : undefined
    if (episode === undefined) send(reply, problem(404, 'not_found', `No person with the id ${JSON.stringify(id)}.`, [{ code: 'invalid_value', path: ['params', 'id'], message: 'is no person\'s id' }]))
    return episode
  }

  app.get('/health', async (_request, reply) => {
    try {
      await store.ping()
      return reply.send({ status: 'ok' })
    } catch {
      return send(reply, problem(503, 'unavailable', 'The database does not answer.'))
    }
  })

  app.get('/openapi.json', async (_request, reply) => reply.send(openApiDocument()))

  app.post('/people', async (request, reply) => {
    const person = personOf(request.body)
    if ('issue' in person) return invalid(reply, [person.issue])
    const id = person.id === undefined ? randomUUID() : person.id
    const idCheck = PersonIdSchema.safeParse(id)
    const today = todayOf(request.query, person.episode)
    const checked = validateEpisode({ episode: person.episode } as never)
    if (checked._tag === 'Left' || !idCheck.success) {
      const issues = [...(idCheck.success ? [] : [{ code: 'invalid_format' as const, path: ['id'], message: idCheck.error.issues[0]!.message }]), ...(checked._tag === 'Left' ? intoCreateBody(checked.left.issues) : [])]
      const referral = referralOf(decideDay({ episode: person.episode, today } as never))
      return referral === undefined ? invalid(reply, issues) : reply.code(200).send({ _tag: 'NotStored', referral, issues } satisfies NotStored)
    }
    const created = await store.create(String(id), person.episode as unknown as StoredEpisode, () => undefined)
    if (created._tag !== 'Created') return send(reply, problem(409, 'id_taken', `The id ${JSON.stringify(id)} is taken.`, [{ code: 'duplicate', path: ['id'], message: 'is already the id of a person' }]))
    const referral = typeof today === 'string' ? referralToday(person.episode, today) : undefined
    const events = (person.episode['events'] as unknown[]).length
    const answer: Stored = { _tag: 'Stored', id: String(id), events, appended: events, repeated: 0, ...(referral === undefined ? {} : { referral }) }
    return reply.code(201).header('location', `/people/${String(id)}`).send(answer)
  })

  app.post<{ Params: { id: string } }>('/people/:id/events', async (request, reply) => {
    const batch = batchOf(request.body)
    if ('issue' in batch) return invalid(reply, [batch.issue])
    const { id } = request.params
    if (!PersonIdSchema.safeParse(id).success) return stored(id, reply)
    let issues: InputIssue[] = []
    let episodeSeen: StoredEpisode | undefined
    const result = await store.append(id, batch.events, (episode, placed) => {
      const checked = validateEpisode({ episode } as never)
      if (checked._tag === 'Right') return undefined
      issues = intoAppendBody(checked.left.issues, placed)
      episodeSeen = episode
      return checked.left
    })
    switch (result._tag) {
      case 'NotFound':
        return stored(id, reply)
      case 'IdConflict':
        return send(reply, problem(409, 'id_taken', `The event id ${JSON.stringify(result.id)} is stored with other content.`, [{ code: 'duplicate', path: ['events', result.index, 'id'], message: 'is the id of a stored event with other content' }]))
      case 'Refused': {
        const today = todayOf(request.query, episodeSeen ?? {})
        const referral = referralOf(decideDay({ episode: episodeSeen, today } as never))
        return referral === undefined ? invalid(reply, issues) : reply.code(200).send({ _tag: 'NotStored', id, referral, issues } satisfies NotStored)
      }
      case 'Appended': {
        const planned = await planToday(store, id, todayRequest(request.query))
        const referral = planned === undefined ? undefined : referralOf(planned)
        const answer: Stored = { _tag: 'Stored', id, events: result.total, appended: result.appended, repeated: result.repeated, ...(referral === undefined ? {} : { referral }) }
        return reply.code(result.appended > 0 ? 201 : 200).send(answer)
      }
    }
  })

  /** A read route: the stored episode decided for the day asked, in the language asked, a referral being an answer like any other. */
  const readRoute = (path: string, answer: (episode: StoredEpisode, today: unknown, id: string, reply: FastifyReply, catalog: MessageCatalog | undefined) => unknown) =>
    app.get<{ Params: { id: string } }>(path, async (request, reply) => {
      const language = languageOf(request.query)
      if ('issue' in language) return invalid(reply, [language.issue])
      const episode = await stored(request.params.id, reply)
      if (episode === undefined) return reply
      return answer(episode, todayOf(request.query, episode), request.params.id, reply, language.catalog)
    })

  /** An answer of the engine with its reasons and advice in the catalog's language (as it is for English). */
  const inLanguage = <Value>(value: Value, catalog: MessageCatalog | undefined): Value => {
    if (catalog === undefined) return value
    const written = localize({ value, catalog })
    return written._tag === 'Right' ? written.right : value
  }

  /** An engine answer to a read: a query fault is the request's (400), any other the stored episode's (409). */
  const refuse = (reply: FastifyReply, issues: readonly InputIssue[]) =>
    issues.some((issue) => issue.path[0] === 'today') ? invalid(reply, intoQuery(issues)) : notDecidable(reply, issues)

  // Today's plan reads the person's snapshot and the events after it, where the other reads need the whole episode.
  app.get<{ Params: { id: string } }>('/people/:id/today', async (request, reply) => {
    const language = languageOf(request.query)
    if ('issue' in language) return invalid(reply, [language.issue])
    const { id } = request.params
    const planned = PersonIdSchema.safeParse(id).success
      ? await planToday(store, id, todayRequest(request.query))
      : undefined
    if (planned === undefined) return stored(id, reply)
    if (planned._tag === 'Right') return reply.send(inLanguage(planned.right, language.catalog))
    return planned.left._tag === 'InvalidInput' ? refuse(reply, planned.left.issues) : reply.send(inLanguage(planned.left, language.catalog))
  })

  readRoute('/people/:id/report', (episode, today, _id, reply, catalog) => {
    const report = outcomeReport({ episode, today } as never)
    return report._tag === 'Right' ? reply.send(inLanguage(report.right, catalog)) : refuse(reply, report.left.issues)
  })

  readRoute('/people/:id/calendar.ics', (episode, today, id, reply, catalog) => {
    const calendar = episodeCalendar(episode, id, today, now().toISOString(), catalog)
    if (calendar._tag === 'Right') return reply.type('text/calendar; charset=utf-8').send(calendar.right)
    if (calendar.left._tag === 'InvalidInput') return refuse(reply, calendar.left.issues)
    return send(reply, problem(409, 'referral_holds', 'No calendar while a referral holds: see referral.', [], { referral: inLanguage(calendar.left, catalog) }))
  })

  return app
}
