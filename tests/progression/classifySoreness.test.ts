import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  InvalidInputSchema,
  SORENESS_GONE_HOURS,
  SORENESS_PEAK_END_HOURS,
  SorenessVerdictSchema,
  classifySoreness,
  type SorenessReport,
} from '../../src/index.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'
import { sorenessReport } from '../support/fixtures.js'

const classify = (change: Partial<SorenessReport>) => {
  const result = classifySoreness({ ...sorenessReport, ...change })
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('classifySoreness (domain section 4; Cheung, Hume, Maxwell 2003)', () => {
  it('calls a dull ache or tightness in the worked muscle, not at rest, expected soreness', () => {
    expect(classify({}).classification).toBe('expected-soreness')
    expect(classify({ character: 'tight', hoursSinceExercise: 60, trend: 'worse' }).classification).toBe('expected-soreness')
  })

  it.each(['sharp', 'stabbing', 'electric', 'burning'] as const)('calls a %s pain a warning', (character) => {
    expect(classify({ character })).toMatchObject({
      classification: 'warning-pain',
      reasons: [expect.objectContaining({ rule: 'pain-character', value: character })],
    })
  })

  it.each(['spine', 'joint', 'radiating'] as const)('calls pain in the %s a warning', (location) => {
    expect(classify({ location }).classification).toBe('warning-pain')
  })

  it('calls pain at rest or pain that disturbs sleep a warning', () => {
    expect(classify({ atRest: true }).reasons[0]?.rule).toBe('pain-at-rest')
    expect(classify({ disturbsSleep: true }).reasons[0]?.rule).toBe('disturbs-sleep')
  })

  it('accepts soreness that builds up to 72 hours, but not pain that fails to improve after it', () => {
    expect(SORENESS_PEAK_END_HOURS).toBe(72)
    expect(classify({ hoursSinceExercise: 72, trend: 'worse' }).classification).toBe('expected-soreness')
    expect(classify({ hoursSinceExercise: 73, trend: 'worse' })).toMatchObject({
      classification: 'warning-pain',
      reasons: [expect.objectContaining({ rule: 'not-improving', value: 'worse', limit: 72 })],
    })
    expect(classify({ hoursSinceExercise: 73, trend: 'same' }).classification).toBe('warning-pain')
    expect(classify({ hoursSinceExercise: 120, trend: 'improving' }).classification).toBe('expected-soreness')
  })

  it('sends anything still there after 7 days to a clinician', () => {
    expect(SORENESS_GONE_HOURS).toBe(168)
    expect(classify({ hoursSinceExercise: 168, trend: 'improving' }).classification).toBe('expected-soreness')
    expect(classify({ hoursSinceExercise: 169, trend: 'improving' })).toMatchObject({
      classification: 'see-clinician',
      reasons: [expect.objectContaining({ rule: 'outlasts-soreness', value: 169, limit: 168 })],
    })
  })

  it('sends radiating pain with numbness or tingling, or numbness anywhere, to a clinician', () => {
    const nerve = classify({ location: 'radiating', numbnessOrTingling: true })
    expect(nerve.classification).toBe('see-clinician')
    expect(nerve.reasons.map((reason) => reason.rule)).toEqual(['numbness-or-tingling', 'pain-location'])
    expect(classify({ numbnessOrTingling: true }).classification).toBe('see-clinician')
  })

  it('names the field of a malformed report', () => {
    const result = classifySoreness({ ...sorenessReport, hoursSinceExercise: -1, trend: 'better' } as unknown as SorenessReport)
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: 'hoursSinceExercise', message: 'must be at least 0' },
      { path: 'trend', message: 'must be one of "improving", "same", "worse"' },
    ])
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

const SEVERITY = ['expected-soreness', 'warning-pain', 'see-clinician']

describe('classifySoreness properties', () => {
  test.prop([reportArbitrary], { numRuns: 1000 })('is pure and its verdicts pass their own schema', (report) => {
    expect(expectPure(classifySoreness, report, SorenessVerdictSchema)._tag).toBe('Right')
  })

  test.prop([reportArbitrary, fc.constantFrom('atRest', 'disturbsSleep', 'numbnessOrTingling' as const)], { numRuns: 1000 })(
    'never gets less serious when one more warning sign is added',
    (report, sign) => {
      const before = classify(report).classification
      const after = classify({ ...report, [sign]: true }).classification
      expect(SEVERITY.indexOf(after)).toBeGreaterThanOrEqual(SEVERITY.indexOf(before))
    },
  )

  test.prop([anyJson], { numRuns: 1000 })('answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = classifySoreness(input as SorenessReport)
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
  })
})
