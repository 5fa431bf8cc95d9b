// One shape for every answer that is not a success, whoever found the fault: the engine, the store or Fastify.
import * as z from 'zod'
import { EpisodeReferralSchema, InvalidInputSchema, ReferralSchema, type EpisodeReferral, type InputIssue, type Referral } from 'rehab-engine'

/** The service's own codes, beside the engine's issue codes inside `issues`. */
export const PROBLEM_CODES = [
  'invalid_input',
  'not_found',
  'id_taken',
  'not_decidable',
  'referral_holds',
  'body_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'unavailable',
  'server_error',
] as const

export type ProblemCode = (typeof PROBLEM_CODES)[number]

const IssueSchema = InvalidInputSchema.shape.issues.element

/**
 * Every answer that is not a success: its status again, a code a client can
 * switch on, a sentence, and the engine's issues (each with a code, a path
 * into the request and a message; empty when no field is at fault).
 * `referral` is there when a referral is why there is no answer (no calendar
 * while a referral holds).
 */
export const ProblemSchema = z.strictObject({
  _tag: z.literal('Problem'),
  status: z.int().min(400).max(599),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  issues: z.array(IssueSchema),
  referral: z.union([EpisodeReferralSchema, ReferralSchema]).optional(),
})

/** An answer that is not a success: see ProblemSchema. */
export interface Problem {
  readonly _tag: 'Problem'
  readonly status: number
  readonly code: ProblemCode
  readonly message: string
  readonly issues: readonly InputIssue[]
  readonly referral?: EpisodeReferral | Referral
}

export const problem = (status: number, code: ProblemCode, message: string, issues: readonly InputIssue[] = [], extra: Pick<Problem, 'referral'> = {}): Problem => ({
  _tag: 'Problem',
  status,
  code,
  message,
  issues: issues.map((issue) => ({ code: issue.code, path: [...issue.path], message: issue.message })),
  ...extra,
})

/** Fastify's own errors (its codes are documented and stable) as problems; undefined for one the service does not expect. */
export const fastifyProblem = (error: { code?: unknown; statusCode?: unknown }, bodyLimit: number): Problem | undefined => {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'invalid_input', 'The body must be a JSON document.', [{ code: 'invalid_format', path: [], message: 'must be a JSON document' }])
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'body_too_large', `The body is over ${bodyLimit} bytes.`, [{ code: 'too_big', path: [], message: `must be at most ${bodyLimit} bytes` }])
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'Send the body as application/json.')
    default: {
      // Any other fault Fastify finds in a request (a bad Content-Length, a prototype key in the JSON) is the client's.
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : undefined
      return status === undefined ? undefined : problem(status, 'invalid_input', 'The request could not be read.')
    }
  }
}
