import { test } from '@fast-check/vitest'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Either } from 'fp-ts/lib/Either.js'
import {
  RED_FLAGS,
  ScreeningSchema,
  InvalidInputSchema,
  screenIntake,
  type Cleared,
  type Intake,
  type InvalidInput,
  type Referral,
  type Screening,
  type StartBack,
} from '../../src/index.js'
import { intakeArbitrary, noRedFlags } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }
const intake = (overrides: Partial<Intake> = {}): Intake => ({ age: 38, redFlags: noRedFlags(), ...overrides })

const screening = (input: unknown) => {
  const result = screenIntake(input as Intake)
  if (result._tag !== 'Right') throw new Error(`expected a screening, got ${JSON.stringify(result)}`)
  return result.right
}

const CAUDA_EQUINA = [
  'bladder-or-bowel-change',
  'saddle-numbness',
  'sexual-dysfunction',
  'progressive-leg-weakness',
  'bilateral-leg-symptoms',
  'gait-disturbance',
]

describe('screenIntake: red flags (domain section 3)', () => {
  it('knows exactly the eighteen red-flag questions', () => {
    expect(RED_FLAGS.map((flag) => flag.id)).toEqual([
      ...CAUDA_EQUINA,
      'trauma',
      'minor-trauma-with-bone-risk',
      'deformity',
      'history-of-cancer',
      'unexplained-weight-loss',
      'night-pain',
      'no-improvement-after-a-month',
      'fever',
      'immunosuppression',
      'iv-drug-use',
      'recent-bacterial-infection',
      'penetrating-wound',
    ])
  })

  it.each(RED_FLAGS.map((flag) => [flag.id, flag.urgency] as const))('refers on %s (%s)', (id, urgency) => {
    const result = screening(intake({ redFlags: { ...noRedFlags(), [id]: true } }))
    expect(result).toMatchObject({ _tag: 'Referral', urgency, flags: [id] })
    expect(result._tag === 'Referral' && result.reasons).toEqual([expect.objectContaining({ rule: 'red-flag', value: id })])
  })

  it('refers the cauda equina signs as an emergency, and no other sign', () => {
    expect(RED_FLAGS.filter((flag) => flag.urgency === 'emergency').map((flag) => flag.id)).toEqual(CAUDA_EQUINA)
    const result = screening(intake({ redFlags: { ...noRedFlags(), 'saddle-numbness': true } }))
    expect(result._tag === 'Referral' && result.advice).toMatch(/emergency department now/)
  })

  it('takes the most urgent flag when several are present, and lists them all', () => {
    const result = screening(
      intake({ age: 60, redFlags: { ...noRedFlags(), 'no-improvement-after-a-month': true, fever: true, 'gait-disturbance': true } }),
    )
    expect(result).toMatchObject({
      _tag: 'Referral',
      urgency: 'emergency',
      flags: ['gait-disturbance', 'no-improvement-after-a-month', 'fever', 'age-under-20-or-over-50'],
    })
  })

  it.each([
    [19, 'Referral'],
    [20, 'Cleared'],
    [50, 'Cleared'],
    [51, 'Referral'],
  ])('treats back pain at age %i as %s (new pain under 20 or over 50)', (age, tag) => {
    const result = screening(intake({ age }))
    expect(result._tag).toBe(tag)
    if (result._tag === 'Referral') expect(result).toMatchObject({ urgency: 'routine', flags: ['age-under-20-or-over-50'] })
  })

  it('never takes an unanswered red flag as "no"', () => {
    const { fever: _fever, ...unanswered } = noRedFlags()
    expect(screenIntake(intake({ redFlags: unanswered as Intake['redFlags'] }))).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [{ path: 'redFlags.fever', message: 'must be answered true or false: an unanswered red flag is never taken as "no"' }],
      },
    })
  })

  it('refuses unknown red flags, answers that are not booleans and impossible ages', () => {
    const result = screenIntake({ age: 121, redFlags: { ...noRedFlags(), fever: 'no', headache: true } } as unknown as Intake)
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: 'age', message: 'must be at most 120' },
      { path: 'redFlags.fever', message: 'must be true or false' },
      { path: 'redFlags.headache', message: 'is not a known field' },
    ])
  })

  test.prop([intakeArbitrary], RUNS)('refers whenever any red flag is present, whatever else is answered', (anyIntake) => {
    const result = screening(anyIntake)
    const flagged = Object.values(anyIntake.redFlags).some(Boolean) || anyIntake.age < 20 || anyIntake.age > 50
    expect(result._tag).toBe(flagged ? 'Referral' : 'Cleared')
  })
})

const startBack = (yes: readonly number[], bothersomeness: StartBack['bothersomeness'] = 'not-at-all'): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})

const risk = (answers: StartBack) => {
  const result = screening(intake({ startBack: answers }))
  return result._tag === 'Cleared' ? result.risk : 'referred'
}

describe('screenIntake: STarT Back risk (Keele tool)', () => {
  it('is unknown when the tool was not answered', () => {
    expect(screening(intake())).toMatchObject({ _tag: 'Cleared', risk: 'unknown' })
  })

  it('is low at a total of 3 and medium at 4', () => {
    expect(risk(startBack([1, 2, 3]))).toBe('low')
    expect(risk(startBack([1, 2, 3, 4]))).toBe('medium')
  })

  it('counts bothersomeness only as "very much" or "extremely"', () => {
    expect(risk(startBack([1, 2, 3], 'moderately'))).toBe('low')
    expect(risk(startBack([1, 2, 3], 'very-much'))).toBe('medium')
    expect(risk(startBack([1, 2, 3], 'extremely'))).toBe('medium')
  })

  it('is medium at a psychosocial subscale of 3 and high at 4', () => {
    expect(risk(startBack([1, 5, 6, 7]))).toBe('medium')
    expect(risk(startBack([5, 6, 7, 8]))).toBe('high')
    expect(risk(startBack([5, 6, 7], 'extremely'))).toBe('high')
    expect(risk(startBack([1, 2, 3, 4, 5, 6, 7]))).toBe('medium')
  })

  it('explains the scores and asks for a clinician at high risk', () => {
    const result = screening(intake({ startBack: startBack([5, 6, 7, 8], 'very-much') }))
    expect(result._tag === 'Cleared' && result.reasons).toEqual([
      expect.objectContaining({ rule: 'red-flags-clear' }),
      expect.objectContaining({ rule: 'start-back-total', value: 5, limit: 3 }),
      expect.objectContaining({ rule: 'start-back-psychosocial', value: 5, limit: 4 }),
      expect.objectContaining({ rule: 'start-back-high-risk' }),
    ])
  })

  it('refuses anything but eight answers and a known bothersomeness', () => {
    const result = screenIntake(intake({ startBack: { items: [true, false], bothersomeness: 'a-lot' } as unknown as StartBack }))
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: 'startBack.items', message: 'must be a list of exactly 8 true/false answers, items 1-8 in order' },
      {
        path: 'startBack.bothersomeness',
        message: 'must be one of "not-at-all", "slightly", "moderately", "very-much", "extremely"',
      },
    ])
  })
})

describe('screenIntake properties', () => {
  test.prop([intakeArbitrary], RUNS)('is deterministic, leaves its input unchanged and passes its own schema', (anyIntake) => {
    expect(expectPure(screenIntake, anyIntake, ScreeningSchema)._tag).toBe('Right')
  })

  test.prop([anyJson], RUNS)('answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = screenIntake(input as Intake)
    expect(result._tag).toBe('Left')
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('screenIntake types', () => {
  it('requires every red flag at compile time as well as at run time', () => {
    const { fever: _fever, ...withoutFever } = noRedFlags()
    // @ts-expect-error: an intake without an answer for `fever` does not type-check
    const missing: Intake = { age: 40, redFlags: withoutFever }
    expect(screenIntake(missing)._tag).toBe('Left')
    expectTypeOf<Screening>().toEqualTypeOf<Cleared | Referral>()
    expectTypeOf<Referral['urgency']>().toEqualTypeOf<'emergency' | 'soon' | 'routine'>()
    expectTypeOf<Cleared['risk']>().toEqualTypeOf<'low' | 'medium' | 'high' | 'unknown'>()
    expectTypeOf(screenIntake).returns.toEqualTypeOf<Either<InvalidInput, Screening>>()
  })
})
