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

/** An object read as plain data. */
export type PlainObject = Record<string, unknown>

/** An object literal or JSON.parse output: its prototype is Object.prototype, or it has none. */
export const isPlainObject = (value: unknown): value is PlainObject => {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** A list built on Array.prototype: a subclass, or a list from another realm, is left to the inspection. */
export const isPlainList = (value: unknown): value is unknown[] => Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype

/** How many enumerable keys an object has; a for-in loop allocates no list. */
export const keyCount = (value: PlainObject): number => {
  let keys = 0
  for (const _key in value) keys++
  return keys
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

/** A field zod alone reads: when it is there, the whole input goes to zod. */
export const leaveToZod: Reader<never> = () => DEFER

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
    if (!isPlainList(value) || value.length < min || value.length > max) return DEFER
    const copy: Item[] = []
    for (const entry of value) {
      const read = item(entry)
      if (read === DEFER) return DEFER
      copy.push(read)
    }
    return copy
  }

/**
 * A tuple of `required` entries or more, each read by the reader at its place,
 * as z.tuple() whose entries after `required` are optional. An entry present
 * but undefined is left to zod.
 */
export const readTuple =
  (entries: readonly Reader<unknown>[], required: number): Reader<unknown[]> =>
  (value) => {
    if (!isPlainList(value) || value.length < required || value.length > entries.length) return DEFER
    const copy: unknown[] = []
    for (let at = 0; at < value.length; at++) {
      const read = entries[at]!(value[at])
      if (read === DEFER) return DEFER
      copy.push(read)
    }
    return copy
  }
