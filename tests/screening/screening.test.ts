import { describe, expect, it } from 'vitest'
import { ClearedSchema, NO_RED_FLAGS, ReferralSchema, ScreeningSchema, StartBackRiskSchema, screenIntake, type RedFlagAnswers, type Screening } from '../../src/index.js'

const screen = (redFlags: RedFlagAnswers = NO_RED_FLAGS): Screening => {
  const result = screenIntake({ age: 38, redFlags })
  if (result._tag !== 'Right') throw new Error('expected a screening')
  return result.right
}

describe('the screening schemas', () => {
  const cleared = screen()
  const referral = screen({ ...NO_RED_FLAGS, fever: true })

  it('describe a cleared screening with its risk group and at least one reason', () => {
    expect(ClearedSchema.safeParse(cleared).success).toBe(true)
    for (const risk of ['low', 'medium', 'high', 'unknown']) expect(StartBackRiskSchema.safeParse(risk).success).toBe(true)
    expect(ClearedSchema.safeParse({ ...cleared, risk: 'severe' }).success).toBe(false)
    expect(ClearedSchema.safeParse({ ...cleared, reasons: [] }).success).toBe(false)
    expect(ClearedSchema.safeParse({ ...cleared, advice: 'x' }).success).toBe(false)
  })

  it('describe a screening as either one, told apart by its tag', () => {
    expect(ScreeningSchema.safeParse(cleared).success).toBe(true)
    expect(ScreeningSchema.safeParse(referral).success).toBe(true)
    expect(ReferralSchema.safeParse(referral).success).toBe(true)
    expect(ScreeningSchema.safeParse({ ...cleared, _tag: 'Referral' }).success).toBe(false)
    expect(ScreeningSchema.safeParse({ ...referral, _tag: 'Cleared' }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, flags: [] }).success).toBe(false)
  })
})
