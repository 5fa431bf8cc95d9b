import { describe, expect, it } from 'vitest'
import { selectRehabMovements, type AssessmentResult } from '../../../src/index.js'
import { tooFewTolerable } from '../../../src/selection/rules/tooFewTolerable.js'
import { scoredEntries, validOptions } from '../../support/selectionEntries.js'
import { allAt, DATE, SEVEN } from '../../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const ADVICE =
  'Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.'
const SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10; seed 003: stop exercising until the pain is checked and managed'

const referralFor = (results: readonly AssessmentResult[], options?: unknown) => {
  const valid = validOptions(options)
  const entries = scoredEntries(results, valid)
  return tooFewTolerable(
    entries,
    entries.filter((entry) => entry.pain <= valid.painCeiling),
    valid,
  )
}

describe('tooFewTolerable', () => {
  // Seed 001 (domain.md section 2, step 3): a plan holds at least 4 movements.
  it('lets a selection go on with exactly four eligible', () => {
    expect(referralFor(allAt(3, ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog']))).toBeUndefined()
    expect(referralFor(allAt(3))).toBeUndefined()
  })

  // Seed 001 step 5 and seed 003 (domain.md section 2): fewer than 4 is no plan; have the pain checked.
  it('refers, routinely, with three eligible, naming them in catalog order', () => {
    const results = [
      { movement: 'bird-dog', pain: 3 },
      { movement: 'cat-camel', pain: 4 },
      { movement: 'hip-mobility', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 2 },
    ]
    expect(referralFor(results)).toStrictEqual({
      _tag: 'Referral',
      cause: 'too-few-tolerable',
      urgency: 'routine',
      advice: ADVICE,
      reasons: [
        {
          rule: 'pain-ceiling',
          message: 'Movements that hurt more than 3/10 are left out (the default ceiling).',
          value: 3,
          limit: 5,
          source: 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10',
          params: { movement: '', pain: 0, ceiling: 3, ceilingIsDefault: true, defaultCeiling: 3, maxCeiling: 5 },
        },
        {
          rule: 'too-few-tolerable',
          message: `3 of 4 assessed movements hurt 3/10 or less (hip-mobility, bird-dog, kettlebell-walk (by-the-side)); a plan needs at least 4. ${ADVICE}`,
          value: ['hip-mobility', 'bird-dog', 'kettlebell-walk (by-the-side)'],
          limit: 4,
          source: SOURCE,
          params: { eligible: 3, assessed: 4, ceiling: 3, movements: ['hip-mobility', 'bird-dog', 'kettlebell-walk (by-the-side)'], min: 4, countedOnce: false },
        },
      ],
    })
  })

  it('names no movement, and leaves out the list, when none is eligible', () => {
    const referral = referralFor(allAt(9, ['hip-mobility', 'cat-camel']), { painCeiling: 2 })
    expect(referral?.reasons[1]).toEqual({
      rule: 'too-few-tolerable',
      message: `0 of 2 assessed movements hurt 2/10 or less; a plan needs at least 4. ${ADVICE}`,
      value: [],
      limit: 4,
      source: SOURCE,
      params: { eligible: 0, assessed: 2, ceiling: 2, movements: [], min: 4, countedOnce: false },
    })
    expect(referral?.reasons[0]?.message).toBe('Movements that hurt more than 2/10 are left out (ceiling set by the caller; default 3, at most 5).')
  })
})

describe('too few tolerable through selectRehabMovements', () => {
  it('gives a Left referral, and never a dose, when a ceiling of 0 leaves one movement', () => {
    const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: SEVEN }, options: { painCeiling: 0 } })
    expect(result).toStrictEqual({
      _tag: 'Left',
      left: {
        _tag: 'Referral',
        cause: 'too-few-tolerable',
        urgency: 'routine',
        advice: ADVICE,
        reasons: [
          {
            rule: 'pain-ceiling',
            message: 'Movements that hurt more than 0/10 are left out (ceiling set by the caller; default 3, at most 5).',
            value: 0,
            limit: 5,
            source: 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10',
            params: { movement: '', pain: 0, ceiling: 0, ceilingIsDefault: false, defaultCeiling: 3, maxCeiling: 5 },
          },
          {
            rule: 'too-few-tolerable',
            // SEVEN scores two variants of one walk: six different movements.
            message: `1 of 6 assessed movements hurt 0/10 or less (bird-dog); a plan needs at least 4. ${ADVICE}`,
            value: ['bird-dog'],
            limit: 4,
            source: SOURCE,
            params: { eligible: 1, assessed: 6, ceiling: 0, movements: ['bird-dog'], min: 4, countedOnce: false },
          },
        ],
      },
    })
  })

  it('names eligible variants with their variant', () => {
    const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: SEVEN }, options: { painCeiling: 1 } })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.reasons.map((reason) => [reason.rule, reason.value])).toEqual([
      ['pain-ceiling', 1],
      ['too-few-tolerable', ['hip-mobility', 'bird-dog', 'kettlebell-walk (by-the-side)']],
    ])
  })

  it('turns one point over the ceiling into the difference between a plan and a referral', () => {
    const four = allAt(3, ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'])
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: four } })._tag).toBe('Right')
    const oneOver = four.map((result, index) => (index === 0 ? { ...result, pain: 4 } : result))
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: oneOver } })).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'Referral', cause: 'too-few-tolerable', urgency: 'routine' },
    })
  })
})
