import * as z from 'zod'
import { left, right, type Either } from './either.js'
import { inspectPlainData } from './inspectPlainData.js'
import { issueAt, type InputIssue } from './issues.js'
import { parseInput } from './parseInput.js'
import { DEFER, isPlainObject, type PlainObject, type Reader } from './plainReader.js'

const safeParseOrUndefined = (schema: z.ZodType, input: unknown) => {
  try {
    return schema.safeParse(input)
  } catch {
    return undefined
  }
}

/**
 * Every field named in `readers`, read by hand, and every other field of the
 * input as it stands, or DEFER. A Proxy can pass as a plain object and throw
 * from a trap: the whole input then goes to inspectPlainData, which says so.
 */
const readAll = (
  readers: Readonly<Record<string, Reader<unknown>>>,
  keys: readonly string[],
  optional: ReadonlySet<string>,
  input: unknown,
): { read: PlainObject; rest: PlainObject } | typeof DEFER => {
  const read: PlainObject = {}
  const rest: PlainObject = {}
  try {
    if (!isPlainObject(input)) return DEFER
    for (const key of keys) {
      const raw = input[key]
      // A field the schema lets out may be missing; zod says so of a missing required one, and keeps one present but undefined.
      if (raw === undefined && optional.has(key) && !Object.hasOwn(input, key)) continue
      const value = raw === undefined ? DEFER : readers[key]!(raw)
      if (value === DEFER) return DEFER
      read[key] = value
    }
    for (const key in input) if (!Object.hasOwn(read, key)) rest[key] = input[key]
  } catch {
    return DEFER
  }
  return { read, rest }
}

const prefixed = (issues: readonly InputIssue[], prefix: readonly PropertyKey[]): InputIssue[] =>
  prefix.length === 0 ? [...issues] : issues.map((issue) => issueAt(issue.code, [...prefix, ...issue.path], issue.message))

/**
 * A parser for `schema` that reads the fields named in `readers` by hand
 * (one the schema lets out, when it is there) and leaves the rest of the
 * object to zod. When a reader defers, the whole input goes to `parseInput`,
 * so the value and the issues are always zod's.
 *
 * The input need not have passed inspectPlainData: the readers copy what they
 * vouch for into fresh plain values (no getter or Proxy is read twice, no
 * cycle or hole gets through), and whatever reaches zod is inspected first,
 * the rest of the fields on the fast path, the whole input otherwise. A long
 * log history is then walked once, not twice.
 */
export const parseWithReaders = <Schema extends z.ZodObject>(
  schema: Schema,
  readers: Readonly<Record<string, Reader<unknown>>>,
): ((input: unknown, prefix: readonly PropertyKey[]) => Either<InputIssue[], z.output<Schema>>) => {
  const keys = Object.keys(readers)
  const optional = new Set(keys.filter((key) => (schema.shape[key] as z.ZodType).safeParse(undefined).success))
  const order = Object.keys(schema.shape)
  const shell = schema.omit(Object.fromEntries(keys.map((key) => [key, true])) as never)
  const parseWhole = (input: unknown, prefix: readonly PropertyKey[]): Either<InputIssue[], z.output<Schema>> => {
    const unsafe = inspectPlainData(input)
    return unsafe.length > 0 ? left(prefixed(unsafe, prefix)) : parseInput(schema, input, prefix)
  }
  return (input, prefix) => {
    const fields = readAll(readers, keys, optional, input)
    if (fields === DEFER || inspectPlainData(fields.rest).length > 0) return parseWhole(input, prefix)
    // zod can throw on a value the inspection lets through (see parseInput); the whole parse then says so.
    const rest = safeParseOrUndefined(shell, fields.rest)
    if (rest === undefined || !rest.success) return parseWhole(input, prefix)
    // In the schema's order, as zod writes it: the read copies in the places of their keys.
    const shelled = rest.data as PlainObject
    const parsed: PlainObject = {}
    for (const key of order) {
      const value = Object.hasOwn(fields.read, key) ? fields.read[key] : shelled[key]
      if (value !== undefined || Object.hasOwn(shelled, key)) parsed[key] = value
    }
    return right(parsed as z.output<Schema>)
  }
}
