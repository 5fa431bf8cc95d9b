import { describe, expect, it } from 'vitest'
import { parseCatalog, selectRehabMovements, type AssessmentResult, type CatalogInput } from '../../../src/index.js'
import { chooseBestCoverage } from '../../../src/selection/rules/bestCoverage.js'
import { scoredEntries, validOptions } from '../../support/selectionEntries.js'
import { allAt, appMovement, DATE, SEVEN, SIX_AREAS } from '../../support/selectionFixtures.js'
import { keyOf } from '../../support/selectionOracle.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const SELECTION_SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'
const COVERAGE_SOURCE = 'seed 000: the body works as a kinetic chain; train glutes, back and core together'

const choose = (results: readonly AssessmentResult[], catalog?: CatalogInput) => {
  const options = validOptions(catalog === undefined ? undefined : { catalog })
  const eligible = scoredEntries(results, options).filter((entry) => entry.pain <= options.painCeiling)
  const choice = chooseBestCoverage(eligible, options.painCeiling, options.catalog.focusTags)
  return { eligible, choice, chosen: eligible.filter((entry) => choice.chosen.has(entry)).map((entry) => keyOf({ movement: entry.movement.id, variant: entry.variant })) }
}

const selectedKeys = (results: readonly AssessmentResult[]) => {
  const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results } })
  return selection._tag === 'Right' ? selection.right.selected.map(keyOf) : []
}

describe('chooseBestCoverage', () => {
  it('chooses five of six eligible and says how many, what they cover and what they cost', () => {
    const { choice, chosen } = choose(SEVEN)
    expect(chosen).toEqual(['hip-mobility/', 'hip-bridge/', 'side-plank-clam-shell/', 'bird-dog/', 'kettlebell-walk/by-the-side'])
    expect(choice.reasons).toEqual([
      // Two of the six are variants of one walk: five different movements.
      {
        rule: 'selection-size',
        message: '5 movements hurt 3/10 or less; 5 are chosen (4-5).',
        value: 5,
        limit: 5,
        source: SELECTION_SOURCE,
        params: { eligible: 5, ceiling: 3, size: 5, min: 4, max: 5 },
      },
      {
        rule: 'focus-coverage',
        message: 'The chosen movements cover 6 of the 6 focus areas the eligible ones reach: hips, lower-back, core, shoulders, glutes, hamstrings.',
        value: ['hips', 'lower-back', 'core', 'shoulders', 'glutes', 'hamstrings'],
        limit: 6,
        source: COVERAGE_SOURCE,
        params: { covered: 6, reachable: 6, focusAreas: ['hips', 'lower-back', 'core', 'shoulders', 'glutes', 'hamstrings'] },
      },
      {
        rule: 'total-pain',
        message: 'Among the choices with the most coverage, this one has the lowest total pain (7); ties go to catalog order.',
        value: 7,
        source: SELECTION_SOURCE,
        params: { totalPain: 7 },
      },
    ])
  })

  it('leaves out a second variant of a chosen movement, and says which one was kept', () => {
    const { eligible, choice } = choose(SEVEN)
    const overhead = eligible.find((entry) => entry.variant === 'overhead')!
    expect(choice.chosen.has(overhead)).toBe(false)
    expect(choice.notChosen(overhead)).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      pain: 3,
      reason: {
        rule: 'same-movement',
        message:
          'kettlebell-walk (overhead) was within the ceiling, but kettlebell-walk (by-the-side) is chosen and is the same movement (a variant of it, or its harder or easier form): a plan holds each movement once.',
        movement: 'kettlebell-walk',
        variant: 'overhead',
        value: 3,
        limit: 1,
        source: SELECTION_SOURCE,
        params: { movement: 'kettlebell-walk (overhead)', chosen: 'kettlebell-walk (by-the-side)' },
      },
    })
  })

  // Seed 001 (domain.md section 2, step 3): 4-5 movements; four only when only four are eligible.
  it('chooses all four when exactly four are eligible, and counts coverage over them', () => {
    const { choice, chosen } = choose(SEVEN.slice(0, 5))
    expect(chosen).toEqual(['hip-mobility/', 'hip-bridge/', 'side-plank-clam-shell/', 'bird-dog/'])
    expect(choice.reasons).toEqual([
      {
        rule: 'selection-size',
        message: '4 movements hurt 3/10 or less; 4 are chosen (4-5).',
        value: 4,
        limit: 5,
        source: SELECTION_SOURCE,
        params: { eligible: 4, ceiling: 3, size: 4, min: 4, max: 5 },
      },
      {
        rule: 'focus-coverage',
        message: 'The chosen movements cover 5 of the 5 focus areas the eligible ones reach: hips, lower-back, core, glutes, hamstrings.',
        value: ['hips', 'lower-back', 'core', 'glutes', 'hamstrings'],
        limit: 5,
        source: COVERAGE_SOURCE,
        params: { covered: 5, reachable: 5, focusAreas: ['hips', 'lower-back', 'core', 'glutes', 'hamstrings'] },
      },
      {
        rule: 'total-pain',
        message: 'Among the choices with the most coverage, this one has the lowest total pain (6); ties go to catalog order.',
        value: 6,
        source: SELECTION_SOURCE,
        params: { totalPain: 6 },
      },
    ])
  })

  it('measures coverage against what the eligible movements reach, so five can fall short of six', () => {
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((tag, index) => ({ movement: `move-${tag}`, pain: index === 2 ? 3 : 1 }))
    const { eligible, choice, chosen } = choose(results, SIX_AREAS)
    // Every five cover five areas; the one that hurts most is left out.
    expect(chosen).toEqual(['move-a/', 'move-b/', 'move-d/', 'move-e/', 'move-f/'])
    expect(choice.reasons.map((reason) => [reason.rule, reason.value, reason.limit])).toEqual([
      ['selection-size', 5, 5],
      ['focus-coverage', ['area-a', 'area-b', 'area-d', 'area-e', 'area-f'], 6],
      ['total-pain', 5, undefined],
    ])
    expect(choice.reasons[1]?.message).toBe(
      'The chosen movements cover 5 of the 6 focus areas the eligible ones reach: area-a, area-b, area-d, area-e, area-f.',
    )
    expect(choice.notChosen(eligible[2]!).reason.message).toBe(
      'move-c was within the ceiling, but every set of 5 that includes it covers fewer focus areas than the chosen 5, or as many with more total pain than 5, or ties on both and comes later in catalog order.',
    )
  })

  it('names focus areas in the order the catalog first uses them, not the order of the results', () => {
    const catalog = [appMovement('late', ['zeta', 'alpha']), appMovement('early', ['mid']), ...['x', 'y'].map((id) => appMovement(id, ['alpha']))]
    const { choice } = choose(allAt(0, ['y', 'x', 'early', 'late']), catalog)
    expect(choice.reasons[1]?.value).toEqual(['zeta', 'alpha', 'mid'])
  })
})

describe('which five, through selectRehabMovements', () => {
  it('prefers the set that covers more focus areas over one with less pain', () => {
    // Only cat-camel trains the thoracic spine, so it beats a painless movement whose areas the others
    // already cover: bird-dog, the later in catalog order of the two redundant ones.
    const results = [
      { movement: 'hip-mobility', pain: 0 },
      { movement: 'hip-bridge', pain: 0 },
      { movement: 'side-plank-clam-shell', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 },
      { movement: 'bird-dog', pain: 0 },
      { movement: 'cat-camel', pain: 3 },
    ]
    expect(selectedKeys(results)).toEqual(['hip-mobility/', 'cat-camel/', 'hip-bridge/', 'side-plank-clam-shell/', 'kettlebell-walk/overhead'])
  })

  it('breaks a tie on coverage by the lower total pain', () => {
    // The two beast walks train the same areas; the one that hurts less is chosen.
    const results = [
      { movement: 'hip-mobility', pain: 1 },
      { movement: 'cat-camel', pain: 1 },
      { movement: 'forward-reverse-beast-walk', pain: 3 },
      { movement: 'lateral-beast-walk', pain: 2 },
      { movement: 'hip-bridge', pain: 1 },
      { movement: 'bird-dog', pain: 1 },
    ]
    expect(selectedKeys(results)).toEqual(['hip-mobility/', 'cat-camel/', 'lateral-beast-walk/', 'hip-bridge/', 'bird-dog/'])
  })

  // Seed 001's "4-5 movements" are different movements: six variants of one walk are one.
  it('makes no plan of the variants of one movement alone, and says they count once', () => {
    const results = [
      { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 0 },
      { movement: 'kettlebell-walk', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'bottoms-up', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'bottoms-up-overhead', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'overhead-and-side', pain: 0 },
    ]
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results } })
    expect(selection._tag === 'Left' && selection.left._tag === 'Referral' && selection.left.cause).toBe('too-few-tolerable')
    expect(selection._tag === 'Left' && selection.left._tag === 'Referral' && selection.left.reasons.at(-1)?.message).toMatch(
      /^1 of 1 assessed movements hurt 3\/10 or less \(kettlebell-walk, kettlebell-walk \(by-the-side\), .*\); a plan needs at least 4 \(variants and harder or easier forms of one movement count once\)\./,
    )
  })

  it('breaks a tie within a movement by catalog order, the movement before its variants', () => {
    const others = allAt(0, ['hip-mobility', 'cat-camel', 'side-plank-clam-shell', 'bird-dog'])
    const walks = ['bottoms-up', 'by-the-side', undefined].map((variant) => ({ movement: 'kettlebell-walk', ...(variant === undefined ? {} : { variant }), pain: 0 }))
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: [...walks, ...others] } })
    expect(selection._tag === 'Right' && selection.right.selected.filter((item) => item.movement === 'kettlebell-walk').map((item) => item.variant ?? '-')).toEqual(['-'])
    expect(selection._tag === 'Right' && selection.right.excluded.map((item) => [item.variant, item.reason.rule])).toEqual([
      ['by-the-side', 'same-movement'],
      ['bottoms-up', 'same-movement'],
    ])
  })

  it('never chooses a movement beside its harder form: the one that covers more, then hurts less', () => {
    const others = allAt(1, ['hip-mobility', 'cat-camel', 'bird-dog', 'kettlebell-walk'])
    const choice = (bridge: number, singleLeg: number) => {
      const selection = selectRehabMovements({
        intake: CLEAR_INTAKE,
        assessment: { date: DATE, results: [...others, { movement: 'hip-bridge', pain: bridge }, { movement: 'single-leg-hip-bridge', pain: singleLeg }] },
      })
      if (selection._tag === 'Left') throw new Error('expected a selection')
      return [selection.right.selected.map((item) => item.movement).filter((movement) => movement.includes('hip-bridge')), selection.right.excluded.map((item) => [item.movement, item.reason.rule])]
    }
    expect(choice(0, 0)).toEqual([['hip-bridge'], [['single-leg-hip-bridge', 'same-movement']]])
    expect(choice(2, 0)).toEqual([['single-leg-hip-bridge'], [['hip-bridge', 'same-movement']]])
  })

  it('gives the coverage and pain reasons of an app catalog in a selection', () => {
    const catalog = parseCatalog(SIX_AREAS)
    if (catalog._tag === 'Left') throw new Error('expected a catalog')
    const results = ['f', 'e', 'd', 'c', 'b', 'a'].map((tag) => ({ movement: `move-${tag}`, pain: 2 }))
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results }, options: { catalog: catalog.right } })
    // All tie on coverage and pain: the last in catalog order is left out.
    expect(selection._tag === 'Right' && selection.right.excluded.map((item) => [item.movement, item.reason.rule])).toEqual([['move-f', 'not-chosen']])
    expect(selection._tag === 'Right' && selection.right.reasons.map((reason) => reason.rule)).toEqual([
      'pain-ceiling',
      'selection-size',
      'focus-coverage',
      'total-pain',
      'rehab-dose',
    ])
    expect(selection._tag === 'Right' && selection.right.reasons.find((reason) => reason.rule === 'total-pain')?.value).toBe(10)
  })
})
