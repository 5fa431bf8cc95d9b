import * as z from 'zod'
import { right, type Either } from './either.js'
import type { InputIssue } from './issues.js'
import { parseInput } from './parseInput.js'

/*
 * The zod schemas are the contract: they write every error message and the
 * JSON Schemas. Checking the common case through zod costs more than the rule
 * it guards, though (most of a selection; ten thousand copies of a long log
 * history), so the long parts of an input, when they are plainly well formed,
 * are read here by hand, and anything else, however slightly off, goes to zod.
 * A reader accepting a value promises that zod accepts it with the same
 * output; property tests hold every reader to that promise.
 */

/** What a reader returns for a value it will not vouch for: the caller then asks zod. */
export const DEFER: unique symbol = Symbol('defer')

/** Reads a value into the schema's output, or defers. */
export type Reader<Output> = (value: unknown) => Output | typeof DEFER

type PlainObject = Record<string, unknown>

const isPlainObject = (value: unknown): value is PlainObject => {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** A whole number from `min` to `max`, as z.int().min().max(). */
export const readInt =
  (min: number, max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? value : DEFER

/** A number above 0 and at most `max`, as z.number().positive().max(). */
export const readPositive =
  (max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && value > 0 && value <= max ? value : DEFER

/** A finite number from `min` to `max`, as z.number().min().max(). */
export const readNumber =
  (min: number, max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && value >= min && value <= max ? value : DEFER

/** One of some strings, as z.enum(). */
export const readOneOf =
  <Option extends string>(options: readonly Option[]): Reader<Option> =>
  (value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as Option) : DEFER

export const readBoolean: Reader<boolean> = (value) => (typeof value === 'boolean' ? value : DEFER)

/** A string of `min` to `max` UTF-16 units, as z.string().min().max(). */
export const readString =
  (min: number, max: number): Reader<string> =>
  (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max ? value : DEFER

/** A string matching `pattern`, as z.string().regex(). */
export const readMatch =
  (pattern: RegExp): Reader<string> =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : DEFER

/** One value only, as z.literal(). */
export const readLiteral =
  <Literal extends string>(literal: Literal): Reader<Literal> =>
  (value) =>
    value === literal ? literal : DEFER

/** A field of an object: its key, its reader, and whether it may be left out. */
export interface Field {
  readonly key: string
  readonly read: Reader<unknown>
  readonly optional?: boolean
}

/**
 * A plain object with exactly the fields' keys (the optional ones may be left
 * out), copied in the order of the fields, which is the order zod writes. An
 * optional key that is present but undefined is deferred: zod keeps such a key.
 */
export const readObject = (fields: readonly Field[]): Reader<PlainObject> => {
  const known: ReadonlySet<string> = new Set(fields.map((field) => field.key))
  return (value) => {
    if (!isPlainObject(value)) return DEFER
    const copy: PlainObject = {}
    let present = 0
    for (const field of fields) {
      const raw = value[field.key]
      if (raw === undefined) {
        if (field.optional === true) continue
        return DEFER
      }
      const read = field.read(raw)
      if (read === DEFER) return DEFER
      copy[field.key] = read
      present++
    }
    // Enumerable keys that are all known and as many as the fields read are exactly those fields: none
    // is unknown, and no optional key is present but undefined (zod would keep it). A for-in loop
    // allocates no array, which matters over ten thousand logs.
    let keys = 0
    for (const key in value) {
      if (!known.has(key)) return DEFER
      keys++
    }
    return keys === present ? copy : DEFER
  }
}

/** One of several object shapes, chosen by the string under `key`, as z.discriminatedUnion(). */
export const readTagged = (key: string, shapes: Readonly<Record<string, Reader<PlainObject>>>): Reader<PlainObject> => {
  // A Map, so that a tag such as "constructor" finds nothing.
  const byTag = new Map(Object.entries(shapes))
  return (value) => {
    if (!isPlainObject(value)) return DEFER
    const tag = value[key]
    const read = typeof tag === 'string' ? byTag.get(tag) : undefined
    return read === undefined ? DEFER : read(value)
  }
}

/** A list of `min` to `max` items, each read by `item`, as z.array(item).min().max(). */
export const readList =
  <Item>(item: Reader<Item>, min: number, max: number): Reader<Item[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return DEFER
    const copy: Item[] = []
    for (const entry of value) {
      const read = item(entry)
      if (read === DEFER) return DEFER
      copy.push(read)
    }
    return copy
  }

const safeParseOrUndefined = (schema: z.ZodType, input: unknown) => {
  try {
    return schema.safeParse(input)
  } catch {
    return undefined
  }
}

/**
 * Every field named in `readers`, read by hand, or DEFER. A Proxy can pass as
 * a plain object and throw from a trap: zod is then asked, and it reports that.
 */
const readAll = (readers: Readonly<Record<string, Reader<unknown>>>, keys: readonly string[], input: PlainObject): PlainObject | typeof DEFER => {
  const read: PlainObject = {}
  try {
    // A reader that vouches for a key the input lacks is overruled by the shell: its z.unknown() still requires the key.
    for (const key of keys) {
      const value = readers[key]!(input[key])
      if (value === DEFER) return DEFER
      read[key] = value
    }
  } catch {
    return DEFER
  }
  return read
}

/**
 * A parser for `schema` that reads the fields named in `readers` by hand and
 * leaves the rest of the object to zod, with those fields waved through. When
 * a reader defers, or the input is not a plain object, the whole input goes
 * to `parseInput`, so the value and the issues are always zod's.
 */
export const parseWithReaders = <Schema extends z.ZodObject>(
  schema: Schema,
  readers: Readonly<Record<string, Reader<unknown>>>,
): ((input: unknown, prefix: readonly PropertyKey[]) => Either<InputIssue[], z.output<Schema>>) => {
  const keys = Object.keys(readers)
  const shell = schema.extend(Object.fromEntries(keys.map((key) => [key, z.unknown()])))
  return (input, prefix) => {
    if (!isPlainObject(input)) return parseInput(schema, input, prefix)
    const read = readAll(readers, keys, input)
    if (read === DEFER) return parseInput(schema, input, prefix)
    // zod can throw on hostile values (see parseInput); the full parse then catches it and says so.
    const rest = safeParseOrUndefined(shell, input)
    if (rest === undefined || !rest.success) return parseInput(schema, input, prefix)
    // The shell is the schema with the read fields as z.unknown(), so its output has every key in the
    // schema's order; the read copies replace the waved-through values in place.
    const parsed = rest.data as PlainObject
    for (const key of keys) parsed[key] = read[key]
    return right(parsed as z.output<Schema>)
  }
}
