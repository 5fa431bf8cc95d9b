import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InflammatoryScreenSchema, NO_RED_FLAGS, decideDay, screenIntake, type InflammatoryScreen } from '../../../src/index.js'
import { inflammatoryBackPain } from '../../../src/screening/rules/inflammatoryBackPain.js'
import { assessmentOn, episodeOf } from '../../episode/episodeFixtures.js'

/*
 * domain.md section 3, NICE NG65 rec. 1.1: for back pain that began before 45
 * and has lasted over 3 months, 4 or more of 7 features refer to rheumatology
 * (routine); with 3, a doctor's check (a blood test). Exercise goes on. An
 * unanswered question is never taken as "no".
 */
const FEATURE_KEYS = ['wakesInSecondHalfOfNight', 'buttockPain', 'betterWithMovement', 'betterWithAntiInflammatories', 'relativeWithSpondyloarthritis', 'arthritisEnthesitisOrPsoriasis'] as const
const allNo: InflammatoryScreen = { onsetAge: '35-to-44', lastedOver3Months: true, ...Object.fromEntries(FEATURE_KEYS.map((key) => [key, false])) }
const withYes = (count: number, base: InflammatoryScreen = allNo): InflammatoryScreen => ({ ...base, ...Object.fromEntries(FEATURE_KEYS.slice(0, count).map((key) => [key, true])) })

describe('inflammatoryBackPain', () => {
  it('says nothing without the screen', () => {
    expect(inflammatoryBackPain(undefined)).toBeUndefined()
  })

  it('advises asking about a rheumatologist at 4 features, naming them, with exercise going on', () => {
    expect(inflammatoryBackPain(withYes(4))).toEqual({
      advises: true,
      reason: {
        rule: 'inflammatory-back-pain',
        message:
          'The inflammatory back pain screen found 4 of its 7 features (it wakes you in the second half of the night; pain in the buttock; it eases with movement; it eases within two days of anti-inflammatory painkillers). Book a routine appointment with a doctor and ask about seeing a rheumatologist; the exercises can go on meanwhile.',
        value: 4,
        limit: 4,
        source: 'NICE guideline NG65 (2017), spondyloarthritis, rec. 1.1: back pain begun before 45 and lasting over 3 months, 4 or more features refer',
        params: {
          advice: 'refer',
          count: 4,
          features: 7,
          present: ['wakesInSecondHalfOfNight', 'buttockPain', 'betterWithMovement', 'betterWithAntiInflammatories'],
          open: 0,
          askDoctor: 3,
        },
      },
    })
  })

  it('counts pain that began before 35 as a feature', () => {
    expect(inflammatoryBackPain(withYes(3, { ...allNo, onsetAge: 'under-35' }))?.reason).toMatchObject({ value: 4, limit: 4 })
    expect(inflammatoryBackPain(withYes(3, { ...allNo, onsetAge: 'under-35' }))?.reason.message).toContain('the pain began before age 35;')
  })

  it('advises asking a doctor at 3 features, and clears under 3 when every question is answered', () => {
    expect(inflammatoryBackPain(withYes(3))).toMatchObject({ advises: true, reason: { value: 3, limit: 3 } })
    expect(inflammatoryBackPain(withYes(3))?.reason.message).toBe(
      'The inflammatory back pain screen found 3 of its 7 features (it wakes you in the second half of the night; pain in the buttock; it eases with movement). Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.',
    )
    expect(inflammatoryBackPain(withYes(2))).toEqual({
      advises: false,
      reason: expect.objectContaining({ message: expect.stringContaining('2 of its 7 features') as string, value: 2, limit: 3 }),
    })
    expect(inflammatoryBackPain(allNo)?.reason.message).toBe('The inflammatory back pain screen found none of its features, fewer than the 3 at which a doctor\'s check is advised.')
  })

  it('never reads an unanswered question as "no": two features and an open question advise asking a doctor', () => {
    const { buttockPain: _, ...open } = withYes(1)
    const twoAndOpen = { ...open, wakesInSecondHalfOfNight: true, betterWithMovement: true }
    expect(inflammatoryBackPain(twoAndOpen)).toMatchObject({ advises: true, reason: { value: 2, limit: 3 } })
    expect(inflammatoryBackPain(twoAndOpen)?.reason.message).toContain('1 question was not answered, and could add to them.')
    const { betterWithAntiInflammatories: __, ...twoOpen } = twoAndOpen
    expect(inflammatoryBackPain(twoOpen)?.reason.message).toContain(' 2 questions were not answered, and could add to them. Ask a doctor')
    // An empty screen is seven open questions.
    expect(inflammatoryBackPain({})).toMatchObject({ advises: true, reason: { value: 0 } })
  })

  it('does not apply to pain that began at 45 or over, or has not lasted over 3 months', () => {
    for (const screen of [withYes(6, { ...allNo, onsetAge: '45-or-over' }), withYes(6, { ...allNo, lastedOver3Months: false })]) {
      expect(inflammatoryBackPain(screen)).toMatchObject({ advises: false, reason: { value: 0 } })
    }
    // Left out, the onset and the duration are taken as within the screen.
    const { onsetAge: _, lastedOver3Months: __, ...undated } = withYes(4)
    expect(inflammatoryBackPain(undated)).toMatchObject({ advises: true, reason: { value: 4 } })
  })

  it('advises exactly when four features are present, or could be with three or the open questions, for any answers', () => {
    const answer = fc.option(fc.boolean(), { nil: undefined })
    const screen = fc.record(
      { onsetAge: fc.constantFrom('under-35', '35-to-44', undefined), lastedOver3Months: fc.constantFrom(true, undefined), ...Object.fromEntries(FEATURE_KEYS.map((key) => [key, answer])) },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(screen, (answers) => {
        const parsed = InflammatoryScreenSchema.parse(answers)
        const values = [parsed.onsetAge === undefined ? undefined : parsed.onsetAge === 'under-35', ...FEATURE_KEYS.map((key) => parsed[key])]
        const yes = values.filter((value) => value === true).length
        const open = values.filter((value) => value === undefined).length
        const result = inflammatoryBackPain(parsed)!
        expect(result.advises).toBe(yes + open >= 3)
        expect(result.reason.value).toBe(yes)
      }),
      { numRuns: 300 },
    )
  })
})

describe('the inflammatory screen in the intake and the plans', () => {
  const intake = { age: 30, redFlags: NO_RED_FLAGS, inflammatory: withYes(4) }

  it('clears the intake with its advice among the reasons: it does not stop exercise', () => {
    const screening = screenIntake(intake)
    expect(screening._tag === 'Right' && screening.right._tag).toBe('Cleared')
    expect(screening._tag === 'Right' && screening.right.reasons.map((reason) => reason.rule)).toContain('inflammatory-back-pain')
  })

  it("puts the advice in each day's plan, and leaves a screen that clears out of it", () => {
    const day = decideDay({ episode: episodeOf([assessmentOn('2026-11-01')], { intake }), today: '2026-11-02' })
    expect(day._tag === 'Right' && day.right.items.length > 0).toBe(true)
    expect(day._tag === 'Right' && day.right.reasons.find((reason) => reason.rule === 'inflammatory-back-pain')).toMatchObject({ value: 4, limit: 4 })
    const cleared = decideDay({ episode: episodeOf([assessmentOn('2026-11-01')], { intake: { ...intake, inflammatory: allNo } }), today: '2026-11-02' })
    expect(cleared._tag === 'Right' && cleared.right.reasons.map((reason) => reason.rule)).not.toContain('inflammatory-back-pain')
  })

  it('is refused with its path when an answer is not one the screen knows', () => {
    const result = screenIntake({ ...intake, inflammatory: { onsetAge: 30 } } as never)
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues.map((issue) => issue.path)).toEqual([['inflammatory', 'onsetAge']])
  })
})
