import { describe, expect, it } from 'vitest'
import { ISSUE_CODES, MAX_ISSUES } from '../../src/_lib/issues.js'
import { InputIssueSchema, InvalidInputSchema, IssueCodeSchema, type InputIssue } from '../../src/index.js'

const issue: InputIssue = { code: 'too_big', path: ['results', 2, 'pain'], message: 'must be at most 10' }

describe('IssueCodeSchema', () => {
  it('takes every code the engine gives, and no other', () => {
    for (const code of ISSUE_CODES) expect(IssueCodeSchema.safeParse(code).success).toBe(true)
    // The codes the public documentation of IssueCode lists, which apps switch on.
    const documented = ['required', 'invalid_type', 'not_plain_data', 'unreadable', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_union', 'unknown_key', 'not_in_catalog', 'duplicate', 'after_today', 'inconsistent']
    expect([...ISSUE_CODES].sort()).toEqual([...documented].sort())
    expect(IssueCodeSchema.safeParse('custom').success).toBe(false)
  })
})

describe('InputIssueSchema', () => {
  it('takes a path of keys and non-negative whole indexes, empty for the input itself', () => {
    expect(InputIssueSchema.safeParse(issue).success).toBe(true)
    expect(InputIssueSchema.safeParse({ ...issue, path: [] }).success).toBe(true)
    expect(InputIssueSchema.safeParse({ ...issue, path: ['results', -1] }).success).toBe(false)
    expect(InputIssueSchema.safeParse({ ...issue, path: ['results', 1.5] }).success).toBe(false)
    expect(InputIssueSchema.safeParse({ ...issue, path: 'results.2.pain' }).success).toBe(false)
  })

  it('holds a path to 64 steps and needs a message', () => {
    expect(InputIssueSchema.safeParse({ ...issue, path: Array<number>(64).fill(0) }).success).toBe(true)
    expect(InputIssueSchema.safeParse({ ...issue, path: Array<number>(65).fill(0) }).success).toBe(false)
    expect(InputIssueSchema.safeParse({ ...issue, message: '' }).success).toBe(false)
  })
})

describe('InvalidInputSchema', () => {
  it(`holds 1 to ${MAX_ISSUES} issues`, () => {
    expect(InvalidInputSchema.safeParse({ _tag: 'InvalidInput', issues: [issue] }).success).toBe(true)
    expect(InvalidInputSchema.safeParse({ _tag: 'InvalidInput', issues: Array<InputIssue>(MAX_ISSUES).fill(issue) }).success).toBe(true)
    expect(InvalidInputSchema.safeParse({ _tag: 'InvalidInput', issues: Array<InputIssue>(MAX_ISSUES + 1).fill(issue) }).success).toBe(false)
    expect(InvalidInputSchema.safeParse({ _tag: 'InvalidInput', issues: [] }).success).toBe(false)
  })
})
