import { describe, expect, it } from 'vitest'
import { parseCatalog, selectRehabMovements } from '../../src/index.js'
import { resolveAssessment } from '../../src/selection/resolveAssessment.js'
import { validOptions } from '../support/selectionEntries.js'
import { appMovement, DATE } from '../support/selectionFixtures.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const builtIn = validOptions().catalog
const resolve = (results: readonly { movement: string; variant?: string; pain: number }[], prefix: readonly PropertyKey[] = []) =>
  resolveAssessment({ date: DATE, results }, builtIn, prefix)

describe('resolveAssessment', () => {
  it('matches each result to its catalog movement and puts them in catalog order, variants after their movement', () => {
    const resolved = resolve([
      { movement: 'kettlebell-walk', variant: 'overhead', pain: 2 },
      { movement: 'bird-dog', pain: 1 },
      { movement: 'kettlebell-walk', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 3 },
      { movement: 'hip-mobility', pain: 4 },
    ])
    expect(resolved._tag === 'Right' && resolved.right.map((entry) => [entry.movement.id, entry.variant, entry.pain])).toEqual([
      ['hip-mobility', undefined, 4],
      ['bird-dog', undefined, 1],
      ['kettlebell-walk', undefined, 0],
      ['kettlebell-walk', 'by-the-side', 3],
      ['kettlebell-walk', 'overhead', 2],
    ])
  })

  it('gives each entry the focus of its movement as bits of the catalog', () => {
    const resolved = resolve([
      { movement: 'cat-camel', pain: 0 },
      { movement: 'hip-mobility', pain: 0 },
    ])
    const bit = (tag: string) => 1 << builtIn.focusTags.indexOf(tag)
    expect(resolved._tag === 'Right' && resolved.right.map((entry) => entry.focusMask)).toEqual([bit('hips'), bit('lower-back') | bit('thoracic')])
  })

  it('refuses what the catalog lacks, a movement of another role and a variant the movement lacks, each at its path', () => {
    expect(
      resolve(
        [
          { movement: 'handstand', pain: 1 },
          { movement: 'deadbug', pain: 1 },
          { movement: 'kettlebell-walk', variant: 'sideways', pain: 1 },
          { movement: 'hip-bridge', variant: 'banded', pain: 1 },
          { movement: 'hip-bridge', pain: 1 },
        ],
        ['assessment'],
      ),
    ).toEqual({
      _tag: 'Left',
      left: [
        { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
        { code: 'not_in_catalog', path: ['assessment', 'results', 1, 'movement'], message: '"deadbug" is not an assessment movement' },
        {
          code: 'not_in_catalog',
          path: ['assessment', 'results', 2, 'variant'],
          message: '"sideways" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
        },
        { code: 'not_in_catalog', path: ['assessment', 'results', 3, 'variant'], message: '"hip-bridge" has no variants' },
      ],
    })
  })

  it('refuses a movement and variant scored twice, naming where it was first scored, but not two variants of one movement', () => {
    expect(
      resolve([
        { movement: 'handstand', pain: 1 },
        { movement: 'kettlebell-walk', variant: 'overhead', pain: 1 },
        { movement: 'kettlebell-walk', pain: 1 },
        { movement: 'kettlebell-walk', variant: 'overhead', pain: 2 },
        { movement: 'kettlebell-walk', variant: 'overhead', pain: 3 },
        { movement: 'kettlebell-walk', pain: 0 },
      ]),
    ).toEqual({
      _tag: 'Left',
      left: [
        { code: 'not_in_catalog', path: ['results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
        { code: 'duplicate', path: ['results', 3], message: 'kettlebell-walk (overhead) is already scored at results.1' },
        { code: 'duplicate', path: ['results', 4], message: 'kettlebell-walk (overhead) is already scored at results.1' },
        { code: 'duplicate', path: ['results', 5], message: 'kettlebell-walk is already scored at results.2' },
      ],
    })
  })

  it('checks against the catalog it is given', () => {
    const catalog = parseCatalog([appMovement('wall-sit', ['quads'])])
    if (catalog._tag === 'Left') throw new Error('expected a catalog')
    const app = validOptions({ catalog: catalog.right }).catalog
    const resolved = resolveAssessment({ date: DATE, results: [{ movement: 'wall-sit', pain: 2 }] }, app, [])
    expect(resolved._tag === 'Right' && resolved.right.map((entry) => [entry.movement.id, entry.pain, entry.focusMask])).toEqual([['wall-sit', 2, 1]])
    expect(resolve([{ movement: 'wall-sit', pain: 2 }])._tag).toBe('Left')
  })
})

describe('the catalog check through selectRehabMovements', () => {
  it('answers results in any order with the same selection', () => {
    const results = [
      { movement: 'hip-mobility', pain: 1 },
      { movement: 'cat-camel', pain: 2 },
      { movement: 'hip-bridge', pain: 0 },
      { movement: 'bird-dog', pain: 3 },
      { movement: 'kettlebell-walk', variant: 'overhead', pain: 1 },
      { movement: 'side-plank-clam-shell', pain: 2 },
    ]
    const forward = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results } })
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: [...results].reverse() } })).toEqual(forward)
  })

  it('reports catalog problems under the assessment', () => {
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: DATE, results: [{ movement: 'deadbug', pain: 1 }] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' }] },
    })
  })
})
