import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { RULES, ReasonSchema, type Reason } from '../../src/index.js'
import { MAX_REASONS, reasonList } from '../../src/shared/reason.js'

const reason: Reason = { rule: 'red-flag', message: 'A sign that needs a check.', value: 'fever', source: 'NICE NG59' }

describe('ReasonSchema', () => {
  it('takes a reason citing any rule id, with only a rule and a message required', () => {
    for (const rule of Object.keys(RULES)) expect(ReasonSchema.safeParse({ rule, message: 'Why.' }).success).toBe(true)
    expect(
      ReasonSchema.safeParse({ ...reason, movement: 'kettlebell-walk', variant: 'overhead', date: '2026-11-02', limit: 3 }).success,
    ).toBe(true)
  })

  it('refuses a rule that is not in RULES, an empty message and an unknown field', () => {
    expect(ReasonSchema.safeParse({ ...reason, rule: 'made-up' }).success).toBe(false)
    expect(ReasonSchema.safeParse({ ...reason, message: '' }).success).toBe(false)
    expect(ReasonSchema.safeParse({ ...reason, note: 'x' }).success).toBe(false)
  })

  it('takes a value that is a number, a string, a boolean or a list of up to 400 strings', () => {
    for (const value of [3, 'fever', true, [], Array<string>(400).fill('hip-bridge')]) expect(ReasonSchema.safeParse({ ...reason, value }).success).toBe(true)
    expect(parseInput(ReasonSchema, { ...reason, value: Array<string>(401).fill('hip-bridge') })._tag).toBe('Left')
    expect(ReasonSchema.safeParse({ ...reason, value: { id: 'x' } }).success).toBe(false)
  })

  it('bounds the length of each text', () => {
    expect(ReasonSchema.safeParse({ ...reason, message: 'x'.repeat(2_000) }).success).toBe(true)
    expect(ReasonSchema.safeParse({ ...reason, message: 'x'.repeat(2_001) }).success).toBe(false)
    expect(ReasonSchema.safeParse({ ...reason, source: 'x'.repeat(300) }).success).toBe(true)
    expect(ReasonSchema.safeParse({ ...reason, source: 'x'.repeat(301) }).success).toBe(false)
    expect(ReasonSchema.safeParse({ ...reason, value: 'x'.repeat(201) }).success).toBe(false)
    expect(ReasonSchema.safeParse({ ...reason, movement: 'x'.repeat(65) }).success).toBe(false)
  })
})

describe('reasonList', () => {
  it(`takes an empty list unless a minimum is asked, and at most ${MAX_REASONS} reasons`, () => {
    expect(reasonList().safeParse([]).success).toBe(true)
    expect(parseInput(reasonList(1), [])).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: 'must hold at least 1 item(s)' }] })
    expect(reasonList(1).safeParse([reason]).success).toBe(true)
    expect(reasonList().safeParse(Array<Reason>(MAX_REASONS).fill(reason)).success).toBe(true)
    expect(reasonList().safeParse(Array<Reason>(MAX_REASONS + 1).fill(reason)).success).toBe(false)
  })
})
