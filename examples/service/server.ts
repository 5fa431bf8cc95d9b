/**
 * An example HTTP service around rehab-engine, built on Fastify 5.
 *
 * It uses the package as any app would: the engine from 'rehab-engine' and the
 * request schemas from the JSON Schemas the package ships
 * (`rehab-engine/schemas/*.json`), so what the service checks at the door is
 * what the engine checks again inside.
 *
 * Routes (all take and return JSON):
 *
 * - `POST /plan`, body: a plan-rehab-input `{ intake, assessment, options? }`.
 *   Calls `planRehab`. 200 with the RehabPlan.
 * - `POST /progress`, body: a next-dose-input `{ intake, movement, sessions,
 *   mornings, baselinePain, today, ... }`. Calls `nextDose`, which screens
 *   the intake first. 200 with the DoseDecision, or with the engine's Paused
 *   or Referral.
 * - `POST /program`, body: `{ plan: <plan-rehab-input>, layout: { start,
 *   options? } }`, where `options` are a program's options (weeks, timeZone,
 *   sessionTimes, deadbugDays, thoracicPressDays, workoutDays). Calls
 *   `planRehab`, then `buildProgram` with the layout and the plan just made.
 *   200 with `{ plan, program }`.
 *
 * Other answers:
 *
 * - 400 `{ _tag: 'InvalidInput', issues: [{ code, path, message }] }` for a
 *   body that is not JSON, does not match the schema, or that the engine
 *   refuses. Issues have the engine's shape whichever side found them: a code
 *   from the engine's list, and a path of keys and list indexes that always
 *   points into the request body: `['assessment', 'results', 0, 'pain']`,
 *   `['intake', 'redFlags', 'fever']`; on /program they start with `plan` or
 *   `layout` (`['layout', 'start']`). The empty path means the body as a
 *   whole.
 * - 200 with the engine's Referral (`_tag: 'Referral'`, cause `red-flag`) when
 *   the intake has a red flag (on every route), and on /progress when the
 *   ceiling refers (cause `ceiling`): a
 *   referral is the answer, not a failure, and it never comes with a plan, a
 *   program or a dose. Likewise 200 with the engine's Paused on /progress.
 * - 422 with the engine's Referral of cause `too-few-tolerable` when fewer
 *   than four assessed movements are within the pain ceiling.
 * - Anything else Fastify decides on its own (415 for a content type it cannot
 *   parse, 413 for a body over the limit, 404) keeps Fastify's default reply.
 *
 * Decision support, not medical advice.
 */
import { createRequire } from 'node:module'
import { fastify, type FastifyInstance, type FastifyReply, type FastifySchemaValidationError } from 'fastify'
import {
  buildProgram,
  nextDose,
  planRehab,
  type BuildProgramInput,
  type InputIssue,
  type InvalidInput,
  type IssueCode,
  type NextDoseInput,
  type PlanRehabInput,
  type Referral,
} from 'rehab-engine'

type JsonSchema = Record<string, unknown>

const requireFromHere = createRequire(import.meta.url)

/**
 * A shipped schema, without `$schema` and `title`: both are only meaningful at
 * a document's root, and the /program body nests one schema inside another.
 * Fastify's Ajv speaks draft-07, the dialect the files are written in.
 */
const shippedSchema = (name: string): JsonSchema => {
  const { $schema: _dialect, title: _title, ...schema } = requireFromHere(`rehab-engine/schemas/${name}.json`) as JsonSchema
  return schema
}

/** The layout part of a /program body: what `buildProgram` takes besides the plan, which the service makes. */
export type ProgramLayout = Omit<BuildProgramInput, 'plan'>

/** The body of POST /program. */
export interface ProgramRequest {
  readonly plan: PlanRehabInput
  readonly layout: ProgramLayout
}

const planRehabInputSchema = shippedSchema('plan-rehab-input')
const nextDoseInputSchema = shippedSchema('next-dose-input')
const buildProgramInputSchema = shippedSchema('build-program-input') as { properties: Record<string, JsonSchema> }
const { catalog: _catalog, ...layoutOptions } = buildProgramInputSchema.properties['options']!['properties'] as Record<string, JsonSchema>
const programRequestSchema: JsonSchema = {
  type: 'object',
  properties: {
    plan: planRehabInputSchema,
    // The start and options of the shipped build-program-input, less the catalog: a client sends neither its
    // own selection (the plan makes it) nor its own catalog, and the schema refuses both as unknown fields.
    layout: {
      type: 'object',
      properties: {
        start: buildProgramInputSchema.properties['start'],
        options: { ...buildProgramInputSchema.properties['options'], properties: layoutOptions },
      },
      required: ['start'],
      additionalProperties: false,
    },
  },
  required: ['plan', 'layout'],
  additionalProperties: false,
}

/**
 * A JSON Pointer (`/assessment/results/0/pain`) as the engine's path
 * (`['assessment', 'results', 0, 'pain']`). In these schemas only lists have
 * keys made of digits, so those become list indexes.
 */
const pathOf = (pointer: string): (string | number)[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part))

/** The engine's code for what an Ajv keyword refused. */
const codeOf = (keyword: string): IssueCode => {
  switch (keyword) {
    case 'required':
      return 'required'
    case 'additionalProperties':
      return 'unknown_key'
    case 'type':
      return 'invalid_type'
    case 'maximum':
    case 'exclusiveMaximum':
    case 'maxItems':
    case 'maxLength':
      return 'too_big'
    case 'minimum':
    case 'exclusiveMinimum':
    case 'minItems':
    case 'minLength':
      return 'too_small'
    case 'format':
    case 'pattern':
      return 'invalid_format'
    case 'oneOf':
    case 'anyOf':
      return 'invalid_union'
    default:
      return 'invalid_value'
  }
}

/** Ajv's wording for the common rules, in the engine's words, so a form shows one style whichever side refused. */
const messageOf = (error: FastifySchemaValidationError): string => {
  const { params } = error
  const limit = String(params['limit'])
  switch (error.keyword) {
    case 'maximum':
      return `must be at most ${limit}`
    case 'minimum':
      return `must be at least ${limit}`
    case 'exclusiveMinimum':
      return `must be more than ${limit}`
    case 'exclusiveMaximum':
      return `must be less than ${limit}`
    case 'maxItems':
      return `must hold at most ${limit} items`
    case 'minItems':
      return `must hold at least ${limit} item(s)`
    case 'maxLength':
      return `must be at most ${limit} characters`
    case 'minLength':
      return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters`
    case 'type': {
      const expected = String(params['type'])
      if (expected === 'integer') return 'must be a whole number'
      if (expected === 'array') return 'must be a list'
      return expected === 'object' ? 'must be an object' : `must be a ${expected}`
    }
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`
    case 'format':
      return params['format'] === 'date' ? 'must be a calendar date written YYYY-MM-DD' : `must be a ${String(params['format'])}`
    case 'oneOf':
    case 'anyOf':
      return 'does not match any accepted shape'
    default:
      return error.message ?? 'is not valid'
  }
}

/**
 * Ajv's errors as the engine's issues. A missing or unknown property is named
 * in the path, as the engine does. A failed `oneOf` (a dose's three shapes)
 * stands for the errors of its branches, which would otherwise list a complaint
 * per shape. One issue per path: a date breaks both its `format` and its
 * `pattern`, and the pattern's message is the regex itself.
 */
const issuesOf = (errors: readonly FastifySchemaValidationError[]): InputIssue[] => {
  const unions = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf').map((error) => `${error.schemaPath}/`)
  const ranked = errors
    .filter((error) => !unions.some((union) => error.schemaPath.startsWith(union)))
    .sort((a, b) => Number(a.keyword === 'pattern') - Number(b.keyword === 'pattern'))
  const issues = new Map<string, InputIssue>()
  for (const error of ranked) {
    const path = pathOf(error.instancePath)
    if (error.keyword === 'required') path.push(String(error.params['missingProperty']))
    if (error.keyword === 'additionalProperties') path.push(String(error.params['additionalProperty']))
    const message =
      error.keyword === 'required' ? 'is required' : error.keyword === 'additionalProperties' ? 'is not a known field' : messageOf(error)
    const joined = JSON.stringify(path)
    if (!issues.has(joined)) issues.set(joined, { code: codeOf(error.keyword), path, message })
  }
  return [...issues.values()]
}

const invalid = (issues: readonly InputIssue[]): InvalidInput => ({ _tag: 'InvalidInput', issues: [...issues] })

/** The engine's issues, moved under `prefix` so that they point into the request body. */
const under = (prefix: string, error: InvalidInput): InvalidInput => invalid(error.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] })))

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The reply for a `planRehab` that ended without a plan. */
const refusePlan = (reply: FastifyReply, error: InvalidInput | Referral, prefix?: string) => {
  switch (error._tag) {
    case 'Referral':
      return reply.code(error.cause === 'too-few-tolerable' ? 422 : 200).send(error)
    case 'InvalidInput':
      return reply.code(400).send(prefix === undefined ? error : under(prefix, error))
  }
}

export interface ServerOptions {
  /** Fastify's logger; off by default so tests stay quiet. */
  readonly logger?: boolean
}

/** The example service, ready to `listen` (or to `inject` into). */
export const buildServer = (options: ServerOptions = {}): FastifyInstance => {
  const app = fastify({
    logger: options.logger ?? false,
    ajv: {
      customOptions: {
        // Fastify's defaults would change the body before the engine sees it: a pain of "3" coerced to 3,
        // an unknown key silently dropped. The engine refuses both, so the door must too.
        coerceTypes: false,
        removeAdditional: false,
        useDefaults: false,
        // Every problem at once, as the engine lists them; the body limit (1 MiB) bounds the work.
        allErrors: true,
      },
    },
  })

  app.setErrorHandler((error, _request, reply) => {
    if (isRecord(error) && Array.isArray(error['validation'])) {
      return reply.code(400).send(invalid(issuesOf(error['validation'] as FastifySchemaValidationError[])))
    }
    if (isRecord(error) && (error['code'] === 'FST_ERR_CTP_INVALID_JSON_BODY' || error['code'] === 'FST_ERR_CTP_EMPTY_JSON_BODY')) {
      return reply.code(400).send(invalid([{ code: 'invalid_format', path: [], message: 'must be a JSON document' }]))
    }
    // Not ours to shape: Fastify's default handler answers (and logs server errors).
    throw error
  })

  app.post<{ Body: PlanRehabInput }>('/plan', { schema: { body: planRehabInputSchema } }, async (request, reply) => {
    const result = planRehab(request.body)
    return result._tag === 'Right' ? reply.code(200).send(result.right) : refusePlan(reply, result.left)
  })

  app.post<{ Body: NextDoseInput }>('/progress', { schema: { body: nextDoseInputSchema } }, async (request, reply) => {
    const result = nextDose(request.body)
    if (result._tag === 'Right') return reply.code(200).send(result.right)
    // A pause or a referral is the engine's answer for this movement today, not a bad request.
    return reply.code(result.left._tag === 'InvalidInput' ? 400 : 200).send(result.left)
  })

  app.post<{ Body: ProgramRequest }>('/program', { schema: { body: programRequestSchema } }, async (request, reply) => {
    const planned = planRehab(request.body.plan)
    if (planned._tag === 'Left') return refusePlan(reply, planned.left, 'plan')
    // The plan is the one just made, never the client's, so every issue buildProgram can raise concerns the
    // layout.
    const program = buildProgram({ ...request.body.layout, plan: planned.right })
    return program._tag === 'Right'
      ? reply.code(200).send({ plan: planned.right, program: program.right })
      : reply.code(400).send(under('layout', program.left))
  })

  return app
}
