import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { DistanceDoseSchema, DoseSchema, HoldDoseSchema, RepsDoseSchema, type DoseInput } from '../../src/index.js'

const issuesOf = (dose: unknown) => {
  const result = parseInput(DoseSchema, dose)
  return result._tag === 'Left' ? result.left : []
}

describe('DoseSchema', () => {
  it.each<DoseInput>([
    { kind: 'reps', sets: 1, reps: 20 },
    { kind: 'reps', sets: 3, reps: 15, band: true },
    { kind: 'reps', sets: 2, reps: 8, loadKg: 12.5 },
    { kind: 'reps', sets: 1, reps: 5, perSide: true },
    { kind: 'reps', sets: 1, reps: 5, perSide: false, band: false },
    { kind: 'hold', sets: 2, seconds: 20 },
    { kind: 'distance', sets: 2, meters: 20 },
  ])('accepts %j as it is', (dose) => {
    expect(DoseSchema.parse(dose)).toStrictEqual(dose)
  })

  // The caps keep typos and hostile numbers out: INPUT_LIMITS.dose.
  it.each([
    ['sets', { kind: 'hold', seconds: 20 }, 10],
    ['reps', { kind: 'reps', sets: 1 }, 500],
    ['seconds', { kind: 'hold', sets: 1 }, 3_600],
    ['meters', { kind: 'distance', sets: 1 }, 10_000],
  ] as const)('counts %s from 1 to its cap in whole numbers', (key, rest, cap) => {
    const at = (value: number) => ({ ...rest, [key]: value })
    expect(DoseSchema.safeParse(at(1)).success).toBe(true)
    expect(DoseSchema.safeParse(at(cap)).success).toBe(true)
    expect(issuesOf(at(0))).toEqual([{ code: 'too_small', path: [key], message: 'must be at least 1' }])
    expect(issuesOf(at(cap + 1))).toEqual([{ code: 'too_big', path: [key], message: `must be at most ${cap}` }])
    expect(issuesOf(at(1.5))).toEqual([{ code: 'invalid_type', path: [key], message: 'must be a whole number' }])
  })

  it('takes an added load above 0 kg up to 500 kg, in any step', () => {
    const load = (loadKg: number) => ({ kind: 'reps', sets: 2, reps: 8, loadKg })
    expect(DoseSchema.safeParse(load(0.01)).success).toBe(true)
    expect(DoseSchema.safeParse(load(500)).success).toBe(true)
    expect(issuesOf(load(0))).toEqual([{ code: 'too_small', path: ['loadKg'], message: 'must be more than 0' }])
    expect(issuesOf(load(500.01))).toEqual([{ code: 'too_big', path: ['loadKg'], message: 'must be at most 500' }])
  })

  it('refuses a field of another kind, an unknown kind and a missing count', () => {
    expect(issuesOf({ kind: 'hold', sets: 2, reps: 20 })).toEqual([
      { code: 'required', path: ['seconds'], message: 'is required' },
      { code: 'unknown_key', path: ['reps'], message: 'is not a known field' },
    ])
    expect(issuesOf({ kind: 'sprint', sets: 1, meters: 10 })).toEqual([
      { code: 'invalid_union', path: ['kind'], message: 'does not match any accepted shape' },
    ])
    expect(issuesOf({ kind: 'distance', sets: 1 })).toEqual([{ code: 'required', path: ['meters'], message: 'is required' }])
  })

  it('tells the three shapes apart by kind, each with its own fields', () => {
    expect(RepsDoseSchema.safeParse({ kind: 'reps', sets: 1, reps: 5, band: 'yes' }).success).toBe(false)
    expect(HoldDoseSchema.safeParse({ kind: 'hold', sets: 1, seconds: 5, perSide: true }).success).toBe(false)
    expect(DistanceDoseSchema.safeParse({ kind: 'distance', sets: 1, meters: 5, loadKg: 1 }).success).toBe(false)
  })

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof DoseSchema.safeParse(value).success).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  })
})
