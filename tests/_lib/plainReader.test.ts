import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { readCalendarDate } from '../../src/_lib/readCalendarDate.js'
import {
  DEFER,
  readBoolean,
  readInt,
  readList,
  readLiteral,
  readMatch,
  readObject,
  readPositive,
  readString,
  readTagged,
  type Reader,
} from '../../src/_lib/plainReader.js'
import { parseWithReaders } from '../../src/_lib/parseWithReaders.js'
import { parseInput } from '../../src/_lib/parseInput.js'

/** What a reader makes of each value: the value it vouches for, or DEFER. */
const readAll = <Output>(reader: Reader<Output>, values: readonly unknown[]) => values.map((value) => reader(value))

describe('readInt', () => {
  it('vouches for whole numbers from min to max, both included, and defers anything else', () => {
    expect(readAll(readInt(1, 10), [1, 10, 5, 0, 11, 2.5, Number.NaN, '3', null, undefined])).toEqual([
      1, 10, 5, DEFER, DEFER, DEFER, DEFER, DEFER, DEFER, DEFER,
    ])
  })

  it('defers whole numbers too large to be exact, as zod refuses them', () => {
    expect(readAll(readInt(0, Number.MAX_VALUE), [2 ** 53 - 1, 2 ** 53, Number.POSITIVE_INFINITY])).toEqual([2 ** 53 - 1, DEFER, DEFER])
  })
})

describe('readPositive', () => {
  it('vouches for numbers above 0 up to max, and defers 0, the numbers past max and non-numbers', () => {
    expect(readAll(readPositive(500), [0.01, 500, 12.5, 0, -1, 500.01, Number.NaN, Number.POSITIVE_INFINITY, '5'])).toEqual([
      0.01, 500, 12.5, DEFER, DEFER, DEFER, DEFER, DEFER, DEFER,
    ])
  })
})

describe('readBoolean', () => {
  it('vouches for true and false only', () => {
    expect(readAll(readBoolean, [true, false, 0, 'true', null])).toEqual([true, false, DEFER, DEFER, DEFER])
  })
})

describe('readString', () => {
  it('vouches for strings of min to max characters, both included', () => {
    expect(readAll(readString(1, 3), ['a', 'abc', '', 'abcd', 3])).toEqual(['a', 'abc', DEFER, DEFER, DEFER])
  })
})

describe('readMatch', () => {
  it('vouches for strings that match the pattern', () => {
    expect(readAll(readMatch(/^\d\d:\d\d$/), ['08:00', '8:00', 800])).toEqual(['08:00', DEFER, DEFER])
  })

  it('defers values that are not strings, even those that read as a match once turned into one', () => {
    expect(readAll(readMatch(/^\d\d:\d\d$/), [['08:00'], [['23:59']]])).toEqual([DEFER, DEFER])
    expect(readAll(readMatch(/^\d+$/), [42, true])).toEqual([DEFER, DEFER])
  })
})

describe('readLiteral', () => {
  it('vouches for its one value', () => {
    expect(readAll(readLiteral('reps'), ['reps', 'hold', undefined])).toEqual(['reps', DEFER, DEFER])
  })
})

describe('readCalendarDate', () => {
  const read = readCalendarDate('1900-01-01', '2999-12-31')

  it('vouches for real dates within the range, both ends included', () => {
    expect(readAll(read, ['1900-01-01', '2999-12-31', '2026-11-02', '2026-01-31', '2026-04-30', '2026-12-31'])).toEqual([
      '1900-01-01',
      '2999-12-31',
      '2026-11-02',
      '2026-01-31',
      '2026-04-30',
      '2026-12-31',
    ])
  })

  it('defers dates outside the range, and anything not written YYYY-MM-DD', () => {
    expect(readAll(read, ['1899-12-31', '3000-01-01', '2026-1-02', '2026-11-02T00:00', ' 2026-11-02', 20261102, null])).toEqual(
      Array(7).fill(DEFER),
    )
  })

  it('defers a date written after other characters, even when the month and day places hold numbers', () => {
    // Within the range as a string, and reading 12 at the month's place and 15 at the day's.
    expect(read('2001112-15-10')).toBe(DEFER)
    expect(read('x2026-11-02')).toBe(DEFER)
  })

  it('defers months and days that do not exist', () => {
    expect(readAll(read, ['2026-00-10', '2026-13-01', '2026-01-00', '2026-01-32', '2026-04-31', '2026-06-31', '2026-02-29'])).toEqual(
      Array(7).fill(DEFER),
    )
  })

  it('takes 29 February in years divisible by 4, except centuries not divisible by 400', () => {
    expect(readAll(read, ['2024-02-29', '2000-02-29', '2400-02-29', '1900-02-29', '2100-02-29', '2026-02-28', '2024-02-30'])).toEqual([
      '2024-02-29',
      '2000-02-29',
      '2400-02-29',
      DEFER,
      DEFER,
      '2026-02-28',
      DEFER,
    ])
  })
})

describe('readObject', () => {
  const read = readObject([
    { key: 'movement', read: readString(1, 64) },
    { key: 'variant', read: readString(1, 64), optional: true },
    { key: 'pain', read: readInt(0, 10) },
  ])

  it('copies the fields in the order they are listed, leaving out an absent optional one', () => {
    const input = { pain: 2, variant: 'overhead', movement: 'kettlebell-walk' }
    const copy = read(input)
    expect(copy).toStrictEqual({ movement: 'kettlebell-walk', variant: 'overhead', pain: 2 })
    expect(Object.keys(copy as object)).toEqual(['movement', 'variant', 'pain'])
    expect(copy).not.toBe(input)
    expect(read({ movement: 'hip-bridge', pain: 0 })).toStrictEqual({ movement: 'hip-bridge', pain: 0 })
  })

  it('takes an object without a prototype', () => {
    expect(read(Object.assign(Object.create(null), { movement: 'hip-bridge', pain: 1 }))).toStrictEqual({ movement: 'hip-bridge', pain: 1 })
  })

  it('defers a missing field, a field its reader defers, and an unknown key', () => {
    expect(read({ movement: 'hip-bridge' })).toBe(DEFER)
    expect(read({ movement: 'hip-bridge', pain: 11 })).toBe(DEFER)
    expect(read({ movement: 'hip-bridge', variant: '', pain: 1 })).toBe(DEFER)
    expect(read({ movement: 'hip-bridge', pain: 1, note: 'x' })).toBe(DEFER)
  })

  it('defers an optional key that is present but undefined, which zod would keep', () => {
    expect(read({ movement: 'hip-bridge', variant: undefined, pain: 1 })).toBe(DEFER)
  })

  it('defers anything but a plain object', () => {
    class Result {
      movement = 'hip-bridge'
      pain = 1
    }
    expect(readAll(read, [new Result(), Object.create({ movement: 'hip-bridge', pain: 1 }), [], null, 'hip-bridge'])).toEqual(Array(5).fill(DEFER))
  })
})

describe('readTagged', () => {
  const read = readTagged('kind', {
    hold: readObject([
      { key: 'kind', read: readLiteral('hold') },
      { key: 'seconds', read: readInt(1, 60) },
    ]),
  })

  it('reads an object with the shape its tag names', () => {
    expect(read({ kind: 'hold', seconds: 20 })).toStrictEqual({ kind: 'hold', seconds: 20 })
    expect(read({ kind: 'hold', seconds: 0 })).toBe(DEFER)
  })

  it('picks no shape for a tag that is not a string, even one that names a shape once turned into a string', () => {
    // A shape that vouches for anything, so only the choice of shape decides.
    const anything = readTagged('kind', { hold: () => ({ kind: 'hold' }), 1: () => ({ kind: 1 }) })
    expect(readAll(anything, [{ kind: 'hold' }, { kind: ['hold'] }, { kind: 1 }])).toEqual([{ kind: 'hold' }, DEFER, DEFER])
  })

  it('defers an unknown tag, a tag that is not a string, a tag inherited from Object, and anything but a plain object', () => {
    expect(readAll(read, [{ kind: 'reps' }, { kind: 1 }, { kind: 'constructor' }, { kind: 'toString' }, {}, null, [{ kind: 'hold', seconds: 1 }]])).toEqual(
      Array(7).fill(DEFER),
    )
  })
})

describe('readList', () => {
  const read = readList(readInt(0, 10), 1, 3)

  it('copies a list of min to max items, each read by the item reader', () => {
    const input = [1, 2, 3]
    expect(read(input)).toEqual([1, 2, 3])
    expect(read(input)).not.toBe(input)
    expect(read([0])).toEqual([0])
  })

  it('defers a list too short or too long, one with an item the reader defers, and anything but a list', () => {
    expect(readAll(read, [[], [1, 2, 3, 4], [1, 11], { 0: 1, length: 1 }, '1'])).toEqual(Array(5).fill(DEFER))
  })
})

describe('parseWithReaders', () => {
  const schema = z.strictObject({
    today: z.iso.date(),
    results: z.array(z.strictObject({ pain: z.int().min(0).max(10) })).max(3),
    note: z.string().optional(),
  })
  const parse = parseWithReaders(schema, { results: readList(readObject([{ key: 'pain', read: readInt(0, 10) }]), 0, 3) })

  it("gives zod's output, in the schema's key order, with the read fields in place", () => {
    const input = { results: [{ pain: 1 }], today: '2026-11-02' }
    const parsed = parse(input, [])
    expect(parsed).toStrictEqual({ _tag: 'Right', right: { today: '2026-11-02', results: [{ pain: 1 }] } })
    expect(Object.keys((parsed as { right: object }).right)).toEqual(['today', 'results'])
    expect(parsed).toStrictEqual(parseInput(schema, input))
    // The read fields are the readers' copies, not the caller's lists.
    expect((parsed as { right: { results: unknown } }).right.results).not.toBe(input.results)
  })

  it("gives zod's issues, under the prefix, when a read field is not plainly well formed", () => {
    expect(parse({ today: '2026-11-02', results: [{ pain: 11 }] }, ['assessment'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: ['assessment', 'results', 0, 'pain'], message: 'must be at most 10' }],
    })
  })

  it("gives zod's issues when the rest of the object is wrong, the read fields being fine", () => {
    expect(parse({ today: '2026-02-30', results: [], extra: 1 }, [])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'invalid_format', path: ['today'], message: 'must be a calendar date written YYYY-MM-DD' },
        { code: 'unknown_key', path: ['extra'], message: 'is not a known field' },
      ],
    })
  })

  it('asks zod about anything but a plain object', () => {
    expect(parse([], ['input'])).toEqual(parseInput(schema, [], ['input']))
    expect(parse(null, [])._tag).toBe('Left')
  })

  it('asks zod when a read field is missing, even if its reader would vouch for nothing', () => {
    const lenient = parseWithReaders(schema, { results: () => [] })
    expect(lenient({ today: '2026-11-02' }, [])).toEqual({ _tag: 'Left', left: [{ code: 'required', path: ['results'], message: 'is required' }] })
    // An optional field left out stays out, whatever its reader would vouch for.
    const inventive = parseWithReaders(schema, { note: () => 'made up' })
    expect(inventive({ today: '2026-11-02', results: [] }, [])).toStrictEqual({ _tag: 'Right', right: { today: '2026-11-02', results: [] } })
  })

  it('reads an optional field by hand when it is there, and leaves one there but undefined to zod, which keeps it', () => {
    const shouting = parseWithReaders(schema, { note: (value) => (typeof value === 'string' ? value.toUpperCase() : DEFER) })
    expect(shouting({ today: '2026-11-02', results: [], note: 'hi' }, [])).toStrictEqual({ _tag: 'Right', right: { today: '2026-11-02', results: [], note: 'HI' } })
    const undefinedNote = { today: '2026-11-02', results: [], note: undefined }
    expect(shouting(undefinedNote, [])).toStrictEqual(parseInput(schema, undefinedNote))
    expect(Object.keys((shouting(undefinedNote, []) as { right: object }).right)).toEqual(['today', 'results', 'note'])
  })

  it('answers an unreadable value in the rest of the object with an issue, not a throw', () => {
    const unreadable: unknown = JSON.parse('{"length":{"toString":[],"valueOf":null}}')
    const schemaWithName = z.strictObject({ name: z.string().min(1), results: z.array(z.int()) })
    const parseName = parseWithReaders(schemaWithName, { results: readList(readInt(0, 10), 0, 3) })
    expect(parseName({ name: unreadable, results: [] }, ['input'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'unreadable', path: ['input'], message: 'could not be read (Cannot convert object to primitive value)' }],
    })
  })
})
