import { describe, expect, it } from 'vitest'
import { formatDose } from '../../src/shared/formatDose.js'

describe('formatDose', () => {
  it('writes holds in seconds and distances in meters', () => {
    expect(formatDose({ kind: 'hold', sets: 2, seconds: 20 })).toBe('2 x 20 s')
    expect(formatDose({ kind: 'distance', sets: 3, meters: 15 })).toBe('3 x 15 m')
  })

  it('writes reps with what goes with them, in a fixed order: per side, band, load', () => {
    expect(formatDose({ kind: 'reps', sets: 1, reps: 20 })).toBe('1 x 20')
    expect(formatDose({ kind: 'reps', sets: 1, reps: 5, perSide: true })).toBe('1 x 5 per side')
    expect(formatDose({ kind: 'reps', sets: 3, reps: 15, band: true })).toBe('3 x 15 with a band')
    expect(formatDose({ kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 })).toBe('2 x 8 with 5.5 kg')
    // Seed 004: raising the roof holds each rep at the top.
    expect(formatDose({ kind: 'reps', sets: 1, reps: 5, holdSeconds: 2 })).toBe('1 x 5, each held 2 s')
    expect(formatDose({ kind: 'reps', sets: 2, reps: 10, perSide: true, band: true, loadKg: 2 })).toBe('2 x 10 per side with a band with 2 kg')
  })

  it('leaves out what is set to false', () => {
    expect(formatDose({ kind: 'reps', sets: 2, reps: 15, perSide: false, band: false })).toBe('2 x 15')
  })
})
