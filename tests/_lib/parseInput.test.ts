import fc from 'fast-check'
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { customIssue, parseInput } from '../../src/_lib/parseInput.js'
import { MAX_ISSUES, type InputIssue } from '../../src/_lib/issues.js'
import { InputIssueSchema } from '../../src/index.js'
import { anyJson } from '../arbitraries/json.js'

const issuesOf = (schema: z.ZodType, input: unknown, prefix: readonly PropertyKey[] = []): readonly InputIssue[] => {
  const result = parseInput(schema, input, prefix)
  if (result._tag === 'Right') throw new Error(`expected issues, got ${JSON.stringify(result.right)}`)
  return result.left
}

/** The one issue a value gives at the root: its code and message. */
const only = (schema: z.ZodType, input: unknown) => {
  const [issue, ...rest] = issuesOf(schema, input)
  expect(rest).toEqual([])
  return issue === undefined ? undefined : { code: issue.code, message: issue.message }
}

describe('parseInput on a valid value', () => {
  it("gives zod's output", () => {
    expect(parseInput(z.strictObject({ pain: z.int() }), { pain: 3 })).toEqual({ _tag: 'Right', right: { pain: 3 } })
    expect(parseInput(z.string().transform((text) => text.length), 'four')).toEqual({ _tag: 'Right', right: 4 })
  })
})

describe('parseInput messages and codes', () => {
  it('says a missing value is required', () => {
    expect(only(z.string(), undefined)).toEqual({ code: 'required', message: 'is required' })
    expect(issuesOf(z.strictObject({ today: z.string() }), {})).toEqual([{ code: 'required', path: ['today'], message: 'is required' }])
  })

  it('calls a value of the wrong type invalid_type, naming the expected type in words', () => {
    expect(only(z.int(), 2.5)).toEqual({ code: 'invalid_type', message: 'must be a whole number' })
    expect(only(z.array(z.int()), {})).toEqual({ code: 'invalid_type', message: 'must be a list' })
    expect(only(z.strictObject({}), [])).toEqual({ code: 'invalid_type', message: 'must be an object' })
    expect(only(z.strictObject({}), null)).toEqual({ code: 'invalid_type', message: 'must be an object' })
    expect(only(z.boolean(), 1)).toEqual({ code: 'invalid_type', message: 'must be a boolean' })
    expect(only(z.string(), 1)).toEqual({ code: 'invalid_type', message: 'must be a string' })
    expect(only(z.number(), 'x')).toEqual({ code: 'invalid_type', message: 'must be a number' })
  })

  it('tells a key present with the wrong type from a missing one', () => {
    expect(issuesOf(z.strictObject({ today: z.string() }), { today: 1 })).toEqual([
      { code: 'invalid_type', path: ['today'], message: 'must be a string' },
    ])
    expect(issuesOf(z.strictObject({ today: z.string() }), { today: undefined })).toEqual([
      { code: 'required', path: ['today'], message: 'is required' },
    ])
  })

  it('says how many items a list or set needs, at least and at most', () => {
    expect(only(z.array(z.int()).min(2), [1])).toEqual({ code: 'too_small', message: 'must hold at least 2 item(s)' })
    expect(only(z.array(z.int()).max(1), [1, 2])).toEqual({ code: 'too_big', message: 'must hold at most 1 items' })
    expect(only(z.set(z.int()).min(2), new Set([1]))).toEqual({ code: 'too_small', message: 'must hold at least 2 item(s)' })
    expect(only(z.set(z.int()).max(1), new Set([1, 2]))).toEqual({ code: 'too_big', message: 'must hold at most 1 items' })
  })

  it('says how long a string must be, and that it must not be empty', () => {
    expect(only(z.string().min(1), '')).toEqual({ code: 'too_small', message: 'must not be empty' })
    expect(only(z.string().min(3), 'ab')).toEqual({ code: 'too_small', message: 'must be at least 3 characters' })
    expect(only(z.string().max(2), 'abc')).toEqual({ code: 'too_big', message: 'must be at most 2 characters' })
  })

  it('tells an inclusive bound of a number from a strict one', () => {
    expect(only(z.number().min(0), -1)).toEqual({ code: 'too_small', message: 'must be at least 0' })
    expect(only(z.number().positive(), 0)).toEqual({ code: 'too_small', message: 'must be more than 0' })
    expect(only(z.number().max(10), 11)).toEqual({ code: 'too_big', message: 'must be at most 10' })
    expect(only(z.number().lt(10), 10)).toEqual({ code: 'too_big', message: 'must be less than 10' })
  })

  it('says how to write a calendar date, or a date and time, and keeps the message of any other format', () => {
    expect(only(z.iso.date(), '2026-02-30')).toEqual({ code: 'invalid_format', message: 'must be a calendar date written YYYY-MM-DD' })
    expect(only(z.iso.datetime({ offset: true }), '2026-11-02 08:00')).toEqual({
      code: 'invalid_format',
      message: 'must be a date and time written YYYY-MM-DDTHH:mm:ss with an offset (Z or +01:00)',
    })
    expect(only(z.email(), 'someone')).toEqual({ code: 'invalid_format', message: 'Invalid email address' })
    expect(only(z.string().regex(/^a+$/, { message: 'must be only the letter a' }), 'b')).toEqual({
      code: 'invalid_format',
      message: 'must be only the letter a',
    })
  })

  it('says a string is not in the expected form when its pattern has no message of its own', () => {
    expect(only(z.string().regex(/^a+$/), 'b')).toEqual({ code: 'invalid_format', message: 'is not in the expected form' })
  })

  it('lists the allowed values', () => {
    expect(only(z.enum(['low', 'high']), 'medium')).toEqual({ code: 'invalid_value', message: 'must be one of "low", "high"' })
    expect(only(z.literal(3), 4)).toEqual({ code: 'invalid_value', message: 'must be one of 3' })
  })

  it('says a value matches none of the shapes of a union', () => {
    expect(only(z.union([z.string(), z.number()]), true)).toEqual({ code: 'invalid_union', message: 'does not match any accepted shape' })
    const tagged = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })])
    expect(issuesOf(tagged, { kind: 'c' })).toEqual([{ code: 'invalid_union', path: ['kind'], message: 'does not match any accepted shape' }])
  })

  it('gives one issue per unknown key, each at its own path', () => {
    expect(issuesOf(z.strictObject({ a: z.int() }), { a: 1, b: 2, c: 3 }, ['options'])).toEqual([
      { code: 'unknown_key', path: ['options', 'b'], message: 'is not a known field' },
      { code: 'unknown_key', path: ['options', 'c'], message: 'is not a known field' },
    ])
  })

  it('takes the code of a check of our own from its params, and calls any other custom check inconsistent', () => {
    const ordered = z.strictObject({ from: z.int(), to: z.int() }).superRefine((range, context) => {
      if (range.from > range.to) context.addIssue(customIssue('too_big', ['from'], 'must not be after to'))
    })
    expect(issuesOf(ordered, { from: 3, to: 1 })).toEqual([{ code: 'too_big', path: ['from'], message: 'must not be after to' }])
    expect(issuesOf(z.int().refine((value) => value % 2 === 0, { message: 'must be even' }), 3)).toEqual([
      { code: 'inconsistent', path: [], message: 'must be even' },
    ])
    expect(issuesOf(z.int().refine(() => false, { message: 'never', params: { code: 7 } }), 3)).toEqual([
      { code: 'inconsistent', path: [], message: 'never' },
    ])
  })

  it('keeps the code of a failed check on an undefined value, rather than calling the value required', () => {
    const given = z.unknown().refine((value) => value !== undefined, { message: 'must be given' })
    expect(issuesOf(given, undefined)).toEqual([{ code: 'inconsistent', path: [], message: 'must be given' }])
    expect(issuesOf(z.strictObject({ to: given }), { to: undefined })).toEqual([{ code: 'inconsistent', path: ['to'], message: 'must be given' }])
    expect(issuesOf(z.array(given), [1, undefined])).toEqual([{ code: 'inconsistent', path: [1], message: 'must be given' }])
  })

  it("keeps zod's message and calls the value invalid for any other kind of issue", () => {
    expect(only(z.number().multipleOf(2), 3)).toEqual({ code: 'invalid_value', message: 'Invalid number: must be a multiple of 2' })
  })
})

describe('customIssue', () => {
  it('carries our code in its params, with a copy of the path', () => {
    const path = ['ladder', 0]
    const made = customIssue('duplicate', path, 'repeats an earlier rung')
    expect(made).toEqual({ code: 'custom', path: ['ladder', 0], message: 'repeats an earlier rung', params: { code: 'duplicate' } })
    expect(made.path).not.toBe(path)
  })
})

describe('parseInput paths', () => {
  it('gives paths as lists of keys and indexes, under the prefix', () => {
    const schema = z.strictObject({ results: z.array(z.strictObject({ pain: z.int().max(10) })) })
    expect(issuesOf(schema, { results: [{ pain: 1 }, { pain: 11 }] }, ['assessment'])).toEqual([
      { code: 'too_big', path: ['assessment', 'results', 1, 'pain'], message: 'must be at most 10' },
    ])
    expect(issuesOf(z.int().max(10), 11, ['intake', 'age'])).toEqual([{ code: 'too_big', path: ['intake', 'age'], message: 'must be at most 10' }])
  })
})

describe('parseInput limits', () => {
  it(`lists at most ${MAX_ISSUES} of zod's issues`, () => {
    const result = issuesOf(z.array(z.int().max(0)), Array<number>(MAX_ISSUES + 50).fill(1))
    expect(result).toHaveLength(MAX_ISSUES)
    expect(result.at(-1)).toEqual({ code: 'too_big', path: [MAX_ISSUES - 1], message: 'must be at most 0' })
  })
})

describe('parseInput never throws', () => {
  it('answers a value zod cannot read with one unreadable issue at the prefix', () => {
    const unreadable: unknown = JSON.parse('{"length":{"toString":[],"valueOf":null}}')
    expect(parseInput(z.string().min(1), unreadable, ['options'])).toEqual({
      _tag: 'Left',
      left: [{ code: 'unreadable', path: ['options'], message: 'could not be read (Cannot convert object to primitive value)' }],
    })
  })

  it('keeps the issues of the first parse when a second one would pass', () => {
    // A check that fails once and then passes stands for an input that changes between two reads.
    let calls = 0
    const flaky = z.string().refine(() => calls++ > 0, { message: 'failed the first time' })
    expect(parseInput(flaky, 'x')).toEqual({ _tag: 'Left', left: [{ code: 'inconsistent', path: [], message: 'failed the first time' }] })
    expect(calls).toBe(2)
  })

  it('answers any JSON value against a strict schema with a value or issues of the public shape', () => {
    const schema = z.strictObject({ date: z.iso.date(), results: z.array(z.strictObject({ movement: z.string(), pain: z.int().min(0).max(10) })) })
    fc.assert(
      fc.property(anyJson, (input) => {
        const result = parseInput(schema, input)
        if (result._tag === 'Left') for (const issue of result.left) expect(InputIssueSchema.safeParse(issue).success).toBe(true)
        else expect(schema.safeParse(input).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
