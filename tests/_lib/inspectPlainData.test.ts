import vm from 'node:vm'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeError, inspectPlainData, PLAIN_DATA_LIMITS, type PlainDataLimits } from '../../src/_lib/inspectPlainData.js'
import { MAX_ISSUES, type InputIssue } from '../../src/_lib/issues.js'
import { markTrusted } from '../../src/_lib/trustedValues.js'
import { BUILT_IN_CATALOG, InputIssueSchema } from '../../src/index.js'
import { hostileValues, oddButPlainValues } from '../support/hostile.js'

const limits = (overrides: Partial<PlainDataLimits>): PlainDataLimits => ({ ...PLAIN_DATA_LIMITS, ...overrides })

const notPlain = (message: string, path: InputIssue['path'] = []): InputIssue => ({ code: 'not_plain_data', path, message })

const hostile = (name: string): unknown => {
  const found = hostileValues().find(([what]) => what === name)
  if (found === undefined) throw new Error(`tests/support/hostile.ts has no value named "${name}"`)
  return found[1]
}

const nested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => ({ inner }), {})

/** Every object and list inside a value, the value included. */
const containers = (value: unknown): object[] =>
  typeof value === 'object' && value !== null ? [value, ...Object.values(value).flatMap(containers)] : []

describe('inspectPlainData on the hostile values', () => {
  const expected: readonly (readonly [string, readonly InputIssue[]])[] = [
    ['a throwing getter', [{ code: 'unreadable', path: ['date'], message: 'could not be read (the date getter throws)' }]],
    ['a Proxy whose traps throw', [{ code: 'unreadable', path: [], message: 'could not be read (getPrototypeOf trap)' }]],
    [
      'a revoked Proxy',
      [{ code: 'unreadable', path: [], message: "could not be read (Cannot perform 'IsArray' on a proxy that has been revoked)" }],
    ],
    ['a cyclic object', [notPlain('refers back to itself', ['self'])]],
    ['a sparse list of 2^32-1 holes', [{ code: 'too_big', path: [], message: 'must hold at most 100000 items' }]],
    [
      'a sparse list of three holes',
      [0, 1, 2].map((index) => ({ code: 'required', path: [index], message: 'is missing: the list has a hole here' }) as const),
    ],
    ['a class instance', [notPlain('must be plain data, not Session')]],
    ['a Date', [notPlain('must be plain data, not Date')]],
    ['a Map', [notPlain('must be plain data, not Map')]],
    ['a BigInt', [notPlain('must be plain data, not a bigint')]],
    ['a symbol', [notPlain('must be plain data, not a symbol')]],
    ['a function', [notPlain('must be plain data, not a function')]],
    // JSON.parse makes __proto__ an own key of a plain object: plain data, which the schemas then refuse as an unknown key.
    ['an object made by JSON.parse with __proto__', []],
    // A Proxy that answers like a plain object is read once here; what it shows later is the schema's to judge.
    ['a Proxy that shifts its values', []],
    // The path runs down to the first list past the 32 levels allowed.
    ['a list nested 100 deep', [{ code: 'too_big', path: Array<number>(33).fill(0), message: 'is nested more than 32 levels deep' }]],
    ['an object with 5000 keys', [{ code: 'too_big', path: [], message: 'must have at most 1000 fields' }]],
  ]

  it.each(expected)('answers %s with its issues, never a throw', (name, issues) => {
    expect(inspectPlainData(hostile(name))).toEqual(issues)
  })

  it.each(oddButPlainValues())('accepts %s as plain data', (_, value) => {
    expect(inspectPlainData(value)).toEqual([])
  })

  it('gives only issues of the public shape', () => {
    for (const [, value] of hostileValues()) {
      for (const issue of inspectPlainData(value)) expect(InputIssueSchema.safeParse(issue).success).toBe(true)
    }
  })
})

describe('inspectPlainData on plain data', () => {
  it.each([
    ['a string', 'text'],
    ['a number', 3],
    ['NaN', Number.NaN],
    ['a boolean', false],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['an empty list', []],
    ['an object with nested lists', { date: '2026-11-02', results: [{ movement: 'hip-bridge', pain: 1 }, { movement: 'bird-dog', pain: 0 }] }],
    ['a key whose value is undefined', { variant: undefined }],
  ] as const)('accepts %s', (_, value) => {
    expect(inspectPlainData(value)).toEqual([])
  })

  it('accepts objects and lists made in another realm, as a worker or an iframe would pass them', () => {
    expect(inspectPlainData(vm.runInNewContext('({ date: "2026-11-02", results: [{ movement: "hip-bridge", pain: 1 }] })'))).toEqual([])
    expect(inspectPlainData(vm.runInNewContext('[[1, 2], []]'))).toEqual([])
    expect(inspectPlainData(vm.runInNewContext('new Date(0)'))).toEqual([notPlain('must be plain data, not Date')])
  })

  it('accepts the same object twice in one input, since sharing is not a cycle', () => {
    const shared = { movement: 'hip-bridge', pain: 1 }
    expect(inspectPlainData({ results: [shared, shared], again: shared })).toEqual([])
  })

  it('accepts any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(inspectPlainData(value)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('neither changes nor freezes what it reads', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = structuredClone(value)
        inspectPlainData(value)
        expect(value).toEqual(before)
        expect(containers(value).filter((container) => Object.isFrozen(container))).toEqual([])
      }),
      { numRuns: 200 },
    )
    const refused = { list: [1, 2], when: new Date(0) }
    expect(inspectPlainData(refused)).toEqual([notPlain('must be plain data, not Date', ['when'])])
    expect([Object.isFrozen(refused), Object.isFrozen(refused.list), refused.list]).toEqual([false, false, [1, 2]])
  })

  it('reads a frozen input without trying to change it', () => {
    expect(inspectPlainData(Object.freeze({ list: Object.freeze([1, Object.freeze({ pain: 2 })]) }))).toEqual([])
  })
})

describe('inspectPlainData on values that are not plain data', () => {
  it('names the type of an object made by a class, or says it has a prototype when the class has no name', () => {
    class Log {}
    expect(inspectPlainData(new Log())).toEqual([notPlain('must be plain data, not Log')])
    expect(inspectPlainData(new (class {})())).toEqual([notPlain('must be plain data, not an object with a prototype')])
    expect(inspectPlainData(Object.create({ constructor: 'not a function' }))).toEqual([notPlain('must be plain data, not an object with a prototype')])
    expect(inspectPlainData(Object.create({ pain: 1 }))).toEqual([notPlain('must be plain data, not Object')])
    expect(inspectPlainData(Object.create(Object.create(Object.create(null))))).toEqual([notPlain('must be plain data, not an object with a prototype')])
    expect(inspectPlainData(/hip/)).toEqual([notPlain('must be plain data, not RegExp')])
    expect(inspectPlainData(new Uint8Array(2))).toEqual([notPlain('must be plain data, not Uint8Array')])
  })

  it('refuses a list whose prototype is not a list prototype', () => {
    class Results extends Array {}
    expect(inspectPlainData(Results.from([1]))).toEqual([notPlain('must be a plain list, not Results')])
    expect(inspectPlainData(Object.setPrototypeOf([1], {}))).toEqual([notPlain('must be a plain list, not Object')])
    expect(inspectPlainData(Object.setPrototypeOf([1], null))).toEqual([notPlain('must be a plain list, not an object with a prototype')])
    // A list whose prototype is itself a list built on Array.prototype: one level too many.
    expect(inspectPlainData(Object.setPrototypeOf([1], Object.setPrototypeOf([], Array.prototype)))).toEqual([
      notPlain('must be a plain list, not Array'),
    ])
  })

  it('names each value at its path, keys and indexes alike, and goes on to the next', () => {
    const input = { results: [{ movement: 'hip-bridge', pain: 10n }, { movement: Symbol('x') }], options: { catalog: () => [] }, today: '2026-11-02' }
    expect(inspectPlainData(input)).toEqual([
      notPlain('must be plain data, not a bigint', ['results', 0, 'pain']),
      notPlain('must be plain data, not a symbol', ['results', 1, 'movement']),
      notPlain('must be plain data, not a function', ['options', 'catalog']),
    ])
  })

  it('reports a cycle through a list at the place it closes', () => {
    const list: unknown[] = [1]
    list.push({ back: list })
    expect(inspectPlainData({ list })).toEqual([notPlain('refers back to itself', ['list', 1, 'back'])])
  })

  it('reports a hole in a list at its index, beside what else is wrong', () => {
    expect(inspectPlainData([1, , () => 3])).toEqual([
      { code: 'required', path: [1], message: 'is missing: the list has a hole here' },
      notPlain('must be plain data, not a function', [2]),
    ])
  })

  it('stops at a getter that throws, keeping the issues found before it', () => {
    const input = { early: 1n }
    Object.defineProperty(input, 'late', {
      enumerable: true,
      get: () => {
        throw new Error('no access')
      },
    })
    Object.assign(input, { later: 2n })
    expect(inspectPlainData(input)).toEqual([
      notPlain('must be plain data, not a bigint', ['early']),
      { code: 'unreadable', path: ['late'], message: 'could not be read (no access)' },
    ])
  })

  it('reads a thrown RangeError as unreadable, not as an input that is too large', () => {
    const input = Object.defineProperty({}, 'pain', {
      enumerable: true,
      get: () => {
        throw new RangeError('out of range')
      },
    })
    expect(inspectPlainData({ results: [input] })).toEqual([
      { code: 'unreadable', path: ['results', 0, 'pain'], message: 'could not be read (out of range)' },
    ])
  })

  it('reads a RangeError thrown while the count stands exactly at the most as unreadable, not as too many values', () => {
    const input = Object.defineProperty({ pain: 1 }, 'date', {
      enumerable: true,
      get: () => {
        throw new RangeError('out of range')
      },
    })
    // The object and its pain are two values, the most allowed; the getter throws before a third is counted.
    expect(inspectPlainData(input, limits({ maxValues: 2 }))).toEqual([
      { code: 'unreadable', path: ['date'], message: 'could not be read (out of range)' },
    ])
  })

  it('reads a thrown value that is not an Error by its type', () => {
    const input = Object.defineProperty({}, 'pain', {
      enumerable: true,
      get: () => {
        throw 42
      },
    })
    expect(inspectPlainData(input)).toEqual([{ code: 'unreadable', path: ['pain'], message: 'could not be read (number)' }])
  })
})

describe('inspectPlainData limits', () => {
  it('takes a list up to its longest, and refuses one item more', () => {
    const short = limits({ maxListLength: 2 })
    expect(inspectPlainData([1, 2], short)).toEqual([])
    expect(inspectPlainData({ results: [1, 2, 3] }, short)).toEqual([{ code: 'too_big', path: ['results'], message: 'must hold at most 2 items' }])
    // The default: a sparse list is measured by its length before any hole is looked at.
    expect(inspectPlainData(new Array(100_001))).toEqual([{ code: 'too_big', path: [], message: 'must hold at most 100000 items' }])
    expect(inspectPlainData(new Array(100_000))).toHaveLength(MAX_ISSUES)
  })

  it('takes an object up to its most keys, and refuses one key more', () => {
    const few = limits({ maxKeys: 2 })
    expect(inspectPlainData({ a: 1, b: 2 }, few)).toEqual([])
    expect(inspectPlainData({ options: { a: 1, b: 2, c: 3 } }, few)).toEqual([
      { code: 'too_big', path: ['options'], message: 'must have at most 2 fields' },
    ])
    const keys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`key${index}`, index]))
    expect(inspectPlainData(keys(1_000))).toEqual([])
    expect(inspectPlainData(keys(1_001))).toEqual([{ code: 'too_big', path: [], message: 'must have at most 1000 fields' }])
  })

  it('takes nesting down to its deepest level, and refuses one level more, whatever lies below', () => {
    const shallow = limits({ maxDepth: 2 })
    expect(inspectPlainData({ a: { b: {} } }, shallow)).toEqual([])
    expect(inspectPlainData({ a: { b: { c: 1 } } }, shallow)).toEqual([])
    expect(inspectPlainData({ a: { b: { c: {} } } }, shallow)).toEqual([
      { code: 'too_big', path: ['a', 'b', 'c'], message: 'is nested more than 2 levels deep' },
    ])
    expect(inspectPlainData(nested(32))).toEqual([])
    expect(inspectPlainData(nested(33))).toEqual([
      { code: 'too_big', path: Array<string>(33).fill('inner'), message: 'is nested more than 32 levels deep' },
    ])
  })

  it('counts every value, the containers included, and refuses the input as a whole past the most', () => {
    const few = limits({ maxValues: 3 })
    expect(inspectPlainData([1, 2], few)).toEqual([])
    expect(inspectPlainData({ list: [1, 2] }, few)).toEqual([{ code: 'too_big', path: [], message: 'holds more than 3 values' }])
    expect(inspectPlainData([1, 2, 3], few)).toEqual([{ code: 'too_big', path: [], message: 'holds more than 3 values' }])
  })

  it('stops counting at five million values by default, even when the lists are shared', () => {
    const long = Array<number>(100_000).fill(0)
    expect(inspectPlainData(Array<unknown>(50).fill(long))).toEqual([{ code: 'too_big', path: [], message: 'holds more than 5000000 values' }])
  })

  it(`lists at most ${MAX_ISSUES} issues, in a list or an object`, () => {
    const functions = Array.from({ length: MAX_ISSUES + 50 }, () => () => 0)
    const fromList = inspectPlainData(functions)
    expect(fromList).toHaveLength(MAX_ISSUES)
    expect(fromList.at(-1)).toEqual(notPlain('must be plain data, not a function', [MAX_ISSUES - 1]))
    const fromObject = inspectPlainData(Object.fromEntries(functions.map((value, index) => [`key${index}`, value])))
    expect(fromObject).toHaveLength(MAX_ISSUES)
    expect(fromObject.at(-1)).toEqual(notPlain('must be plain data, not a function', [`key${MAX_ISSUES - 1}`]))
  })
})

describe('inspectPlainData on values the engine made', () => {
  it('does not walk a value the engine marked as its own', () => {
    const own = markTrusted(Object.freeze({ read: () => 'never walked' }))
    expect(inspectPlainData({ catalog: own })).toEqual([])
    expect(inspectPlainData({ read: () => 'walked' })).toEqual([notPlain('must be plain data, not a function', ['read'])])
  })

  it('counts the built-in catalog as one value', () => {
    expect(inspectPlainData({ catalog: BUILT_IN_CATALOG }, limits({ maxValues: 2 }))).toEqual([])
  })

  it('still refuses a marked value nested deeper than allowed', () => {
    const own = markTrusted(Object.freeze({ inner: Object.freeze({}) }))
    expect(inspectPlainData({ a: own }, limits({ maxDepth: 1 }))).toEqual([])
    expect(inspectPlainData({ a: own }, limits({ maxDepth: 0 }))).toEqual([{ code: 'too_big', path: ['a'], message: 'is nested more than 0 levels deep' }])
  })
})

describe('describeError', () => {
  it('gives the message of an Error, or a string, cut at 200 characters', () => {
    expect(describeError(new Error('broken'))).toBe('broken')
    expect(describeError(new TypeError('x'.repeat(300)))).toBe('x'.repeat(200))
    expect(describeError('y'.repeat(300))).toBe('y'.repeat(200))
    expect(describeError('short')).toBe('short')
  })

  it('gives the message of an object that carries one as an Error does, and the type of any other thrown value', () => {
    expect(describeError({ message: 'not an Error' })).toBe('not an Error')
    expect(describeError({ message: 42 })).toBe('object')
    expect(describeError(42)).toBe('number')
    expect(describeError(undefined)).toBe('undefined')
    expect(describeError(null)).toBe('object')
  })

  it('says the error is unreadable when reading its message throws', () => {
    const error = new Error('hidden')
    Object.defineProperty(error, 'message', {
      get: () => {
        throw new Error('again')
      },
    })
    expect(describeError(error)).toBe('an unreadable error')
  })
})
