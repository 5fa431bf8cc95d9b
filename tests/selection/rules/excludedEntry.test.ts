import { describe, expect, it } from 'vitest'
import { selectRehabMovements } from '../../../src/index.js'
import { excludedEntry } from '../../../src/selection/rules/excludedEntry.js'
import { scoredEntries } from '../../support/selectionEntries.js'
import { DATE, SEVEN } from '../../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'

describe('excludedEntry', () => {
  const [plain, variant] = scoredEntries([
    { movement: 'bird-dog', pain: 2 },
    { movement: 'kettlebell-walk', variant: 'bottoms-up', pain: 7 },
  ])

  // Strict: a movement without a variant has no variant key at all, so the output survives JSON unchanged.
  it('names the movement, its pain as the value, and the given rule, message, limit and params', () => {
    expect(excludedEntry(plain!, 'not-chosen', 'left out', 5, { movement: 'bird-dog' })).toStrictEqual({
      movement: 'bird-dog',
      pain: 2,
      reason: { rule: 'not-chosen', message: 'left out', movement: 'bird-dog', value: 2, limit: 5, source: SOURCE, params: { movement: 'bird-dog' } },
    })
  })

  it('names the variant in the entry and in its reason', () => {
    expect(excludedEntry(variant!, 'pain-ceiling', 'too painful', 3, { pain: 7 })).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'bottoms-up',
      pain: 7,
      reason: {
        rule: 'pain-ceiling',
        message: 'too painful',
        movement: 'kettlebell-walk',
        variant: 'bottoms-up',
        value: 7,
        limit: 3,
        source: SOURCE,
        params: { pain: 7 },
      },
    })
  })

  it('gives every excluded movement of a selection exactly the keys JSON keeps', () => {
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: SEVEN } })
    const excluded = selection._tag === 'Right' ? selection.right.excluded : []
    expect(excluded.map((item) => Object.keys(item))).toEqual([
      ['movement', 'pain', 'reason'],
      ['movement', 'variant', 'pain', 'reason'],
    ])
    expect(excluded.map((item) => item.reason.rule)).toEqual(['pain-ceiling', 'same-movement'])
  })
})
