import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ReferralSchema, UrgencySchema, type Referral, type Urgency } from '../../src/index.js'
import { moreUrgent } from '../../src/shared/referral.js'

const urgency = fc.constantFrom<Urgency>('emergency', 'soon', 'routine')

describe('moreUrgent', () => {
  it.each<readonly [Urgency, Urgency, Urgency]>([
    ['emergency', 'emergency', 'emergency'],
    ['emergency', 'soon', 'emergency'],
    ['emergency', 'routine', 'emergency'],
    ['soon', 'emergency', 'emergency'],
    ['soon', 'soon', 'soon'],
    ['soon', 'routine', 'soon'],
    ['routine', 'emergency', 'emergency'],
    ['routine', 'soon', 'soon'],
    ['routine', 'routine', 'routine'],
  ])('takes %s and %s as %s', (a, b, expected) => {
    expect(moreUrgent(a, b)).toBe(expected)
  })

  it('gives the same answer whatever the order, and one of the two it was given', () => {
    fc.assert(
      fc.property(urgency, urgency, (a, b) => {
        expect(moreUrgent(a, b)).toBe(moreUrgent(b, a))
        expect([a, b]).toContain(moreUrgent(a, b))
      }),
      { numRuns: 50 },
    )
  })
})

describe('ReferralSchema', () => {
  const referral: Referral = {
    _tag: 'Referral',
    cause: 'red-flag',
    urgency: 'soon',
    advice: 'See a doctor within the next few days.',
    reasons: [{ rule: 'red-flag', message: 'A sign that needs a check.' }],
  }

  it('takes a referral of each cause and urgency', () => {
    for (const cause of ['red-flag', 'too-few-tolerable', 'ceiling']) {
      for (const level of UrgencySchema.options) expect(ReferralSchema.safeParse({ ...referral, cause, urgency: level }).success).toBe(true)
    }
  })

  it('never carries a dose, and needs advice and at least one reason', () => {
    expect(ReferralSchema.safeParse({ ...referral, dose: { kind: 'hold', sets: 2, seconds: 20 } }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, advice: '' }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, advice: 'x'.repeat(1_000) }).success).toBe(true)
    expect(ReferralSchema.safeParse({ ...referral, advice: 'x'.repeat(1_001) }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, reasons: [] }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, cause: 'pain' }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, urgency: 'later' }).success).toBe(false)
  })
})
