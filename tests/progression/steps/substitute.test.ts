import { describe, expect, it } from 'vitest'
import { nextDose, type AssessmentInput } from '../../../src/index.js'
import { AssessmentSchema } from '../../../src/selection/assessment.js'
import { resolveAssessment, type ScoredEntry } from '../../../src/selection/resolveAssessment.js'
import { chooseSubstitute, describeSubstitute } from '../../../src/progression/steps/substitute.js'
import { calmMornings, CATALOG, day, reps, session, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

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
    expect(chooseSubstitute(movement('hip-bridge'), undefined, scored, CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
  })

  it('leaves out a movement above the ceiling, and takes one at the ceiling', () => {
    // single-leg-hip-bridge shares both focus tags but scored 4/10, over the ceiling; at a ceiling of 4 it wins.
    expect(chooseSubstitute(movement('hip-bridge'), undefined, scored, 4)).toEqual({ movement: 'single-leg-hip-bridge', pain: 4 })
    expect(chooseSubstitute(movement('hip-bridge'), undefined, entries(['bird-dog', 3]), CEILING)).toEqual({ movement: 'bird-dog', pain: 3 })
    expect(chooseSubstitute(movement('hip-bridge'), undefined, entries(['bird-dog', 4]), CEILING)).toBeUndefined()
  })

  it('takes a movement that shares no focus when it is the only one within the ceiling', () => {
    expect(chooseSubstitute(movement('hip-bridge'), undefined, entries(['hip-bridge', 0], ['cat-camel', 2], ['bird-dog', 5]), CEILING)).toEqual({
      movement: 'cat-camel',
      pain: 2,
    })
  })

  it('breaks a tie of focus and pain by catalog order, whatever order the entries come in', () => {
    const tied = entries(['bird-dog', 2], ['side-plank-clam-shell', 2])
    expect(chooseSubstitute(movement('hip-bridge'), undefined, tied, CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
    expect(chooseSubstitute(movement('hip-bridge'), undefined, [...tied].reverse(), CEILING)).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
  })

  it('never suggests the paused movement itself, but may suggest another variant of it', () => {
    const walks = entries(['kettlebell-walk', 0, 'by-the-side'], ['kettlebell-walk', 2, 'overhead'], ['cat-camel', 0])
    expect(chooseSubstitute(movement('kettlebell-walk'), 'by-the-side', walks, CEILING)).toEqual({ movement: 'kettlebell-walk', variant: 'overhead', pain: 2 })
    expect(chooseSubstitute(movement('hip-bridge'), undefined, entries(['hip-bridge', 0]), CEILING)).toBeUndefined()
  })

  it('has none without an assessment', () => {
    expect(chooseSubstitute(movement('hip-bridge'), undefined, undefined, CEILING)).toBeUndefined()
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
    const assessment = results(['hip-bridge', 1], ['cat-camel', 0], ['single-leg-hip-bridge', 4], ['side-plank-clam-shell', 2])
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
    expect(paused()).toEqual({ movement: 'side-plank-clam-shell', pain: 2 })
    expect(paused(4)).toEqual({ movement: 'single-leg-hip-bridge', pain: 4 })
  })

  it('and none without an assessment', () => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'hip-bridge', sessions: red, mornings: calmMornings(-2, 0), baselinePain: 1, today: day(0) })
    expect(result._tag === 'Left' && result.left._tag === 'Paused' && 'substitute' in result.left).toBe(false)
    expect(result._tag === 'Left' && result.left._tag).toBe('Paused')
  })
})
