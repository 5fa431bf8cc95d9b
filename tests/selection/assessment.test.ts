import { describe, expect, it } from 'vitest'
import { AssessmentResultSchema, AssessmentSchema, selectRehabMovements } from '../../src/index.js'
import { DATE } from '../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const result = { movement: 'hip-bridge', pain: 1 }
const accepts = (results: readonly unknown[], date = DATE) => AssessmentSchema.safeParse({ date, results }).success

describe('AssessmentSchema', () => {
  it('holds an assessment to 1-64 results', () => {
    expect(accepts([result])).toBe(true)
    expect(accepts(Array(64).fill(result))).toBe(true)
    expect(accepts(Array(65).fill(result))).toBe(false)
    expect(accepts([])).toBe(false)
  })

  // The numeric pain rating scale (domain.md section 2, step 1): whole numbers 0-10.
  it('takes pain as a whole number from 0 to 10', () => {
    expect([0, 10].map((pain) => AssessmentResultSchema.safeParse({ ...result, pain }).success)).toEqual([true, true])
    expect([-1, 11, 2.5, '2'].map((pain) => AssessmentResultSchema.safeParse({ ...result, pain }).success)).toEqual([false, false, false, false])
  })

  // Ids are only bounded here; the catalog refuses an unknown one with a clearer message.
  it('bounds movement and variant ids to 1-64 characters', () => {
    expect(AssessmentResultSchema.safeParse({ ...result, movement: 'x'.repeat(64) }).success).toBe(true)
    expect(AssessmentResultSchema.safeParse({ ...result, movement: 'x'.repeat(65) }).success).toBe(false)
    expect(AssessmentResultSchema.safeParse({ ...result, movement: '' }).success).toBe(false)
    expect(AssessmentResultSchema.safeParse({ ...result, variant: 'x'.repeat(64) }).success).toBe(true)
    expect(AssessmentResultSchema.safeParse({ ...result, variant: 'x'.repeat(65) }).success).toBe(false)
    expect(AssessmentResultSchema.safeParse({ ...result, variant: '' }).success).toBe(false)
  })

  it('refuses unknown keys and a result without a movement or a pain', () => {
    expect(AssessmentResultSchema.safeParse({ ...result, note: 'x' }).success).toBe(false)
    expect(AssessmentResultSchema.safeParse({ pain: 1 }).success).toBe(false)
    expect(AssessmentResultSchema.safeParse({ movement: 'hip-bridge' }).success).toBe(false)
    expect(AssessmentSchema.safeParse({ date: DATE, results: [result], extra: 1 }).success).toBe(false)
  })

  it('takes a calendar date from 1900-01-01 to 2999-12-31', () => {
    expect(['1900-01-01', '2999-12-31', '2028-02-29'].map((date) => accepts([result], date))).toEqual([true, true, true])
    expect(['1899-12-31', '3000-01-01', '2026-02-29', '2026-11-2'].map((date) => accepts([result], date))).toEqual([false, false, false, false])
  })

  it('agrees with selectRehabMovements on the most results it takes', () => {
    const results = Array.from({ length: 64 }, () => result)
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results } })).toMatchObject({ left: { _tag: 'InvalidInput', issues: expect.arrayContaining([expect.objectContaining({ code: 'duplicate' })]) } })
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: [...results, result] } })).toMatchObject({
      left: { issues: [{ code: 'too_big', path: ['assessment', 'results'] }] },
    })
  })
})
