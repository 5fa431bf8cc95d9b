import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { boundedList } from '../../src/_lib/boundedList.js'
import { parseInput } from '../../src/_lib/parseInput.js'

describe('boundedList', () => {
  it('takes an empty list when no minimum is given, and up to its cap', () => {
    const list = boundedList(z.int(), { max: 3 })
    expect(list.safeParse([]).success).toBe(true)
    expect(list.safeParse([1, 2, 3]).success).toBe(true)
    expect(parseInput(list, [1, 2, 3, 4])).toEqual({ _tag: 'Left', left: [{ code: 'too_big', path: [], message: 'must hold at most 3 items' }] })
  })

  it('keeps a minimum when one is given', () => {
    const list = boundedList(z.int(), { min: 2, max: 3 })
    expect(list.safeParse([1, 2]).success).toBe(true)
    expect(parseInput(list, [1])).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: 'must hold at least 2 item(s)' }] })
  })

  it('checks every item with its schema', () => {
    expect(parseInput(boundedList(z.int().max(5), { max: 3 }), [1, 6])).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: [1], message: 'must be at most 5' }],
    })
  })
})
