import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Either } from 'fp-ts/lib/Either.js'
import {
  InvalidInputSchema,
  NO_RED_FLAGS,
  RED_FLAGS,
  ScreeningSchema,
  screenIntake,
  type Cleared,
  type IntakeInput,
  type InvalidInput,
  type RedFlagId,
  type Referral,
  type Screening,
  type StartBack,
  type Urgency,
} from '../../src/index.js'
import { hasRedFlag, intakeArbitrary, noRedFlags } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'
import { prototypeIsClean } from '../support/hostile.js'

const RED_FLAG_SOURCE = 'NICE guideline NG59 rec. 1.1.1; NHS red-flag pathway lists; Verhagen et al. 2016, European Spine Journal'
const START_BACK_SOURCE = 'Keele STarT Back Tool; Hill et al. 2011, Lancet; NICE NG59 rec. 1.1.2-1.1.3'
const ADVICE: Readonly<Record<Urgency, string>> = {
  emergency: 'These signs need an urgent check: go to an emergency department now, and do not start or continue the exercises.',
  soon: 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  routine: 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
}

const screen = (input: unknown): Screening => {
  const result = screenIntake(input as IntakeInput)
  if (result._tag !== 'Right') throw new Error(`expected a screening, got ${JSON.stringify(result.left)}`)
  return result.right
}
const issuesOf = (input: unknown) => {
  const result = screenIntake(input as IntakeInput)
  return result._tag === 'Left' ? result.left.issues : []
}
const withFlags = (...ids: RedFlagId[]): IntakeInput => ({ age: 38, redFlags: { ...NO_RED_FLAGS, ...Object.fromEntries(ids.map((id) => [id, true])) } })
const signsOf = (screening: Screening) => (screening._tag === 'Referral' ? screening.reasons.map((reason) => reason.value) : [])

const startBack = (yes: readonly number[], bothersomeness: StartBack['bothersomeness'] = 'not-at-all'): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})

describe('screenIntake: red flags (domain.md section 3)', () => {
  // Each message is what a person reads when referred, so its wording is part of the contract.
  it.each(RED_FLAGS.map((flag) => [flag.id, flag.urgency, flag.description] as const))(
    'refers on %s alone (%s), naming the sign',
    (id, urgency, description) => {
      expect(screen(withFlags(id))).toStrictEqual({
        _tag: 'Referral',
        cause: 'red-flag',
        urgency,
        advice: ADVICE[urgency],
        reasons: [
          {
            rule: 'red-flag',
            message: `A sign that needs a doctor's check: ${description}. Refer (${urgency}).`,
            value: id,
            source: RED_FLAG_SOURCE,
            params: { flag: id, onset: 'none', age: 0, painStarted: '' },
          },
        ],
      })
    },
  )

  it('takes the most urgent of several signs, and lists them all in the order of the questions, the age sign last', () => {
    const result = screen({ ...withFlags('no-improvement-after-a-month', 'fever', 'gait-disturbance'), age: 60, firstEpisode: true })
    expect(result).toMatchObject({ _tag: 'Referral', urgency: 'emergency', advice: ADVICE.emergency })
    expect(signsOf(result)).toEqual(['gait-disturbance', 'no-improvement-after-a-month', 'fever', 'age-under-20-or-over-50'])
    expect(screen(withFlags('no-improvement-after-a-month', 'night-pain'))).toMatchObject({ urgency: 'soon', advice: ADVICE.soon })
    expect(screen({ ...withFlags('no-improvement-after-a-month'), age: 70 })).toMatchObject({ urgency: 'routine', advice: ADVICE.routine })
  })

  // NICE NG59, the red-flag lists since the CSAG report: back pain of a kind not had before that begins under 20 or over 50.
  it.each([
    [0, true, 'Referral'],
    [19, true, 'Referral'],
    [20, true, 'Cleared'],
    [50, true, 'Cleared'],
    [51, true, 'Referral'],
    [120, true, 'Referral'],
    [19, false, 'Cleared'],
    [51, false, 'Cleared'],
    [75, false, 'Cleared'],
  ] as const)('treats back pain at age %i (first episode: %s) as %s', (age, firstEpisode, tag) => {
    const result = screen({ age, redFlags: NO_RED_FLAGS, firstEpisode })
    expect(result._tag).toBe(tag)
    if (result._tag === 'Referral') {
      expect(result).toStrictEqual({
        _tag: 'Referral',
        cause: 'red-flag',
        urgency: 'routine',
        advice: ADVICE.routine,
        reasons: [
          {
            rule: 'red-flag',
            message: `A sign that needs a doctor's check: back pain of a kind not had before, at age ${age}. Refer (routine).`,
            value: 'age-under-20-or-over-50',
            source: RED_FLAG_SOURCE,
            params: { flag: 'age-under-20-or-over-50', onset: 'first-episode', age, painStarted: '' },
          },
        ],
      })
    }
  })

  it('takes back pain whose onset question is unanswered as new, and says so; names the date it began when given', () => {
    expect(screen({ age: 58, redFlags: NO_RED_FLAGS })).toMatchObject({
      _tag: 'Referral',
      reasons: [{ message: "A sign that needs a doctor's check: back pain at age 58, not said to be a kind had before, and so taken as new. Refer (routine)." }],
    })
    expect(screen({ age: 58, redFlags: NO_RED_FLAGS, painStarted: '2026-10-20', firstEpisode: true })).toMatchObject({
      reasons: [{ message: "A sign that needs a doctor's check: back pain of a kind not had before, at age 58 since 2026-10-20. Refer (routine)." }],
    })
  })

  it('clears a recurring episode over 50 with no other sign, and says why', () => {
    expect(screen({ age: 62, redFlags: NO_RED_FLAGS, painStarted: '2026-11-01', firstEpisode: false, backPain: 5 })).toStrictEqual({
      _tag: 'Cleared',
      risk: 'unknown',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no", and at age 62 this back pain is a kind had before, which is no sign on its own.',
          value: 0,
          source: RED_FLAG_SOURCE,
          params: { age: 62, signAge: true, ageFrom: 20, ageTo: 50 },
        },
        { rule: 'start-back-missing', message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.', source: START_BACK_SOURCE, params: {} },
      ],
    })
  })

  it('refers whenever any sign is present, whatever else is answered', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const result = screen(intake)
        expect(result._tag).toBe(hasRedFlag(intake) ? 'Referral' : 'Cleared')
        if (result._tag === 'Referral') expect(result.cause).toBe('red-flag')
      }),
      { numRuns: 300 },
    )
  })

  it('never refers anyone for age alone whose back pain is a kind had before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.option(fc.constantFrom('2026-10-20', '1990-01-01'), { nil: undefined }), (age, painStarted) => {
        const result = screen({ age, redFlags: NO_RED_FLAGS, firstEpisode: false, ...(painStarted === undefined ? {} : { painStarted }) })
        expect(result._tag).toBe('Cleared')
      }),
      { numRuns: 200 },
    )
  })

  it('refuses an onset answer that is not a date, a boolean or a pain score', () => {
    expect(issuesOf({ age: 58, redFlags: NO_RED_FLAGS, painStarted: '2026-02-30', firstEpisode: 'no', backPain: 11 })).toEqual([
      { code: 'invalid_format', path: ['painStarted'], message: 'must be a calendar date written YYYY-MM-DD' },
      { code: 'invalid_type', path: ['firstEpisode'], message: 'must be a boolean' },
      { code: 'too_big', path: ['backPain'], message: 'must be at most 10' },
    ])
  })
})

describe('screenIntake: cleared', () => {
  it('says why it cleared and that the risk is unknown without STarT Back', () => {
    expect(screen({ age: 20, redFlags: NO_RED_FLAGS })).toStrictEqual({
      _tag: 'Cleared',
      risk: 'unknown',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no" and the age (20) is within 20-50.',
          value: 0,
          source: RED_FLAG_SOURCE,
          params: { age: 20, signAge: false, ageFrom: 20, ageTo: 50 },
        },
        { rule: 'start-back-missing', message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.', source: START_BACK_SOURCE, params: {} },
      ],
    })
  })

  it('explains a low STarT Back score with its total and psychosocial subscale', () => {
    expect(screen({ age: 50, redFlags: NO_RED_FLAGS, startBack: startBack([1, 5], 'slightly') })).toStrictEqual({
      _tag: 'Cleared',
      risk: 'low',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no" and the age (50) is within 20-50.',
          value: 0,
          source: RED_FLAG_SOURCE,
          params: { age: 50, signAge: false, ageFrom: 20, ageTo: 50 },
        },
        {
          rule: 'start-back-total',
          message: 'STarT Back total 2 of 9 (3 or less is low risk).',
          value: 2,
          limit: 3,
          source: START_BACK_SOURCE,
          params: { total: 2, lowRiskMaxTotal: 3 },
        },
        {
          rule: 'start-back-psychosocial',
          message: 'STarT Back psychosocial subscale 1 of 5 (4 or more is high risk).',
          value: 1,
          limit: 4,
          source: START_BACK_SOURCE,
          params: { psychosocial: 1, highRiskMinPsychosocial: 4 },
        },
      ],
    })
  })

  it('gives each risk group of the Keele tool, and a high-risk reason only at high risk', () => {
    const risk = (answers: StartBack) => {
      const result = screen({ age: 30, redFlags: NO_RED_FLAGS, startBack: answers })
      return result._tag === 'Cleared' ? [result.risk, result.reasons.map((reason) => reason.rule)] : []
    }
    expect(risk(startBack([1, 2, 3]))).toEqual(['low', ['red-flags-clear', 'start-back-total', 'start-back-psychosocial']])
    expect(risk(startBack([1, 2, 5, 6], 'moderately'))).toEqual(['medium', ['red-flags-clear', 'start-back-total', 'start-back-psychosocial']])
    expect(risk(startBack([5, 6, 7, 8], 'very-much'))).toEqual([
      'high',
      ['red-flags-clear', 'start-back-total', 'start-back-psychosocial', 'start-back-high-risk'],
    ])
  })
})

describe('screenIntake: a malformed intake', () => {
  it('never takes an unanswered red flag as "no"', () => {
    const { fever: _fever, ...unanswered } = NO_RED_FLAGS
    expect(screenIntake({ age: 38, redFlags: unanswered } as unknown as IntakeInput)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [{ code: 'required', path: ['redFlags', 'fever'], message: 'must be answered true or false: an unanswered red flag is never taken as "no"' }],
      },
    })
  })

  it('lists every problem at once: an impossible age, an answer that is not true or false, an unknown sign', () => {
    expect(issuesOf({ age: 121, redFlags: { ...NO_RED_FLAGS, fever: 'no', headache: true } })).toEqual([
      { code: 'too_big', path: ['age'], message: 'must be at most 120' },
      { code: 'invalid_type', path: ['redFlags', 'fever'], message: 'must be true or false' },
      { code: 'unknown_key', path: ['redFlags', 'headache'], message: 'is not a known field' },
    ])
  })

  it('refuses STarT Back answers of the wrong length or an unknown bothersomeness', () => {
    expect(issuesOf({ age: 38, redFlags: NO_RED_FLAGS, startBack: { items: [true, false], bothersomeness: 'a-lot' } })).toEqual([
      { code: 'too_small', path: ['startBack', 'items'], message: 'must be a list of exactly 8 true/false answers, items 1-8 in order' },
      {
        code: 'invalid_value',
        path: ['startBack', 'bothersomeness'],
        message: 'must be one of "not-at-all", "slightly", "moderately", "very-much", "extremely"',
      },
    ])
  })

  it('requires the age and the answers, and refuses an unknown field', () => {
    expect(issuesOf({ name: 'x' })).toEqual([
      { code: 'required', path: ['age'], message: 'is required' },
      { code: 'required', path: ['redFlags'], message: 'is required' },
      { code: 'unknown_key', path: ['name'], message: 'is not a known field' },
    ])
  })

  it('refuses what is not plain data before reading it', () => {
    expect(issuesOf({ age: 38, redFlags: new Map(Object.entries(NO_RED_FLAGS)) })).toEqual([
      { code: 'not_plain_data', path: ['redFlags'], message: 'must be plain data, not Map' },
    ])
  })
})

describe('screenIntake properties', () => {
  it('is deterministic, leaves its input unchanged and passes its own schema', () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        expect(expectPure(screenIntake, intake, ScreeningSchema)._tag).toBe('Right')
      }),
      { numRuns: 300 },
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        const result = screenIntake(input as IntakeInput)
        expect(result._tag).toBe('Left')
        expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
        expect(prototypeIsClean()).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('screenIntake types', () => {
  it('requires every red flag at compile time as well as at run time', () => {
    const { fever: _fever, ...withoutFever } = noRedFlags()
    // @ts-expect-error: an intake without an answer for `fever` does not type-check
    const missing: IntakeInput = { age: 40, redFlags: withoutFever }
    expect(screenIntake(missing)._tag).toBe('Left')
    expectTypeOf<Screening>().toEqualTypeOf<Cleared | Referral>()
    expectTypeOf<Referral['urgency']>().toEqualTypeOf<'emergency' | 'soon' | 'routine'>()
    expectTypeOf<Cleared['risk']>().toEqualTypeOf<'low' | 'medium' | 'high' | 'unknown'>()
    expectTypeOf(screenIntake).returns.toEqualTypeOf<Either<InvalidInput, Screening>>()
  })
})
