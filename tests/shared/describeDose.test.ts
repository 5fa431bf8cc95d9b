import { describe, expect, it } from 'vitest'
import { describeDose, type DoseInput } from '../../src/index.js'

describe('describeDose', () => {
  it.each<readonly [DoseInput, string]>([
    [{ kind: 'hold', sets: 2, seconds: 20 }, '2 x 20 s'],
    [{ kind: 'distance', sets: 2, meters: 20 }, '2 x 20 m'],
    [{ kind: 'reps', sets: 1, reps: 20 }, '1 x 20'],
    [{ kind: 'reps', sets: 3, reps: 15, band: true }, '3 x 15 with a band'],
    [{ kind: 'reps', sets: 1, reps: 5, perSide: true }, '1 x 5 per side'],
    [{ kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 }, '2 x 8 with 5.5 kg'],
  ])('writes %j as "%s"', (dose, words) => {
    expect(describeDose(dose)).toEqual({ _tag: 'Right', right: words })
  })

  it('refuses a dose that breaks the schema, naming each problem', () => {
    expect(describeDose({ kind: 'distance', sets: 0, meters: 20 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_small', path: ['sets'], message: 'must be at least 1' }] },
    })
    expect(describeDose({ kind: 'hold', sets: 11, seconds: 3_601 })).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [
          { code: 'too_big', path: ['sets'], message: 'must be at most 10' },
          { code: 'too_big', path: ['seconds'], message: 'must be at most 3600' },
        ],
      },
    })
  })

  it('refuses what is not plain data before reading it', () => {
    expect(describeDose({ kind: 'hold', sets: 2, seconds: 20n } as unknown as DoseInput)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_plain_data', path: ['seconds'], message: 'must be plain data, not a bigint' }] },
    })
  })
})
