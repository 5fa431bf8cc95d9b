import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { movements, parseAssessment, parseCatalog, planRehab, selectRehabMovements, type Assessment } from '../../src/index.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { noRedFlags } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'

const parsed = (assessment: Assessment): Assessment => {
  const result = parseAssessment(assessment)
  if (result._tag !== 'Right') throw new Error(`expected a parsed assessment, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('parseAssessment', () => {
  test.prop([assessmentArbitrary(), fc.integer({ min: 0, max: 5 })], { numRuns: 1000 })(
    'gives the selection the same answer as the unchecked assessment, for any ceiling',
    (assessment, painCeiling) => {
      expect(selectRehabMovements(parsed(assessment), { painCeiling })).toEqual(selectRehabMovements(assessment, { painCeiling }))
    },
  )

  test.prop([anyJson], { numRuns: 1000 })('reports exactly the issues the selection reports', (input) => {
    const result = parseAssessment(input as Assessment)
    const selection = selectRehabMovements(input as Assessment)
    if (result._tag === 'Left') expect(selection).toEqual(result)
    else expect(selection._tag === 'Left' && selection.left._tag === 'InvalidInput').toBe(false)
  })

  it('returns a frozen copy and leaves the caller its own object', () => {
    const assessment = { date: '2026-11-02', results: [{ movement: 'hip-bridge', pain: 1 }] }
    const copy = parsed(assessment)
    expect(copy).toEqual(assessment)
    expect(copy).not.toBe(assessment)
    expect(Object.isFrozen(copy.results[0])).toBe(true)
    expect(Object.isFrozen(assessment)).toBe(false)
  })

  it('still checks options, and checks the assessment again against another catalog', () => {
    const copy = parsed({ date: '2026-11-02', results: ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility'].map((movement) => ({ movement, pain: 1 })) })
    expect(selectRehabMovements(copy, { painCeiling: 9 })).toMatchObject({ left: { issues: [{ path: 'options.painCeiling' }] } })
    const small = parseCatalog(movements.filter((movement) => movement.id !== 'cat-camel'))
    if (small._tag !== 'Right') throw new Error('expected a catalog')
    expect(selectRehabMovements(copy, { catalog: small.right })).toMatchObject({
      left: { issues: [{ path: 'results.2.movement', message: '"cat-camel" is not a movement of the catalog' }] },
    })
  })

  it('is trusted by planRehab too, which still screens first', () => {
    const copy = parsed({ date: '2026-11-02', results: ['hip-bridge', 'bird-dog', 'cat-camel', 'hip-mobility'].map((movement) => ({ movement, pain: 1 })) })
    expect(planRehab({ intake: { age: 40, redFlags: noRedFlags() }, assessment: copy })._tag).toBe('Right')
    expect(planRehab({ intake: { age: 40, redFlags: { ...noRedFlags(), fever: true } }, assessment: copy })).toMatchObject({ left: { _tag: 'Referral' } })
  })
})
