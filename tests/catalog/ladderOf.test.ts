import { describe, expect, it } from 'vitest'
import { BUILT_IN_LADDERS, ladderOf, type FindMovementInput, type Ladder } from '../../src/index.js'
import { REHAB_LADDERS } from '../../src/catalog/rehabLadder.js'
import { appMovement } from '../support/catalogMovements.js'

const invalid = (...issues: unknown[]) => ({ _tag: 'Left', left: { _tag: 'InvalidInput', issues } })

const ownLadder: Ladder = {
  rungs: [
    { kind: 'reps', sets: 1, reps: 10 },
    { kind: 'reps', sets: 1, reps: 15 },
  ],
  afterTop: { kind: 'stay' },
  frequency: { perDay: 1, minDaysApart: 1 },
  source: 'our clinic',
}

describe('ladderOf', () => {
  it('gives a movement its own ladder', () => {
    expect(ladderOf({ movement: 'deadbug' })).toEqual({ _tag: 'Right', right: BUILT_IN_LADDERS.deadbug })
    expect(ladderOf({ movement: 'wall-sit', options: { catalog: [appMovement('wall-sit', { ladder: ownLadder })] } })).toEqual({
      _tag: 'Right',
      right: ownLadder,
    })
  })

  it('gives an assessment movement without a ladder the rehab ladder: 1 x 5 to 2 x 10, three times a day (seed 001)', () => {
    const bridge = ladderOf({ movement: 'hip-bridge' })
    expect(bridge).toEqual({ _tag: 'Right', right: REHAB_LADDERS.bothSides })
    expect(bridge._tag === 'Right' && [bridge.right.rungs[0], bridge.right.rungs.at(-1), bridge.right.frequency.perDay]).toEqual([
      { kind: 'reps', sets: 1, reps: 5 },
      { kind: 'reps', sets: 2, reps: 10 },
      3,
    ])
    expect(ladderOf({ movement: 'side-plank-clam-shell' })).toEqual({ _tag: 'Right', right: REHAB_LADDERS.perSide })
  })

  it('refuses a movement that has no ladder at all, at the path of the movement', () => {
    const catalog = [appMovement('wall-sit', { roles: ['protocol'] })]
    expect(ladderOf({ movement: 'wall-sit', options: { catalog } })).toEqual(
      invalid({ code: 'not_in_catalog', path: ['movement'], message: '"wall-sit" has no ladder in the catalog' }),
    )
  })

  it('refuses a movement the catalog does not hold, and a malformed input', () => {
    expect(ladderOf({ movement: 'handstand' })).toEqual(
      invalid({ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }),
    )
    expect(ladderOf({ movement: 'x'.repeat(65) })).toEqual(invalid({ code: 'too_big', path: ['movement'], message: 'must be at most 64 characters' }))
    expect(ladderOf({ movement: 'deadbug', options: { catalog: [] } })).toEqual(
      invalid({ code: 'too_small', path: ['options', 'catalog'], message: 'must hold at least 1 item(s)' }),
    )
  })

  it('refuses what is not plain data', () => {
    expect(ladderOf({ movement: 'deadbug', options: () => ({}) } as unknown as FindMovementInput)).toEqual(
      invalid({ code: 'not_plain_data', path: ['options'], message: 'must be plain data, not a function' }),
    )
  })
})
