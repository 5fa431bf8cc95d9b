import { left, right, type Either } from './either.js'
import type { InputIssue } from './issues.js'
import { issueAt } from './issues.js'

/** The fields of an input object, and an issue for each key it should not have. */
export interface InputFields<Key extends string> {
  readonly fields: { readonly [Name in Key]: unknown }
  readonly unknownKeys: readonly InputIssue[]
}

/**
 * Splits an input object (already checked to be plain data) into the fields a
 * function takes, each still to be checked on its own, so that one answer can
 * name a missing field, a malformed one and an unknown one together, and a
 * valid intake can refer even beside a malformed assessment. Left when the
 * input is not an object at all.
 */
export const inputFields = <Key extends string>(input: unknown, keys: readonly Key[]): Either<InputIssue[], InputFields<Key>> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return left([issueAt(input === undefined ? 'required' : 'invalid_type', [], input === undefined ? 'is required' : 'must be an object')])
  }
  const record = input as Readonly<Record<string, unknown>>
  // Plain loops: every selection and dose decision splits its input, and the list methods cost more than the rest of the split.
  const unknownKeys: InputIssue[] = []
  for (const key of Object.keys(record)) if (!(keys as readonly string[]).includes(key)) unknownKeys.push(issueAt('unknown_key', [key], 'is not a known field'))
  const fields: Record<string, unknown> = {}
  for (const key of keys) fields[key] = Object.hasOwn(record, key) ? record[key] : undefined
  return right({ fields: fields as { [Name in Key]: unknown }, unknownKeys })
}
