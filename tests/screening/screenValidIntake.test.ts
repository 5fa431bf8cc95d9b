import { describe, expect, it } from 'vitest'
import { NO_RED_FLAGS } from '../../src/index.js'
import { screenValidIntake } from '../../src/screening/screenValidIntake.js'

describe('screenValidIntake: the screening of an intake already checked', () => {
  it('clears an intake with no sign, its first reason saying so, then the STarT Back reasons', () => {
    const screening = screenValidIntake({ age: 38, redFlags: NO_RED_FLAGS })
    expect(screening).toMatchObject({ _tag: 'Cleared', risk: 'unknown' })
    expect(screening.reasons.map((reason) => reason.rule)).toEqual(['red-flags-clear', 'start-back-missing'])
  })

  it('refers on any sign, the most urgent deciding, with one reason per sign in the order of the questions', () => {
    const screening = screenValidIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, fever: true, 'saddle-numbness': true } })
    expect(screening).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' })
    expect(screening.reasons.map((reason) => reason.value)).toEqual(['saddle-numbness', 'fever'])
  })

  it('refers on the age sign alone, routinely (NICE NG59: new back pain under 20 or over 50)', () => {
    expect(screenValidIntake({ age: 51, redFlags: NO_RED_FLAGS })).toMatchObject({ _tag: 'Referral', urgency: 'routine', reasons: [{ value: 'age-under-20-or-over-50' }] })
    expect(screenValidIntake({ age: 50, redFlags: NO_RED_FLAGS })._tag).toBe('Cleared')
  })
})
