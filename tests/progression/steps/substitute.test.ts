import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, nextDose, type AssessmentInput } from '../../../src/index.js'
import { assessmentArbitrary, scorableEntries } from '../../arbitraries/assessment.js'
import { AssessmentSchema } from '../../../src/selection/assessment.js'
import { resolveAssessment, type ScoredEntry } from '../../../src/selection/resolveAssessment.js'
import { chooseSubstitute, describeSubstitute } from '../../../src/progression/steps/substitute.js'
import { calmMornings, CATALOG, day, reps, session, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'
import { compileCatalog } from '../../../src/catalog/compiledCatalog.js'
import { appMovement } from '../../support/catalogMovements.js'

const results = (...scored: [movement: string, pain: number, variant?: string][]): AssessmentInput => ({
  date: '2026-11-01',
  results: scored.map(([movement, pain, variant]) => (variant === undefined ? { movement, pain } : { movement, variant, pain })),
})

const entries = (...scored: [movement: string, pain: number, variant?: string][]): ScoredEntry[] => {
  const resolved = resolveAssessment(AssessmentSchema.parse(results(...scored)), CATALOG, ['assessment'])
  if (resolved._tag === 'Left') throw new Error(JSON.stringify(resolved.left))
  return resolved.right
}

const movement = (id: string) => CATALOG.byId.get(id)!.movement
// The default pain ceiling (seed 001: movements that hurt no more than 3/10).
const CEILING = 3

describe('chooseSubstitute: another assessment movement within the ceiling (domain section 5)', () => {
  const scored = entries(['hip-bridge', 1], ['cat-camel', 0], ['single-leg-hip-bridge', 4], ['bird-dog', 3], ['side-plank-clam-shell', 2])

  it('prefers the movement that shares most focus with the paused one, then the one that hurt least', () => {
    // hip-bridge works glutes and hamstrings: the clam shell and the bird dog share the glutes; cat-camel shares nothing.
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, scored, CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
  })

  it('leaves out a movement above the ceiling, and takes one at the ceiling', () => {
    expect(chooseSubstitute(CATALOG, movement('bird-dog'), undefined, entries(['cat-camel', 4]), CEILING)).toBeUndefined()
    expect(chooseSubstitute(CATALOG, movement('bird-dog'), undefined, entries(['cat-camel', 4]), 4)).toEqual({ movement: 'cat-camel', pain: 4 })
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['bird-dog', 3]), CEILING)).toEqual({ movement: 'bird-dog', pain: 3 })
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['bird-dog', 4]), CEILING)).toBeUndefined()
  })

  it('takes a movement that shares no focus when it is the only one within the ceiling', () => {
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['hip-bridge', 0], ['cat-camel', 2], ['bird-dog', 5]), CEILING)).toEqual({
      movement: 'cat-camel',
      pain: 2,
    })
  })

  it('breaks a tie of focus and pain by catalog order, whatever order the entries come in', () => {
    const tied = entries(['bird-dog', 2], ['side-plank-clam-shell', 2])
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, tied, CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, [...tied].reverse(), CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
  })

  it('never suggests the paused movement itself, and of its other variants only an earlier, easier one, before any other movement', () => {
    const walks = entries(['kettlebell-walk', 0, 'by-the-side'], ['kettlebell-walk', 2, 'overhead'], ['kettlebell-walk', 0, 'bottoms-up-overhead'], ['cat-camel', 0])
    // Variants are listed easiest first: from by-the-side, every other variant is harder.
    expect(chooseSubstitute(CATALOG, movement('kettlebell-walk'), 'by-the-side', walks, CEILING)).toEqual({ movement: 'cat-camel', pain: 0 })
    expect(chooseSubstitute(CATALOG, movement('kettlebell-walk'), 'overhead', walks, CEILING)).toEqual({ movement: 'kettlebell-walk', variant: 'by-the-side', pain: 0 })
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['hip-bridge', 0]), CEILING)).toBeUndefined()
  })

  // Seed 000 and the catalog's forms: a pause steps back, never up.
  it('never suggests the harder form, however well it scored and however much it shares', () => {
    // single-leg-hip-bridge shares both focus tags and is within the ceiling: it is the harder form, so cat-camel, which shares nothing, is taken.
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['single-leg-hip-bridge', 0], ['cat-camel', 3]), CEILING)).toEqual({ movement: 'cat-camel', pain: 3 })
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, entries(['single-leg-hip-bridge', 0]), CEILING)).toBeUndefined()
  })

  it('prefers the easier form to a movement that shares more focus or hurt less', () => {
    const scoredForms = entries(['hip-bridge', 3], ['side-plank-clam-shell', 0], ['cat-camel', 0])
    expect(chooseSubstitute(CATALOG, movement('single-leg-hip-bridge'), undefined, scoredForms, CEILING)).toEqual({ movement: 'hip-bridge', pain: 3 })
  })

  it('reads a harder form named from either side, and through a chain of forms', () => {
    const forms = compileCatalog([
      appMovement('base', { harderForm: 'middle' }),
      appMovement('middle'),
      appMovement('top', { easierForm: 'middle' }),
      appMovement('other'),
    ])
    const scoredForms = (...ids: string[]) => ids.map((id, index) => ({ movement: forms.byId.get(id)!.movement, variant: undefined, pain: 0, rank: forms.byId.get(id)!.rank, focusMask: 1, family: index }))
    const of = (id: string) => forms.byId.get(id)!.movement
    // From middle: top is harder (named by top), base is easier (named by base).
    expect(chooseSubstitute(forms, of('middle'), undefined, scoredForms('top', 'other', 'base'), CEILING)).toEqual({ movement: 'base', pain: 0 })
    expect(chooseSubstitute(forms, of('middle'), undefined, scoredForms('top'), CEILING)).toBeUndefined()
    // From base, top is two steps harder; from top, base is two steps easier.
    expect(chooseSubstitute(forms, of('base'), undefined, scoredForms('top', 'middle'), CEILING)).toBeUndefined()
    expect(chooseSubstitute(forms, of('top'), undefined, scoredForms('other', 'base'), CEILING)).toEqual({ movement: 'base', pain: 0 })
  })

  it('has none without an assessment', () => {
    expect(chooseSubstitute(CATALOG, movement('hip-bridge'), undefined, undefined, CEILING)).toBeUndefined()
  })
})

describe('chooseSubstitute: properties', () => {
  // Written apart from the engine for the built-in catalog, whose forms are one step apart: a later variant
  // (variants are listed easiest first, after the plain movement) or the catalog's harderForm is harder.
  const isHarder = (paused: { movement: string; variant?: string }, other: { movement: string; variant?: string }): boolean => {
    const own = BUILT_IN_CATALOG.find((entry) => entry.id === paused.movement)!
    if (other.movement === paused.movement) {
      const order = (variant?: string) => (variant === undefined ? -1 : own.variants.findIndex((entry) => entry.id === variant))
      return order(other.variant) > order(paused.variant)
    }
    return own.harderForm === other.movement || BUILT_IN_CATALOG.find((entry) => entry.id === other.movement)?.easierForm === paused.movement
  }

  it('never suggests a movement harder than the paused one, nor one above the ceiling', () => {
    const scorable = scorableEntries(BUILT_IN_CATALOG)
    fc.assert(
      fc.property(assessmentArbitrary(), fc.constantFrom(...scorable), fc.integer({ min: 0, max: 5 }), (assessment, paused, painCeiling) => {
        const scoredNow = resolveAssessment(AssessmentSchema.parse(assessment), CATALOG, [])
        if (scoredNow._tag === 'Left') throw new Error('expected entries')
        const substitute = chooseSubstitute(CATALOG, movement(paused.movement), paused.variant, scoredNow.right, painCeiling)
        if (substitute === undefined) return
        expect(isHarder(paused, substitute)).toBe(false)
        expect(substitute.pain).toBeLessThanOrEqual(painCeiling)
        expect([substitute.movement, substitute.variant]).not.toEqual([paused.movement, paused.variant])
      }),
      { numRuns: 400 },
    )
  })
})

describe('describeSubstitute', () => {
  it('names the substitute, its variant, and the pain it scored', () => {
    expect(describeSubstitute({ movement: 'bird-dog', pain: 1 })).toBe('bird-dog instead (it scored 1/10 at the last assessment)')
    expect(describeSubstitute({ movement: 'kettlebell-walk', variant: 'overhead', pain: 3 })).toBe(
      'kettlebell-walk (overhead) instead (it scored 3/10 at the last assessment)',
    )
  })
})

describe('nextDose names the substitute of a paused movement', () => {
  const red = [session(-3, 'hip-bridge', reps(1, 7), { painDuring: 6 }), session(-1, 'hip-bridge', reps(1, 6), { painDuring: 6 })]

  it('from the last assessment, under the painCeiling option', () => {
    // The single-leg bridge is the harder form: never the substitute, whatever it scored.
    const assessment = results(['hip-bridge', 1], ['cat-camel', 0], ['single-leg-hip-bridge', 0], ['side-plank-clam-shell', 4])
    const paused = (painCeiling?: number) => {
      const result = nextDose({ intake: CLEAR_INTAKE,
        movement: 'hip-bridge',
        sessions: red,
        mornings: calmMornings(-2, 0),
        baselinePain: 1,
        today: TODAY,
        assessment,
        ...(painCeiling === undefined ? {} : { options: { painCeiling } }),
      })
      return result._tag === 'Left' && result.left._tag === 'Paused' ? result.left.substitute : 'not paused'
    }
    expect(paused()).toEqual({ movement: 'cat-camel', pain: 0 })
    expect(paused(4)).toEqual({ movement: 'side-plank-clam-shell', pain: 4 })
  })

  it('and none without an assessment', () => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions: red, mornings: calmMornings(-2, 0), baselinePain: 1, today: day(0) })
    expect(result._tag === 'Left' && result.left._tag === 'Paused' && 'substitute' in result.left).toBe(false)
    expect(result._tag === 'Left' && result.left._tag).toBe('Paused')
  })
})
