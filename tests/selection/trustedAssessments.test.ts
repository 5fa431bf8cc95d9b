import { describe, expect, it } from 'vitest'
import { parseAssessment } from '../../src/index.js'
import { trustAssessment, trustedAssessment } from '../../src/selection/trustedAssessments.js'
import { scoredEntries, validOptions } from '../support/selectionEntries.js'
import { allAt, DATE } from '../support/selectionFixtures.js'

describe('trustedAssessments', () => {
  it('finds what was trusted, by identity only', () => {
    const results = allAt(1, ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility'])
    const assessment = Object.freeze({ date: DATE, results })
    const found = { assessment, entries: scoredEntries(results), catalog: validOptions().catalog }
    trustAssessment(found)
    expect(trustedAssessment(assessment)).toBe(found)
    expect(trustedAssessment({ date: DATE, results })).toBeUndefined()
  })

  it('finds nothing for values that are not objects', () => {
    for (const candidate of [undefined, null, 'assessment', 3, true]) expect(trustedAssessment(candidate)).toBeUndefined()
  })

  it('holds what parseAssessment returns, with its entries frozen and its catalog', () => {
    const parsed = parseAssessment({ assessment: { date: DATE, results: allAt(2, ['hip-bridge', 'bird-dog']) } })
    if (parsed._tag === 'Left') throw new Error('expected a parsed assessment')
    const found = trustedAssessment(parsed.right)
    expect(found?.assessment).toBe(parsed.right)
    expect(found?.catalog).toBe(validOptions().catalog)
    expect(found?.entries.map((entry) => [entry.movement.id, entry.pain])).toEqual([
      ['hip-bridge', 2],
      ['bird-dog', 2],
    ])
    expect(Object.isFrozen(found?.entries)).toBe(true)
  })
})
