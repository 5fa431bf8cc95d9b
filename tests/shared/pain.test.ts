import { describe, expect, it } from 'vitest'
import { DEFER } from '../../src/_lib/plainReader.js'
import { parseInput } from '../../src/_lib/parseInput.js'
import { PainSchema } from '../../src/index.js'
import { PainCeilingOptionSchema, readPain } from '../../src/shared/pain.js'

describe('PainSchema', () => {
  // The 0-10 numeric pain rating scale (NPRS), whole numbers only (domain.md section 2).
  it('takes whole numbers from 0 to 10', () => {
    for (const pain of [0, 3, 10]) expect(PainSchema.safeParse(pain).success).toBe(true)
    expect(parseInput(PainSchema, -1)).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: 'must be at least 0' }] })
    expect(parseInput(PainSchema, 11)).toEqual({ _tag: 'Left', left: [{ code: 'too_big', path: [], message: 'must be at most 10' }] })
    expect(PainSchema.safeParse(3.5).success).toBe(false)
  })

  it('is read by hand exactly as the schema reads it', () => {
    for (const value of [0, 10, -1, 11, 3.5, -0, Number.NaN, '3', null]) {
      const parsed = PainSchema.safeParse(value)
      expect(readPain(value)).toBe(parsed.success ? parsed.data : DEFER)
    }
  })
})

describe('PainCeilingOptionSchema', () => {
  // The pain-monitoring model allows up to 5/10 (Silbernagel et al. 2007); no ceiling may go higher.
  it('takes a ceiling from 0 to 5, and no higher', () => {
    for (const ceiling of [0, 3, 5]) expect(PainCeilingOptionSchema.safeParse(ceiling).success).toBe(true)
    expect(parseInput(PainCeilingOptionSchema, 6)).toEqual({ _tag: 'Left', left: [{ code: 'too_big', path: [], message: 'must be at most 5' }] })
    expect(parseInput(PainCeilingOptionSchema, -1)).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: 'must be at least 0' }] })
    expect(PainCeilingOptionSchema.safeParse(2.5).success).toBe(false)
  })
})
