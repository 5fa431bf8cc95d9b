import { describe, expect, it } from 'vitest'
import { AGE_RED_FLAG, IntakeSchema, NO_RED_FLAGS, RED_FLAGS, screenIntake } from '../../src/index.js'

const CAUDA_EQUINA = ['bladder-or-bowel-change', 'saddle-numbness', 'sexual-dysfunction', 'progressive-leg-weakness', 'bilateral-leg-symptoms', 'gait-disturbance']

/*
 * The red-flag lists of NICE NG59, the NHS pathway and Verhagen et al. 2016
 * (domain.md section 3), grouped by what they point to. The cauda equina
 * signs are an emergency; the sources give no timing for the others, so the
 * engine sends them "soon", except a month without improvement, which alone
 * calls for a routine appointment.
 */
describe('RED_FLAGS', () => {
  it('asks about each sign of the clinical lists, grouped by what it points to', () => {
    expect(RED_FLAGS.map((flag) => [flag.id, flag.condition])).toEqual([
      ...CAUDA_EQUINA.map((id) => [id, 'cauda-equina']),
      ['trauma', 'fracture'],
      ['minor-trauma-with-bone-risk', 'fracture'],
      ['deformity', 'fracture'],
      ['history-of-cancer', 'cancer'],
      ['unexplained-weight-loss', 'cancer'],
      ['night-pain', 'cancer'],
      ['no-improvement-after-a-month', 'cancer'],
      ['fever', 'infection'],
      ['immunosuppression', 'infection'],
      ['iv-drug-use', 'infection'],
      ['recent-bacterial-infection', 'infection'],
      ['penetrating-wound', 'infection'],
    ])
  })

  it('refers the cauda equina signs as an emergency, a month without improvement as routine, and every other sign soon', () => {
    for (const flag of RED_FLAGS) {
      const expected = CAUDA_EQUINA.includes(flag.id) ? 'emergency' : flag.id === 'no-improvement-after-a-month' ? 'routine' : 'soon'
      expect([flag.id, flag.urgency]).toEqual([flag.id, expected])
    }
  })

  it('describes each sign in a few plain words', () => {
    for (const flag of RED_FLAGS) expect(flag.description).toMatch(/^[a-z][a-z ,-]+[a-z]$/)
  })
})

describe('AGE_RED_FLAG', () => {
  it('is a routine sign pointing to the same checks as the other age-related signs', () => {
    expect(AGE_RED_FLAG).toEqual({
      id: 'age-under-20-or-over-50',
      condition: 'cancer',
      urgency: 'routine',
      description: 'back pain of a kind not had before, starting under age 20 or over age 50',
    })
    expect(RED_FLAGS.map((flag) => flag.id)).not.toContain(AGE_RED_FLAG.id)
  })
})

describe('NO_RED_FLAGS', () => {
  it('answers every red-flag question "no", and only those', () => {
    expect(Object.keys(NO_RED_FLAGS)).toEqual(RED_FLAGS.map((flag) => flag.id))
    expect(Object.values(NO_RED_FLAGS).every((answer) => answer === false)).toBe(true)
  })

  it('is a full set of answers the intake accepts, which clears a person aged 20-50', () => {
    expect(IntakeSchema.safeParse({ age: 38, redFlags: NO_RED_FLAGS }).success).toBe(true)
    expect(screenIntake({ age: 38, redFlags: NO_RED_FLAGS })).toMatchObject({ _tag: 'Right', right: { _tag: 'Cleared' } })
  })

  it('is spread to report a sign, and cannot be changed itself', () => {
    expect(screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } })).toMatchObject({ _tag: 'Right', right: { _tag: 'Referral', urgency: 'soon' } })
    expect(Object.isFrozen(NO_RED_FLAGS)).toBe(true)
    expect(() => Object.assign(NO_RED_FLAGS, { fever: true })).toThrow(TypeError)
  })
})
