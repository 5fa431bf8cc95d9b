import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AGE_RED_FLAG, NO_RED_FLAGS, type Intake } from '../../../src/index.js'
import { ageSign, isSignAge } from '../../../src/screening/rules/ageAtOnset.js'

/*
 * domain.md section 3: the sign is back pain of a kind not had before that
 * begins under 20 or over 50 (the red-flag lists since the CSAG report; NICE
 * CKS), not the age itself; an unanswered question is never taken as "no".
 */
const intake = (age: number, onset: Partial<Pick<Intake, 'firstEpisode' | 'painStarted'>> = {}): Intake => ({ age, redFlags: NO_RED_FLAGS, ...onset })

describe('isSignAge', () => {
  it('is true under 20 and over 50, and false from 20 to 50', () => {
    expect([0, 19, 20, 35, 50, 51, 120].map(isSignAge)).toEqual([true, true, false, false, false, true, true])
  })
})

describe('ageSign', () => {
  it('is the age sign, with its id and urgency, for a first episode under 20 or over 50', () => {
    expect(ageSign(intake(55, { firstEpisode: true }))).toEqual({
      ...AGE_RED_FLAG,
      description: 'back pain of a kind not had before, at age 55',
      age: 55,
      onset: 'first-episode',
      painStarted: undefined,
    })
    expect(ageSign(intake(17, { firstEpisode: true, painStarted: '2026-09-01' }))).toEqual({
      ...AGE_RED_FLAG,
      description: 'back pain of a kind not had before, at age 17 since 2026-09-01',
      age: 17,
      onset: 'first-episode',
      painStarted: '2026-09-01',
    })
  })

  it('takes an unanswered onset question as a first episode, and says it did', () => {
    expect(ageSign(intake(70))?.description).toBe('back pain at age 70, not said to be a kind had before, and so taken as new')
    expect(ageSign(intake(70, { painStarted: '2026-11-02' }))?.description).toBe('back pain at age 70 since 2026-11-02, not said to be a kind had before, and so taken as new')
  })

  it('is never given for back pain of a kind had before, nor at 20 to 50', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.option(fc.boolean(), { nil: undefined }), (age, firstEpisode) => {
        const sign = ageSign(intake(age, firstEpisode === undefined ? {} : { firstEpisode }))
        expect(sign !== undefined).toBe((age < 20 || age > 50) && firstEpisode !== false)
      }),
      { numRuns: 300 },
    )
  })
})
