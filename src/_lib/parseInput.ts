import * as z from 'zod'
import { left, right, type Either } from './either.js'
import { describeError } from './inspectPlainData.js'
import { throwingPath } from './throwingPath.js'
import { issueAt, MAX_ISSUES, type InputIssue, type IssueCode } from './issues.js'

type Path = readonly PropertyKey[]

const describeExpected = (expected: string): string => {
  switch (expected) {
    case 'int':
      return 'must be a whole number'
    case 'array':
      return 'must be a list'
    case 'object':
      return 'must be an object'
    default:
      return `must be a ${expected}`
  }
}

const tooSmall = (issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string => {
  if (issue.origin === 'array' || issue.origin === 'set') return `must hold at least ${issue.minimum} item(s)`
  if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`
  return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`
}

const tooBig = (issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string => {
  if (issue.origin === 'array' || issue.origin === 'set') return `must hold at most ${issue.maximum} items`
  if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`
  return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`
}

/** What each string format must look like, in words. */
const FORMATS: Readonly<Record<string, string>> = {
  date: 'must be a calendar date written YYYY-MM-DD',
  datetime: 'must be a date and time written YYYY-MM-DDTHH:mm:ss with an offset (Z or +01:00)',
  regex: 'is not in the expected form',
}

/*
 * zod's own messages ("Invalid input: expected int, received number") are
 * written for developers; these name the rule in words an app can show. An
 * issue of any other kind keeps zod's message.
 */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  // A missing value is missing whatever it should have been: a boolean, an enum or a literal.
  if (isMissing(issue)) return 'is required'
  switch (issue.code) {
    case 'invalid_type':
      return describeExpected(issue.expected)
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_format':
      return FORMATS[issue.format]
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'invalid_union':
      return 'does not match any accepted shape'
  }
}

/** Whether an issue is about a value that is not there: a field left out, or a list's hole. */
const isMissing = (issue: { readonly code: string; readonly input?: unknown }): boolean =>
  'input' in issue && issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')

/** A check of our own names its code in `params.code`; anything else it finds is `inconsistent`. */
const codeOf = (issue: z.core.$ZodIssue): IssueCode => {
  if (isMissing(issue)) return 'required'
  switch (issue.code) {
    case 'invalid_type':
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'invalid_union':
      return issue.code
    case 'custom': {
      const code: unknown = issue.params?.['code']
      return typeof code === 'string' ? (code as IssueCode) : 'inconsistent'
    }
    // zod's own invalid_value, and the rarer kinds such as not_multiple_of.
    default:
      return 'invalid_value'
  }
}

/** Turns zod issues into ours, one per unknown key, with paths under `prefix`; at most MAX_ISSUES. */
const toInputIssues = (issues: readonly z.core.$ZodIssue[], prefix: Path): InputIssue[] =>
  issues
    .slice(0, MAX_ISSUES)
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => issueAt('unknown_key', [...prefix, ...issue.path, key], 'is not a known field'))
        : [issueAt(codeOf(issue), [...prefix, ...issue.path], issue.message)],
    )

/** A custom issue for a zod refinement, with our code in its params. */
export const customIssue = (code: IssueCode, path: readonly PropertyKey[], message: string) => ({
  code: 'custom' as const,
  path: [...path],
  message,
  params: { code },
})

/**
 * Parses `input` with `schema` without ever throwing. On failure it returns the
 * problems as issues, so callers can gather the issues of several inputs
 * before they answer. The input should have passed inspectPlainData.
 */
export const parseInput = <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  prefix: Path = [],
): Either<InputIssue[], z.output<Schema>> => {
  // Friendly messages are only needed on failure, and passing an error map slows every parse by about
  // a third, so a failed parse runs again with it.
  try {
    const result = schema.safeParse(input)
    if (result.success) return right(result.data)
    // reportInput keeps each issue's input, which tells a missing value (`required`) from a wrong one.
    const explained = schema.safeParse(input, { error: errorMap, reportInput: true })
    return left(toInputIssues((explained.success ? result : explained).error!.issues, prefix))
  } catch (error) {
    // zod's length checks still run on a value of the wrong type that has a `length` key, and throw when
    // that key cannot be read as a number ({ "length": { "toString": [] } }). Such input is refused whole.
    return left([issueAt('unreadable', [...prefix, ...throwingPath(schema, input)], `could not be read (${describeError(error)})`)])
  }
}
