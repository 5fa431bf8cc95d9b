import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AssessmentSchema } from '../../src/index.js'
import { parseInput } from '../../src/_lib/parseInput.js'
import { DEFER } from '../../src/_lib/plainReader.js'
import { parseAssessmentInput, readResult } from '../../src/selection/readPlainAssessment.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { DATE } from '../support/selectionFixtures.js'

const result = { movement: 'hip-bridge', pain: 1 }
const byZod = (input: unknown) => parseInput(AssessmentSchema, input, ['assessment'])

describe('readResult', () => {
  it('copies a well-formed result, with or without a variant', () => {
    expect(readResult(result)).toStrictEqual(result)
    expect(readResult(result)).not.toBe(result)
    expect(readResult({ movement: 'kettlebell-walk', variant: 'overhead', pain: 0 })).toStrictEqual({ movement: 'kettlebell-walk', variant: 'overhead', pain: 0 })
  })

  it('leaves to the schema anything it cannot vouch for', () => {
    for (const odd of [
      { movement: 'hip-bridge' },
      { pain: 1 },
      { ...result, pain: 11 },
      { ...result, pain: -1 },
      { ...result, pain: 2.5 },
      { ...result, movement: '' },
      { ...result, movement: 'x'.repeat(65) },
      { ...result, variant: '' },
      { ...result, variant: undefined },
      { ...result, note: 'x' },
      null,
      'hip-bridge',
    ]) {
      expect(readResult(odd)).toBe(DEFER)
    }
  })
})

describe('parseAssessmentInput', () => {
  const cases: readonly (readonly [string, unknown])[] = [
    ['one result', { date: DATE, results: [result] }],
    ['64 results, the most allowed', { date: DATE, results: Array.from({ length: 64 }, () => result) }],
    ['65 results', { date: DATE, results: Array.from({ length: 65 }, () => result) }],
    ['no results', { date: DATE, results: [] }],
    ['a result whose variant key is present but undefined', { date: DATE, results: [{ ...result, variant: undefined }] }],
    ['a result with an unknown key', { date: DATE, results: [{ ...result, note: 1 }] }],
    ['a date out of range', { date: '1899-12-31', results: [result] }],
    ['an unknown key beside the results', { date: DATE, results: [result], extra: true }],
    ['no date', { results: [result] }],
    ['results that are not a list', { date: DATE, results: result }],
    ['not an object', [result]],
  ]

  it.each(cases)('answers %s exactly as the schema does', (_, input) => {
    expect(parseAssessmentInput(input, ['assessment'])).toStrictEqual(byZod(input))
  })

  it('refuses an empty list and a list past 64, and takes 64', () => {
    expect(parseAssessmentInput({ date: DATE, results: [] }, [])._tag).toBe('Left')
    expect(parseAssessmentInput({ date: DATE, results: Array.from({ length: 65 }, () => result) }, [])._tag).toBe('Left')
    const full = parseAssessmentInput({ date: DATE, results: Array.from({ length: 64 }, () => result) }, [])
    expect(full._tag === 'Right' && full.right.results).toHaveLength(64)
  })

  it('answers any valid assessment exactly as the schema does, in a copy', () => {
    fc.assert(
      fc.property(assessmentArbitrary(), (assessment) => {
        const read = parseAssessmentInput(assessment, ['assessment'])
        expect(read).toStrictEqual(byZod(assessment))
        expect(read._tag === 'Right' && read.right.results).not.toBe(assessment.results)
      }),
      { numRuns: 200 },
    )
  })
})
