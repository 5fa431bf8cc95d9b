import { issueAt, MAX_ISSUES, type InputIssue } from './issues.js'
import { isTrusted } from './trustedValues.js'

/**
 * Bounds on any input, whatever its schema: they keep a hostile value from
 * costing more than a real one before a schema even looks at it. Schemas set
 * their own, tighter caps; these only have to stay above every one of them.
 */
export const PLAIN_DATA_LIMITS = {
  /** The longest list anywhere in an input: the largest list cap a schema sets. */
  maxListLength: 100_000,
  /** The most keys one object may have; no schema has more than a few dozen. */
  maxKeys: 1_000,
  /** The deepest nesting; the deepest input is a handful of levels. */
  maxDepth: 32,
  /** The most values one input may hold in all: a full log history with room to spare. */
  maxValues: 5_000_000,
} as const

/** Bounds for inspectPlainData. */
export type PlainDataLimits = { readonly [Key in keyof typeof PLAIN_DATA_LIMITS]: number }

/** An object literal, JSON.parse output or Object.create(null), from this realm or another. */
const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === null || Object.getPrototypeOf(prototype) === null
}

const isPlainArray = (value: readonly unknown[]): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value)
  // Array.prototype is itself a list, built on Object.prototype, in every realm.
  return Array.isArray(prototype) && Object.getPrototypeOf(Object.getPrototypeOf(prototype)) === null
}

const typeName = (value: object): string => {
  const constructor: unknown = Object.getPrototypeOf(value)?.constructor
  return typeof constructor === 'function' && constructor.name !== '' ? constructor.name : 'an object with a prototype'
}

/**
 * Checks that a value is plain data, as JSON would carry it, before any
 * schema reads it: objects and lists built from literals, strings, numbers,
 * booleans, null and undefined, within PLAIN_DATA_LIMITS, with no list holes
 * and nothing that refers back to itself. Every read is guarded, so a getter
 * that throws or a Proxy that refuses becomes an issue at its path instead of
 * an exception. Values the engine made and froze (see trustedValues) are not
 * walked again. Nothing is changed, copied or kept.
 */
export const inspectPlainData = (input: unknown, limits: PlainDataLimits = PLAIN_DATA_LIMITS): InputIssue[] => {
  const issues: InputIssue[] = []
  const path: (string | number)[] = []
  // The objects on the way down to the current one: a short list, as inputs are only a few levels deep.
  const ancestors: object[] = []
  let values = 0
  const report = (code: InputIssue['code'], message: string) => issues.push(issueAt(code, path, message))

  const visitList = (list: readonly unknown[], depth: number): void => {
    if (!isPlainArray(list)) return void report('not_plain_data', `must be a plain list, not ${typeName(list)}`)
    const length = list.length
    if (length > limits.maxListLength) return void report('too_big', `must hold at most ${limits.maxListLength} items`)
    for (let index = 0; index < length && issues.length < MAX_ISSUES; index++) {
      path.push(index)
      if (index in list) visit(list[index], depth + 1)
      else report('required', 'is missing: the list has a hole here')
      path.pop()
    }
  }

  const visitObject = (object: Readonly<Record<string, unknown>>, depth: number): void => {
    if (!isPlainObject(object)) return void report('not_plain_data', `must be plain data, not ${typeName(object)}`)
    const keys = Object.keys(object)
    if (keys.length > limits.maxKeys) return void report('too_big', `must have at most ${limits.maxKeys} fields`)
    for (const key of keys) {
      if (issues.length >= MAX_ISSUES) return
      path.push(key)
      visit(object[key], depth + 1)
      path.pop()
    }
  }

  const visit = (value: unknown, depth: number): void => {
    values += 1
    if (values > limits.maxValues) throw new RangeError(`holds more than ${limits.maxValues} values`)
    if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') {
      return void report('not_plain_data', `must be plain data, not a ${typeof value}`)
    }
    if (typeof value !== 'object' || value === null) return
    if (depth > limits.maxDepth) return void report('too_big', `is nested more than ${limits.maxDepth} levels deep`)
    if (ancestors.includes(value)) return void report('not_plain_data', 'refers back to itself')
    if (isTrusted(value)) return
    ancestors.push(value)
    if (Array.isArray(value)) visitList(value, depth)
    else visitObject(value as Readonly<Record<string, unknown>>, depth)
    ancestors.pop()
  }

  try {
    visit(input, 0)
  } catch (error) {
    // A getter or Proxy trap threw, or the input is too large to walk: the walk stops where it was.
    const tooLarge = error instanceof RangeError && values > limits.maxValues
    issues.push(issueAt(tooLarge ? 'too_big' : 'unreadable', tooLarge ? [] : path, tooLarge ? error.message : `could not be read (${describeError(error)})`))
  }
  return issues
}

/** A thrown value in a few words, without calling anything on it that could throw again. */
export const describeError = (error: unknown): string => {
  try {
    if (typeof error === 'string') return error.slice(0, 200)
    // An Error, or an object that carries a message as one does (as the ics package's errors do).
    const message: unknown = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined
    return typeof message === 'string' ? message.slice(0, 200) : typeof error
  } catch {
    return 'an unreadable error'
  }
}
