import { describe, expect, it } from 'vitest'
import { invalidInput, issueAt, MAX_ISSUES, showPath, type InputIssue } from '../../src/_lib/issues.js'
import { NO_RED_FLAGS, screenIntake, type IntakeInput } from '../../src/index.js'

const issue = (index: number): InputIssue => ({ code: 'invalid_value', path: ['results', index], message: `problem ${index}` })
const issues = (count: number): InputIssue[] => Array.from({ length: count }, (_, index) => issue(index))

describe('issueAt', () => {
  it('keeps indexes as numbers and keys as strings, and writes any other key as a string', () => {
    expect(issueAt('too_big', ['results', 2, 'pain'], 'must be at most 10')).toEqual({
      code: 'too_big',
      path: ['results', 2, 'pain'],
      message: 'must be at most 10',
    })
    expect(issueAt('unknown_key', [Symbol('odd')], 'is not a known field').path).toEqual(['Symbol(odd)'])
    expect(issueAt('required', [], 'is required').path).toEqual([])
  })

  it('copies the path, so a later change to the caller\'s list does not move the issue', () => {
    const path: (string | number)[] = ['results', 0]
    const made = issueAt('required', path, 'is required')
    path.push('pain')
    expect(made.path).toEqual(['results', 0])
  })
})

describe('invalidInput', () => {
  it(`lists up to ${MAX_ISSUES} issues as they are, in a list of its own`, () => {
    const all = issues(MAX_ISSUES)
    const result = invalidInput(all)
    expect(result).toEqual({ _tag: 'InvalidInput', issues: all })
    expect(result.issues).not.toBe(all)
    expect(invalidInput([issue(0)])).toEqual({ _tag: 'InvalidInput', issues: [issue(0)] })
  })

  it(`past ${MAX_ISSUES}, keeps the first ones and sums up the rest in one last issue`, () => {
    expect(invalidInput(issues(MAX_ISSUES + 1))).toEqual({
      _tag: 'InvalidInput',
      issues: [...issues(MAX_ISSUES - 1), { code: 'too_big', path: [], message: 'has 2 more problems not listed' }],
    })
    const many = invalidInput(issues(1_000))
    expect(many.issues).toHaveLength(MAX_ISSUES)
    expect(many.issues.at(-1)).toEqual({ code: 'too_big', path: [], message: `has ${1_000 - MAX_ISSUES + 1} more problems not listed` })
  })

  it('caps the issues a public function gives, however many fields are wrong', () => {
    const unknown = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`extra${index}`, true]))
    const result = screenIntake({ age: 38, redFlags: NO_RED_FLAGS, ...unknown } as IntakeInput)
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      ...Array.from({ length: MAX_ISSUES - 1 }, (_, index) => ({ code: 'unknown_key', path: [`extra${index}`], message: 'is not a known field' })),
      { code: 'too_big', path: [], message: 'has 51 more problems not listed' },
    ])
  })
})

describe('showPath', () => {
  it('joins the keys and indexes with dots, and names the root as the input', () => {
    expect(showPath(['results', 2, 'pain'])).toBe('results.2.pain')
    expect(showPath(['today'])).toBe('today')
    expect(showPath([])).toBe('(input)')
  })
})
