import * as z from 'zod'
import { left, right, type Either } from './either.js'
import type { InputIssue, InvalidInput } from '../shared/invalidInput.js'

type Path = readonly PropertyKey[]

const joinPath = (path: Path): string => path.map(String).join('.')

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

/*
 * zod's own messages ("Invalid input: expected int, received number") are
 * written for developers; these name the rule in words an app can show.
 */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : describeExpected(issue.expected)
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return `must hold at least ${issue.minimum} item(s)`
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `must hold at most ${issue.maximum} items`
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`
    case 'invalid_format':
      return issue.format === 'date' ? 'must be a calendar date written YYYY-MM-DD' : undefined
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'invalid_union':
      return 'does not match any accepted shape'
    default:
      return undefined
  }
}

/** Turns zod issues into ours, one per unknown key, with dot-joined paths under `prefix`. */
const toInputIssues = (issues: readonly z.core.$ZodIssue[], prefix: Path): InputIssue[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...prefix, ...issue.path, key]), message: 'is not a known field' }))
      : [{ path: joinPath([...prefix, ...issue.path]), message: issue.message }],
  )

/**
 * Parses `input` with `schema` without ever throwing. On failure it returns the
 * problems as path-and-message issues, so callers can gather the issues of
 * several inputs before they answer.
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
    const explained = schema.safeParse(input, { error: errorMap })
    return left(toInputIssues((explained.success ? result : explained).error!.issues, prefix))
  } catch (error) {
    // zod's length checks still run on a value of the wrong type that has a `length` key, and throw when
    // that key cannot be read as a number ({ "length": { "toString": [] } }). Such input is refused whole.
    return left([{ path: joinPath(prefix), message: `could not be read (${error instanceof Error ? error.message : 'unreadable value'})` }])
  }
}

/** Builds the `InvalidInput` error from one or more issues. */
export const invalidInput = (issues: readonly InputIssue[]): InvalidInput => ({ _tag: 'InvalidInput', issues: [...issues] })

/** An issue at `path`, for checks that need more than a schema (a catalog lookup). */
export const issueAt = (path: Path, message: string): InputIssue => ({ path: joinPath(path), message })
