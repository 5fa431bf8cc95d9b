// The continuity of a reassessment, rule by rule, on entries scored against the built-in catalog: which forms of a
// movement it keeps or leaves out, what it names, and how a selection takes it in.
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/catalog/compiledCatalog.js'
import { reassessmentContinuity, withContinuity, type Continuity } from '../../../src/episode/rules/reassessment.js'
import { resolveAssessment, type ScoredEntry } from '../../../src/selection/resolveAssessment.js'
import type { RehabSelection } from '../../../src/selection/selection.js'
import { BUILT_IN_CATALOG, SOURCES } from '../../../src/index.js'

const catalog = compileCatalog(BUILT_IN_CATALOG)

const scored = (results: readonly { movement: string; variant?: string; pain: number }[]): ScoredEntry[] => {
  const entries = resolveAssessment({ type: 'assessment', date: '2026-11-20', results } as never, catalog, [])
  if (entries._tag === 'Left') throw new Error(JSON.stringify(entries.left))
  return entries.right
}

const walk = (variant: string, pain: number) => ({ movement: 'kettlebell-walk', variant, pain })

describe('reassessmentContinuity', () => {
  it('keeps a variant scored within the ceiling again, naming every other form of it that it leaves out', () => {
    const now = scored([walk('by-the-side', 2), walk('overhead', 1), walk('bottoms-up', 0), { movement: 'hip-bridge', pain: 1 }])
    const continuity = reassessmentContinuity([{ ref: { movement: 'kettlebell-walk', variant: 'by-the-side' }, harderForm: undefined }], [], now, 3)
    expect(continuity.kept).toEqual([{ movement: 'kettlebell-walk', variant: 'by-the-side' }])
    expect(continuity.excluded.map(({ movement, variant, pain }) => ({ movement, variant, pain }))).toEqual([
      { movement: 'kettlebell-walk', variant: 'bottoms-up', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'overhead', pain: 1 },
    ])
    expect(continuity.reasons).toEqual([
      {
        rule: 'reassessment-continues',
        message:
          'kettlebell-walk (by-the-side) scored 2/10 again and continues at the rung it reached; kettlebell-walk (bottoms-up) (0/10), kettlebell-walk (overhead) (1/10), other forms of it, are left out.',
        movement: 'kettlebell-walk',
        variant: 'by-the-side',
        value: 2,
        limit: 3,
        source: SOURCES.reassessment,
        params: { movement: 'kettlebell-walk (by-the-side)', pain: 2, others: ['kettlebell-walk (bottoms-up) (0/10)', 'kettlebell-walk (overhead) (1/10)'], otherCount: 2 },
      },
    ])
    // Each form left out carries the reason, about itself.
    expect(continuity.excluded[0]!.reason).toMatchObject({ rule: 'reassessment-continues', movement: 'kettlebell-walk', variant: 'bottoms-up' })
  })

  it('says "another form" of a single one, and names nothing when a movement continues with no other form scored', () => {
    const one = reassessmentContinuity([{ ref: { movement: 'kettlebell-walk', variant: 'overhead' }, harderForm: undefined }], [], scored([walk('overhead', 1), walk('by-the-side', 2)]), 3)
    expect(one.reasons[0]!.message).toContain('; kettlebell-walk (by-the-side) (2/10), another form of it, is left out.')
    const alone = reassessmentContinuity([{ ref: { movement: 'hip-bridge' }, harderForm: undefined }], [], scored([{ movement: 'hip-bridge', pain: 1 }]), 3)
    // Strictly: a movement without a variant holds no variant key at all.
    expect(alone).toStrictEqual({ excluded: [], kept: [{ movement: 'hip-bridge' }], reasons: [] })
  })

  it('names the harder form that takes the place of a movement at its top, when no other form of it was scored', () => {
    const harder = reassessmentContinuity([{ ref: { movement: 'hip-bridge' }, harderForm: { movement: 'single-leg-hip-bridge' } }], [], scored([{ movement: 'single-leg-hip-bridge', pain: 2 }]), 3)
    expect(harder.kept).toStrictEqual([{ movement: 'single-leg-hip-bridge' }])
    expect(harder.reasons).toMatchObject([{ rule: 'reassessment-harder-form', movement: 'single-leg-hip-bridge', value: 2, limit: 3, params: { from: 'hip-bridge', movement: 'single-leg-hip-bridge', pain: 2 } }])
  })

  it('drops a movement scored above the ceiling, with its pain and the ceiling, and one not scored', () => {
    const dropped = reassessmentContinuity(
      [
        { ref: { movement: 'hip-bridge' }, harderForm: undefined },
        { ref: { movement: 'cat-camel' }, harderForm: undefined },
      ],
      [],
      scored([{ movement: 'hip-bridge', pain: 5 }]),
      3,
    )
    expect(dropped.kept).toEqual([])
    expect(dropped.reasons).toStrictEqual([
      {
        rule: 'reassessment-dropped',
        message: 'hip-bridge hurt 5/10 at this assessment, above the ceiling of 3/10: it leaves the plan.',
        movement: 'hip-bridge',
        value: 5,
        limit: 3,
        source: SOURCES.reassessment,
        params: { movement: 'hip-bridge', why: 'above-ceiling', pain: 5, ceiling: 3, size: '', covered: '', totalPain: '' },
      },
      {
        rule: 'reassessment-dropped',
        message: 'cat-camel was not scored at this assessment: it leaves the plan.',
        movement: 'cat-camel',
        limit: 3,
        source: SOURCES.reassessment,
        params: { movement: 'cat-camel', why: 'not-scored', pain: '', ceiling: '', size: '', covered: '', totalPain: '' },
      },
    ])
  })
})

describe('withContinuity', () => {
  const continuity: Continuity = {
    excluded: [{ movement: 'kettlebell-walk', variant: 'overhead', pain: 1, reason: { rule: 'reassessment-continues', message: 'Left out.' } }],
    kept: [{ movement: 'kettlebell-walk', variant: 'by-the-side' }],
    reasons: [{ rule: 'reassessment-continues', message: 'Continues.' }],
  }
  const selection = (reasons: RehabSelection['reasons'], excluded: RehabSelection['excluded']): RehabSelection =>
    ({ selected: [], excluded, reasons }) as unknown as RehabSelection

  it("adds the continuity's left-out forms and reasons to the selection's own, in that order", () => {
    const own = { movement: 'cat-camel', pain: 4, reason: { rule: 'above-ceiling', message: 'Too much.' } }
    const taken = withContinuity(selection([{ rule: 'selection-size', message: 'Five.' }], [own] as never), continuity)
    expect(taken.excluded).toEqual([own, ...continuity.excluded])
    expect(taken.reasons.map((reason) => reason.message).slice(0, 2)).toEqual(['Five.', 'Continues.'])
  })

  it('names a kept movement the selection left out without saying why it did, when no reason of the best coverage explains it', () => {
    const unexplained = {
      rule: 'reassessment-dropped',
      message: 'kettlebell-walk (by-the-side) could continue but was not chosen this time',
      movement: 'kettlebell-walk',
      variant: 'by-the-side',
      source: SOURCES.reassessment,
      params: { movement: 'kettlebell-walk (by-the-side)', why: 'not-chosen-unexplained', pain: '', ceiling: '', size: '', covered: '', totalPain: '' },
    }
    // No coverage numbers among the selection's reasons, or no not-chosen reason of its own for the movement.
    // Strictly: it gives no value or limit, and holds no key for either.
    expect(withContinuity(selection([], []), continuity).reasons.at(-1)).toStrictEqual(unexplained)
    const numbers = [
      { rule: 'selection-size', message: 'Five.', value: 5 },
      { rule: 'focus-coverage', message: 'Areas.', value: ['hips', 'core'] },
      { rule: 'total-pain', message: 'Pain.', value: 6 },
    ]
    expect(withContinuity(selection(numbers as never, []), continuity).reasons.at(-1)).toEqual(unexplained)
    // Each coverage number of the wrong kind counts as missing.
    const notChosen = [{ movement: 'kettlebell-walk', variant: 'by-the-side', pain: 2, reason: { rule: 'not-chosen', message: 'Coverage.' } }]
    for (const [index, value] of [[0, '5'], [1, 2], [2, '6']] as const) {
      const reasons = numbers.map((reason, at) => (at === index ? { ...reason, value } : reason))
      expect(withContinuity(selection(reasons as never, notChosen as never), continuity).reasons.at(-1)).toEqual(unexplained)
    }
    expect(withContinuity(selection(numbers as never, notChosen as never), continuity).reasons.at(-1)).toEqual({
      ...unexplained,
      message: 'kettlebell-walk (by-the-side) could continue but was not chosen this time: Coverage.',
      params: { ...unexplained.params, why: 'not-chosen', size: 5, covered: 2, totalPain: 6 },
    })
  })
})
