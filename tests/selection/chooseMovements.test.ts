import { describe, expect, it } from 'vitest'
import { chooseMovements } from '../../src/selection/chooseMovements.js'
import { scoredEntries, validOptions } from '../support/selectionEntries.js'
import { allAt, SEVEN } from '../support/selectionFixtures.js'

const SELECTION_SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'

const dosed = (perSide: boolean) => ({
  reps: { min: 5, max: 10 },
  sets: { min: 1, max: 2 },
  timesPerDay: 3,
  start: perSide ? { kind: 'reps', sets: 1, reps: 5, perSide: true } : { kind: 'reps', sets: 1, reps: 5 },
})

describe('chooseMovements', () => {
  // Strict: a movement without a variant has no variant key at all, not one set to undefined.
  it('lists the chosen, every other movement with its reason, and the reasons for the choice, in catalog order', () => {
    const options = validOptions()
    expect(chooseMovements(scoredEntries(SEVEN, options), options)).toStrictEqual({
      _tag: 'Right',
      right: {
        selected: [
          { movement: 'hip-mobility', pain: 1, ...dosed(false) },
          { movement: 'hip-bridge', pain: 2, ...dosed(false) },
          { movement: 'side-plank-clam-shell', pain: 3, ...dosed(true) },
          { movement: 'bird-dog', pain: 0, ...dosed(true) },
          { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1, ...dosed(false) },
        ],
        excluded: [
          {
            movement: 'cat-camel',
            pain: 6,
            reason: {
              rule: 'pain-ceiling',
              message: 'cat-camel hurt 6/10, above the ceiling of 3/10.',
              movement: 'cat-camel',
              value: 6,
              limit: 3,
              source: SELECTION_SOURCE,
              params: { movement: 'cat-camel', pain: 6, ceiling: 3, ceilingIsDefault: true, defaultCeiling: 3, maxCeiling: 5 },
            },
          },
          {
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
          },
        ],
        painCeiling: 3,
        reasons: [
          {
            rule: 'pain-ceiling',
            message: 'Movements that hurt more than 3/10 are left out (the default ceiling).',
            value: 3,
            limit: 5,
            source: SELECTION_SOURCE,
            params: { movement: '', pain: 0, ceiling: 3, ceilingIsDefault: true, defaultCeiling: 3, maxCeiling: 5 },
          },
          // Six results within the ceiling, two of them variants of one walk: five movements.
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
            message:
              'The chosen movements cover 6 of the 6 focus areas the eligible ones reach: hips, lower-back, core, shoulders, glutes, hamstrings.',
            value: ['hips', 'lower-back', 'core', 'shoulders', 'glutes', 'hamstrings'],
            limit: 6,
            source: 'seed 000: the body works as a kinetic chain; train glutes, back and core together',
            params: { covered: 6, reachable: 6, focusAreas: ['hips', 'lower-back', 'core', 'shoulders', 'glutes', 'hamstrings'] },
          },
          {
            rule: 'total-pain',
            message: 'Among the choices with the most coverage, this one has the lowest total pain (7); ties go to catalog order.',
            value: 7,
            source: SELECTION_SOURCE,
            params: { totalPain: 7 },
          },
          {
            rule: 'rehab-dose',
            message: 'Each chosen movement: 5-10 reps in 1-2 sets, 3 times a day, starting at 1 set of 5.',
            source: 'seed 001: 5-10 reps, 1-2 sets, 3 times a day',
            params: { repsMin: 5, repsMax: 10, setsMin: 1, setsMax: 2, timesPerDay: 3 },
          },
        ],
      },
    })
  })

  it('keeps every movement above the ceiling out, whatever it would add to coverage', () => {
    const options = validOptions({ painCeiling: 2 })
    // Only cat-camel trains the thoracic spine, but at 3/10 it is one point over.
    const results = [...allAt(2, ['hip-mobility', 'hip-bridge', 'bird-dog', 'kettlebell-walk']), { movement: 'cat-camel', pain: 3 }]
    const result = chooseMovements(scoredEntries(results, options), options)
    expect(result._tag === 'Right' && result.right.selected.map((item) => item.movement)).toEqual(['hip-mobility', 'hip-bridge', 'bird-dog', 'kettlebell-walk'])
    expect(result._tag === 'Right' && result.right.excluded.map((item) => [item.movement, item.reason.rule, item.reason.limit])).toEqual([
      ['cat-camel', 'pain-ceiling', 2],
    ])
    expect(result._tag === 'Right' && result.right.painCeiling).toBe(2)
  })

  it('refers instead of choosing when fewer than four are within the ceiling', () => {
    const options = validOptions({ painCeiling: 1 })
    const result = chooseMovements(scoredEntries(SEVEN, options), options)
    expect(result._tag).toBe('Left')
    expect(result._tag === 'Left' && [result.left.cause, result.left.urgency, result.left.reasons.map((reason) => reason.rule)]).toEqual([
      'too-few-tolerable',
      'routine',
      ['pain-ceiling', 'too-few-tolerable'],
    ])
    expect(result._tag === 'Left' && result.left).not.toHaveProperty('selected')
  })
})
