import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { START_BACK_ITEM_TOPICS, StartBackSchema, type Bothersomeness, type StartBack } from '../../src/index.js'
import { scoreStartBack } from '../../src/screening/startBack.js'

const ITEMS_MESSAGE = 'must be a list of exactly 8 true/false answers, items 1-8 in order'

/** STarT Back answers with the given items (1-8) answered "yes". */
const answers = (yes: readonly number[], bothersomeness: Bothersomeness = 'not-at-all'): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})

/*
 * The Keele STarT Back Tool (Hill et al. 2011; domain.md section 3): nine
 * items, item 9 counting only as "very much" or "extremely"; a total of 3 or
 * less is low risk, otherwise a psychosocial subscale (items 5-9) of 4 or
 * more is high, anything else medium.
 */
describe('scoreStartBack', () => {
  it('scores nothing when every answer is "no"', () => {
    expect(scoreStartBack(answers([]))).toEqual({ total: 0, psychosocial: 0, risk: 'low' })
  })

  it('counts items 1-4 in the total only, and items 5-8 in both scores', () => {
    expect(scoreStartBack(answers([1, 2, 3, 4]))).toEqual({ total: 4, psychosocial: 0, risk: 'medium' })
    expect(scoreStartBack(answers([4]))).toEqual({ total: 1, psychosocial: 0, risk: 'low' })
    expect(scoreStartBack(answers([5]))).toEqual({ total: 1, psychosocial: 1, risk: 'low' })
    expect(scoreStartBack(answers([8]))).toEqual({ total: 1, psychosocial: 1, risk: 'low' })
  })

  it.each<readonly [Bothersomeness, number]>([
    ['not-at-all', 0],
    ['slightly', 0],
    ['moderately', 0],
    ['very-much', 1],
    ['extremely', 1],
  ])('counts bothersomeness "%s" as %i in both scores', (bothersomeness, point) => {
    expect(scoreStartBack(answers([], bothersomeness))).toMatchObject({ total: point, psychosocial: point })
  })

  it('is low at a total of 3 and medium at 4', () => {
    expect(scoreStartBack(answers([1, 2, 3])).risk).toBe('low')
    expect(scoreStartBack(answers([1, 2, 3, 4])).risk).toBe('medium')
    expect(scoreStartBack(answers([1, 2, 3], 'moderately')).risk).toBe('low')
    expect(scoreStartBack(answers([1, 2, 3], 'very-much')).risk).toBe('medium')
  })

  it('is medium at a psychosocial subscale of 3 and high at 4, once the total is past 3', () => {
    expect(scoreStartBack(answers([1, 5, 6, 7]))).toEqual({ total: 4, psychosocial: 3, risk: 'medium' })
    expect(scoreStartBack(answers([5, 6, 7, 8]))).toEqual({ total: 4, psychosocial: 4, risk: 'high' })
    expect(scoreStartBack(answers([5, 6, 7], 'extremely'))).toEqual({ total: 4, psychosocial: 4, risk: 'high' })
    expect(scoreStartBack(answers([1, 2, 3, 4, 5, 6, 7]))).toEqual({ total: 7, psychosocial: 3, risk: 'medium' })
    expect(scoreStartBack(answers([1, 2, 3, 4, 5, 6, 7, 8], 'extremely'))).toEqual({ total: 9, psychosocial: 5, risk: 'high' })
  })
})

describe('StartBackSchema', () => {
  it('takes eight true/false items and a bothersomeness level', () => {
    expect(StartBackSchema.safeParse(answers([2], 'very-much')).success).toBe(true)
  })

  it('refuses any number of items but eight, with one message for both', () => {
    expect(parseInput(StartBackSchema, { items: [true, false], bothersomeness: 'slightly' })).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_small', path: ['items'], message: ITEMS_MESSAGE }],
    })
    expect(parseInput(StartBackSchema, { items: Array(9).fill(false), bothersomeness: 'slightly' })).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: ['items'], message: ITEMS_MESSAGE }],
    })
  })

  it('refuses an unknown bothersomeness level, listing the known ones, and an unknown field', () => {
    expect(parseInput(StartBackSchema, { ...answers([]), bothersomeness: 'a-lot', extra: 1 })).toEqual({
      _tag: 'Left',
      left: [
        { code: 'invalid_value', path: ['bothersomeness'], message: 'must be one of "not-at-all", "slightly", "moderately", "very-much", "extremely"' },
        { code: 'unknown_key', path: ['extra'], message: 'is not a known field' },
      ],
    })
  })

  it('refuses an item that is not true or false', () => {
    const result = parseInput(StartBackSchema, { items: [true, 'yes', false, false, false, false, false, false], bothersomeness: 'slightly' })
    expect(result).toEqual({ _tag: 'Left', left: [{ code: 'invalid_type', path: ['items', 1], message: 'must be a boolean' }] })
  })
})

describe('START_BACK_ITEM_TOPICS', () => {
  // Items 1-4 are about the pain and what it stops; items 5-8 (and the bothersomeness item 9) form the
  // psychosocial subscale of the Keele tool (Hill et al. 2011).
  it('names one topic for each yes/no item the answers hold, the last four being the psychosocial ones the score counts', () => {
    expect(StartBackSchema.safeParse({ items: START_BACK_ITEM_TOPICS.map(() => false), bothersomeness: 'slightly' }).success).toBe(true)
    START_BACK_ITEM_TOPICS.forEach((topic, index) => {
      expect([topic, scoreStartBack(answers([index + 1])).psychosocial]).toEqual([topic, index >= 4 ? 1 : 0])
    })
  })
})
