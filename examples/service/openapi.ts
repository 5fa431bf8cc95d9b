// The service's OpenAPI 3.1 document, its schemas generated from the zod schemas the engine and the service
// check with, so the document cannot drift from what is checked.
import * as z from 'zod'
import { DayPlanSchema, EpisodeEventSchema, EpisodeOptionsSchema, IntakeSchema, OutcomeReportSchema } from 'rehab-engine'
import { AnyReferralSchema, NotStoredSchema, StoredSchema } from './answers.js'
import { ProblemSchema } from './problems.js'
import { AppendEventsSchema, CreatePersonSchema, LANGUAGES } from './requests.js'

type Json = Record<string, unknown>

const REF = '#/components/schemas/'

/** Every schema of `components` as JSON Schema (2020-12, the dialect OpenAPI 3.1 speaks), referring to each other by name. */
const generate = (components: Readonly<Record<string, z.ZodType>>, io: 'input' | 'output'): Record<string, Json> => {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => `${REF}${id}` }) as { schemas: Record<string, Json> }
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, id: _id, ...schema }]) => [id, schema]))
}

const json = (name: string) => ({ 'application/json': { schema: { $ref: `${REF}${name}` } } })

const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: 'A problem: see its code and issues', content: json('Problem') }]))

const personId = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' } }
const todayQuery = {
  name: 'today',
  in: 'query',
  required: false,
  description: "The day to decide, YYYY-MM-DD; today's date in the episode's time zone when left out.",
  schema: { type: 'string', format: 'date' },
}

const langQuery = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'The language of the reasons, the advice and the calendar\'s words: en (when left out) or de.',
  schema: { type: 'string', enum: Object.keys(LANGUAGES) },
}

const readRoute = (summary: string, content: Json) => ({
  get: {
    summary,
    parameters: [personId, todayQuery, langQuery],
    responses: { '200': { description: summary, content }, ...problemResponses(400, 404, 409) },
  },
})

let document: Json | undefined

/** The document, built once. */
export const openApiDocument = (): Json => {
  document ??= {
    openapi: '3.1.0',
    info: {
      title: 'rehab-engine example service',
      version: '1.0.0',
      description: "Keeps each person's episode of care and decides its days with rehab-engine. Decision support, not medical advice.",
    },
    paths: {
      '/health': { get: { summary: 'Whether the service and its database answer', responses: { '200': { description: 'Both answer' }, ...problemResponses(503) } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'The OpenAPI document' } } } },
      '/people': {
        post: {
          summary: "Stores a new person's episode",
          parameters: [todayQuery],
          requestBody: { required: true, content: json('CreatePerson') },
          responses: {
            '201': { description: 'Stored', content: json('Stored') },
            '200': { description: 'Not stored, but the body holds a referral', content: json('NotStored') },
            ...problemResponses(400, 409, 413, 415),
          },
        },
      },
      '/people/{id}/events': {
        post: {
          summary: "Appends events to a person's episode, idempotently by event id",
          parameters: [personId, todayQuery],
          requestBody: { required: true, content: json('AppendEvents') },
          responses: {
            '201': { description: 'Stored', content: json('Stored') },
            '200': { description: 'Every event was stored already (Stored), or none was stored but the body holds a referral (NotStored)', content: { 'application/json': { schema: { oneOf: [{ $ref: `${REF}Stored` }, { $ref: `${REF}NotStored` }] } } } },
            ...problemResponses(400, 404, 409, 413, 415),
          },
        },
      },
      '/people/{id}/today': readRoute("The day's plan, or the referral that holds", { 'application/json': { schema: { oneOf: [{ $ref: `${REF}DayPlan` }, { $ref: `${REF}Referral` }] } } }),
      '/people/{id}/report': readRoute('The outcome report', json('OutcomeReport')),
      '/people/{id}/calendar.ics': readRoute('The program of the latest assessment as iCalendar, each session at the dose decided for its day, later ones planned', { 'text/calendar': { schema: { type: 'string' } } }),
    },
    components: {
      schemas: {
        ...generate({ CreatePerson: CreatePersonSchema, AppendEvents: AppendEventsSchema, Intake: IntakeSchema, EpisodeEvent: EpisodeEventSchema, EpisodeOptions: EpisodeOptionsSchema }, 'input'),
        ...generate({ Referral: AnyReferralSchema, Stored: StoredSchema, NotStored: NotStoredSchema, Problem: ProblemSchema, DayPlan: DayPlanSchema, OutcomeReport: OutcomeReportSchema }, 'output'),
      },
    },
  }
  return document
}
