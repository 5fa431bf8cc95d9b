import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { DoseSchema, MAX_DOSE_SETS, type Dose } from '../../src/index.js'

describe('DoseSchema', () => {
  it.each<Dose>([
    { kind: 'reps', sets: 1, reps: 20 },
    { kind: 'reps', sets: 3, reps: 15, band: true },
    { kind: 'reps', sets: 2, reps: 8, loadKg: 12.5 },
    { kind: 'reps', sets: 1, reps: 5, perSide: true },
    { kind: 'hold', sets: 2, seconds: 20 },
    { kind: 'distance', sets: 2, meters: 20 },
  ])('accepts %j', (dose) => {
    expect(DoseSchema.parse(dose)).toEqual(dose)
  })

  it.each([
    { kind: 'reps', sets: 0, reps: 5 },
    { kind: 'reps', sets: 1, reps: 2.5 },
    { kind: 'hold', sets: 2, seconds: -20 },
    { kind: 'hold', sets: 2, reps: 20 },
    { kind: 'distance', sets: 1 },
    { kind: 'sprint', sets: 1, meters: 10 },
    { kind: 'reps', sets: MAX_DOSE_SETS + 1, reps: 5 },
    { kind: 'reps', sets: 1, reps: 5, loadKg: 0 },
  ])('refuses %j', (dose) => {
    expect(DoseSchema.safeParse(dose).success).toBe(false)
  })

  test.prop([fc.jsonValue()], { numRuns: 1000 })('never throws on arbitrary JSON', (value) => {
    expect(typeof DoseSchema.safeParse(value).success).toBe('boolean')
  })
})
