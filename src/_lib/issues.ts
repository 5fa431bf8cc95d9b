/**
 * What kind of problem an input issue reports, so that an app can react to a
 * kind (highlight a missing answer, say a value is out of range) without
 * reading the message.
 */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'not_plain_data',
  'unreadable',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'unknown_key',
  'not_in_catalog',
  'duplicate',
  'after_today',
  'inconsistent',
] as const

/** The kind of an input issue. */
export type IssueCode = (typeof ISSUE_CODES)[number]

/** Where an issue is: object keys and list indexes from the input's root; empty for the input itself. */
export type IssuePath = readonly (string | number)[]

/** One problem found in an input. */
export interface InputIssue {
  readonly code: IssueCode
  readonly path: IssuePath
  readonly message: string
}

/** The input was refused: every problem found, each at its path. */
export interface InvalidInput {
  readonly _tag: 'InvalidInput'
  readonly issues: readonly InputIssue[]
}

/**
 * The most issues one answer lists. A hostile input can hold a million wrong
 * values; past this many, the rest are summed up in one last issue.
 */
export const MAX_ISSUES = 100

/** An issue at `path`. */
export const issueAt = (code: IssueCode, path: readonly PropertyKey[], message: string): InputIssue => ({
  code,
  path: path.map((key) => (typeof key === 'number' ? key : String(key))),
  message,
})

/** The `InvalidInput` error from one or more issues, at most MAX_ISSUES of them. */
export const invalidInput = (issues: readonly InputIssue[]): InvalidInput => {
  if (issues.length <= MAX_ISSUES) return { _tag: 'InvalidInput', issues: [...issues] }
  const shown = issues.slice(0, MAX_ISSUES - 1)
  const more = issues.length - shown.length
  return { _tag: 'InvalidInput', issues: [...shown, issueAt('too_big', [], `has ${more} more problems not listed`)] }
}

/** How a path reads in a message: `results.2.pain`, or `(input)` for the root. */
export const showPath = (path: IssuePath): string => (path.length === 0 ? '(input)' : path.join('.'))
