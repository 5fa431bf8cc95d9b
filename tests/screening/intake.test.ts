import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { INPUT_LIMITS, IntakeSchema, NO_RED_FLAGS, RED_FLAGS } from '../../src/index.js'

const issuesOf = (input: unknown) => {
  const result = parseInput(IntakeSchema, input)
  return result._tag === 'Left' ? result.left : []
}

describe('IntakeSchema', () => {
  it(`takes whole ages from 0 to ${INPUT_LIMITS.age}`, () => {
    expect(issuesOf({ age: 0, redFlags: NO_RED_FLAGS })).toEqual([])
    expect(issuesOf({ age: 120, redFlags: NO_RED_FLAGS })).toEqual([])
    expect(issuesOf({ age: -1, redFlags: NO_RED_FLAGS })).toEqual([{ code: 'too_small', path: ['age'], message: 'must be at least 0' }])
    expect(issuesOf({ age: 121, redFlags: NO_RED_FLAGS })).toEqual([{ code: 'too_big', path: ['age'], message: 'must be at most 120' }])
    expect(issuesOf({ age: 38.5, redFlags: NO_RED_FLAGS })).toEqual([{ code: 'invalid_type', path: ['age'], message: 'must be a whole number' }])
  })

  it('never takes an unanswered red flag as "no"', () => {
    for (const { id } of RED_FLAGS) {
      const { [id]: _unanswered, ...rest } = NO_RED_FLAGS
      expect(issuesOf({ age: 38, redFlags: rest })).toEqual([
        { code: 'required', path: ['redFlags', id], message: 'must be answered true or false: an unanswered red flag is never taken as "no"' },
      ])
    }
  })

  it('takes only true or false as an answer', () => {
    expect(issuesOf({ age: 38, redFlags: { ...NO_RED_FLAGS, trauma: 1, fever: 'no' } })).toEqual([
      { code: 'invalid_type', path: ['redFlags', 'trauma'], message: 'must be true or false' },
      { code: 'invalid_type', path: ['redFlags', 'fever'], message: 'must be true or false' },
    ])
  })

  it('refuses an unknown red flag and an unknown field of the intake', () => {
    expect(issuesOf({ age: 38, redFlags: { ...NO_RED_FLAGS, headache: true }, name: 'x' })).toEqual([
      { code: 'unknown_key', path: ['redFlags', 'headache'], message: 'is not a known field' },
      { code: 'unknown_key', path: ['name'], message: 'is not a known field' },
    ])
  })

  it('takes the STarT Back answers as optional', () => {
    const startBack = { items: [true, false, false, false, false, false, false, false], bothersomeness: 'slightly' }
    expect(issuesOf({ age: 38, redFlags: NO_RED_FLAGS, startBack })).toEqual([])
    expect(issuesOf({ age: 38, redFlags: NO_RED_FLAGS, startBack: { ...startBack, extra: 1 } })).toEqual([
      { code: 'unknown_key', path: ['startBack', 'extra'], message: 'is not a known field' },
    ])
  })
})
