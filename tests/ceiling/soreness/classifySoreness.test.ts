import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyValidReport } from '../../../src/ceiling/soreness/classifySoreness.js'
import {
  InvalidInputSchema,
  SOURCES,
  SorenessClassificationSchema,
  SorenessReportSchema,
  SorenessVerdictSchema,
  classifySoreness,
  type SorenessClassification,
  type SorenessReport,
  type SorenessReportInput,
} from '../../../src/index.js'
import { anyJson } from '../../arbitraries/json.js'
import { expectPure } from '../../support/expectPure.js'
import { sorenessReport } from '../../support/fixtures.js'
import { hostileValues, prototypeIsClean } from '../../support/hostile.js'

const SORENESS = SOURCES.soreness
const classify = (change: Partial<SorenessReport>) => {
  const result = classifySoreness({ ...sorenessReport, ...change })
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
  return result.right
}
const issuesOf = (input: unknown) => {
  const result = classifySoreness(input as SorenessReportInput)
  return result._tag === 'Left' ? result.left.issues : []
}

// Cheung, Hume, Maxwell 2003 (Sports Medicine) on delayed-onset muscle soreness: domain.md section 4.
describe('classifyValidReport: the most serious sign decides', () => {
  it('calls a dull ache in the worked muscle expected soreness, with the hours and the 72-hour peak', () => {
    expect(classifyValidReport(sorenessReport)).toEqual({
      classification: 'expected-soreness',
      reasons: [
        {
          rule: 'expected-soreness',
          message: 'A dull ache in the muscle that worked, 30 hours after exercise, not at rest: expected soreness.',
          value: 30,
          limit: 72,
          source: SORENESS,
          params: { character: 'dull-ache', hours: 30 },
        },
      ],
    })
    expect(classifyValidReport({ ...sorenessReport, character: 'tight', hoursSinceExercise: 0 }).reasons[0]?.message).toBe(
      'A tightness in the muscle that worked, 0 hours after exercise, not at rest: expected soreness.',
    )
  })

  it('gives only the warning signs when no clinician sign is present', () => {
    expect(classifyValidReport({ ...sorenessReport, location: 'spine', hoursSinceExercise: 80 })).toEqual({
      classification: 'warning-pain',
      reasons: [
        { rule: 'pain-location', message: 'Pain in the spine is not soreness in a muscle that worked.', value: 'spine', source: SORENESS, params: { location: 'spine' } },
        { rule: 'not-improving', message: 'No better 80 hours after exercise; soreness peaks by 72 hours and then improves.', value: 'same', limit: 72, source: SORENESS, params: { trend: 'same', hours: 80, peakEndHours: 72 } },
      ],
    })
  })

  it('sends to a clinician with the clinician signs first, then the warnings', () => {
    const verdict = classifyValidReport({ ...sorenessReport, atRest: true, hoursSinceExercise: 169, trend: 'improving', numbnessOrTingling: true })
    expect(verdict.classification).toBe('see-clinician')
    expect(verdict.reasons.map((reason) => reason.rule)).toEqual(['numbness-or-tingling', 'outlasts-soreness', 'pain-at-rest'])
    expect(classifyValidReport({ ...sorenessReport, hoursSinceExercise: 169, trend: 'improving' })).toEqual({
      classification: 'see-clinician',
      reasons: [expect.objectContaining({ rule: 'outlasts-soreness', value: 169, limit: 168 })],
    })
  })
})

describe('classifySoreness', () => {
  it('calls a dull ache or tightness in the worked muscle, not at rest, expected soreness', () => {
    expect(classify({}).classification).toBe('expected-soreness')
    expect(classify({ character: 'tight', hoursSinceExercise: 60, trend: 'worse' }).classification).toBe('expected-soreness')
  })

  it.each(['sharp', 'stabbing', 'electric', 'burning'] as const)('calls a %s pain a warning', (character) => {
    expect(classify({ character })).toMatchObject({ classification: 'warning-pain', reasons: [{ rule: 'pain-character', value: character }] })
  })

  it.each(['spine', 'joint', 'radiating'] as const)('calls pain in the %s a warning', (location) => {
    expect(classify({ location })).toMatchObject({ classification: 'warning-pain', reasons: [{ rule: 'pain-location', value: location }] })
  })

  it('calls pain at rest or pain that disturbs sleep a warning', () => {
    expect(classify({ atRest: true })).toMatchObject({ classification: 'warning-pain', reasons: [{ rule: 'pain-at-rest' }] })
    expect(classify({ disturbsSleep: true })).toMatchObject({ classification: 'warning-pain', reasons: [{ rule: 'disturbs-sleep' }] })
  })

  it('accepts soreness that builds up to 72 hours, but not pain that fails to improve after it', () => {
    expect(classify({ hoursSinceExercise: 72, trend: 'worse' }).classification).toBe('expected-soreness')
    expect(classify({ hoursSinceExercise: 73, trend: 'worse' })).toMatchObject({
      classification: 'warning-pain',
      reasons: [{ rule: 'not-improving', value: 'worse', limit: 72 }],
    })
    expect(classify({ hoursSinceExercise: 73, trend: 'same' }).classification).toBe('warning-pain')
    expect(classify({ hoursSinceExercise: 120, trend: 'improving' }).classification).toBe('expected-soreness')
  })

  it('sends anything still there after 168 hours (7 days) to a clinician', () => {
    expect(classify({ hoursSinceExercise: 168, trend: 'improving' }).classification).toBe('expected-soreness')
    expect(classify({ hoursSinceExercise: 169, trend: 'improving' })).toMatchObject({
      classification: 'see-clinician',
      reasons: [{ rule: 'outlasts-soreness', value: 169, limit: 168 }],
    })
  })

  it('sends radiating pain with numbness or tingling, or numbness anywhere, to a clinician', () => {
    const nerve = classify({ location: 'radiating', numbnessOrTingling: true })
    expect(nerve.classification).toBe('see-clinician')
    expect(nerve.reasons.map((reason) => reason.rule)).toEqual(['numbness-or-tingling', 'pain-location'])
    expect(classify({ numbnessOrTingling: true }).classification).toBe('see-clinician')
  })

  it('takes a report up to a year after exercise, and refuses one later', () => {
    expect(classify({ hoursSinceExercise: 8760, trend: 'improving' }).classification).toBe('see-clinician')
    expect(classifySoreness({ ...sorenessReport, hoursSinceExercise: 8761 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_big', path: ['hoursSinceExercise'], message: 'must be at most 8760' }] },
    })
  })

  it('names each malformed field of a report', () => {
    expect(issuesOf({ ...sorenessReport, hoursSinceExercise: -1, trend: 'better', note: '' })).toEqual([
      { code: 'too_small', path: ['hoursSinceExercise'], message: 'must be at least 0' },
      { code: 'invalid_value', path: ['trend'], message: 'must be one of "improving", "same", "worse"' },
      { code: 'unknown_key', path: ['note'], message: 'is not a known field' },
    ])
    expect(issuesOf({ ...sorenessReport, atRest: 'no' })).toEqual([{ code: 'invalid_type', path: ['atRest'], message: 'must be a boolean' }])
    const { location: _missing, ...noLocation } = sorenessReport
    expect(issuesOf(noLocation)).toEqual([{ code: 'required', path: ['location'], message: 'is required' }])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_, value) => {
    const result = classifySoreness(value as SorenessReportInput)
    expect(result._tag).toBe('Left')
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    expect(prototypeIsClean()).toBe(true)
  })

  it('describes its report and its verdict as schemas, a verdict with at least one reason', () => {
    const verdict = classify({})
    expect(SorenessReportSchema.safeParse(sorenessReport).success).toBe(true)
    expect(SorenessVerdictSchema.safeParse(verdict).success).toBe(true)
    expect(SorenessVerdictSchema.safeParse({ ...verdict, reasons: [] }).success).toBe(false)
    expect(SorenessClassificationSchema.safeParse('warning-pain').success).toBe(true)
    expect(SorenessClassificationSchema.safeParse('fine').success).toBe(false)
  })
})

const reportArbitrary: fc.Arbitrary<SorenessReport> = fc.record({
  location: fc.constantFrom('worked-muscle', 'spine', 'joint', 'radiating' as const),
  character: fc.constantFrom('dull-ache', 'tight', 'sharp', 'stabbing', 'electric', 'burning' as const),
  hoursSinceExercise: fc.integer({ min: 0, max: 400 }),
  atRest: fc.boolean(),
  disturbsSleep: fc.boolean(),
  trend: fc.constantFrom('improving', 'same', 'worse' as const),
  numbnessOrTingling: fc.boolean(),
})
const SEVERITY: readonly SorenessClassification[] = ['expected-soreness', 'warning-pain', 'see-clinician']

describe('classifySoreness properties', () => {
  it('is pure and its verdicts pass their own schema', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        expect(expectPure(classifySoreness, report, SorenessVerdictSchema)._tag).toBe('Right')
      }),
      { numRuns: 300 },
    )
  })

  it('never gets less serious when one more warning sign is added', () => {
    fc.assert(
      fc.property(reportArbitrary, fc.constantFrom('atRest', 'disturbsSleep', 'numbnessOrTingling' as const), (report, sign) => {
        const before = classify(report).classification
        const after = classify({ ...report, [sign]: true }).classification
        expect(SEVERITY.indexOf(after)).toBeGreaterThanOrEqual(SEVERITY.indexOf(before))
      }),
      { numRuns: 300 },
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        const result = classifySoreness(input as SorenessReportInput)
        expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
