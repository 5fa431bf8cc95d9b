import { describe, expect, it } from 'vitest'
import { sorenessSigns } from '../../../src/ceiling/soreness/sorenessSigns.js'
import { SOURCES, type SorenessReport } from '../../../src/index.js'
import { sorenessReport } from '../../support/fixtures.js'

const SORENESS = SOURCES.soreness
const signsOf = (change: Partial<SorenessReport>) => sorenessSigns({ ...sorenessReport, ...change })

// Each sign comes from Cheung, Hume, Maxwell 2003 on delayed-onset muscle soreness: domain.md section 4.
describe('sorenessSigns: what in a report is not ordinary soreness', () => {
  it('finds nothing in a dull ache or tightness of the worked muscle, not at rest, in its first days', () => {
    expect(signsOf({})).toEqual([])
    expect(signsOf({ character: 'tight', hoursSinceExercise: 72, trend: 'worse' })).toEqual([])
    expect(signsOf({ hoursSinceExercise: 168, trend: 'improving' })).toEqual([])
  })

  it('sends numbness or tingling to a clinician, as a nerve sign wherever the pain is', () => {
    expect(signsOf({ numbnessOrTingling: true })).toStrictEqual([
      {
        calls: 'see-clinician',
        reason: {
          rule: 'numbness-or-tingling',
          message: 'Numbness or tingling is not muscle soreness and is a sign to have checked: see a clinician before exercising again.',
          value: 'worked-muscle',
          source: SORENESS,
          params: { location: 'worked-muscle' },
        },
      },
    ])
    expect(signsOf({ numbnessOrTingling: true, location: 'radiating' })[0]?.reason.message).toBe(
      'Pain that spreads down a limb with numbness or tingling is a sign to have checked: see a clinician before exercising again.',
    )
  })

  it('sends anything still there after 168 hours to a clinician, and not at 168', () => {
    expect(signsOf({ hoursSinceExercise: 168.5, trend: 'improving' })).toStrictEqual([
      {
        calls: 'see-clinician',
        reason: {
          rule: 'outlasts-soreness',
          message: 'Still there 168.5 hours after exercise; soreness is gone within about 168 hours (5-7 days).',
          value: 168.5,
          limit: 168,
          source: SORENESS,
          params: { hours: 168.5, goneHours: 168 },
        },
      },
    ])
  })

  it.each(['sharp', 'stabbing', 'electric', 'burning'] as const)('warns of a %s pain, naming it', (character) => {
    expect(signsOf({ character })).toStrictEqual([
      { calls: 'warning-pain', reason: { rule: 'pain-character', message: `A ${character} pain is not the dull ache of soreness.`, value: character, source: SORENESS, params: { character } } },
    ])
  })

  it.each([
    ['spine', 'Pain in the spine is not soreness in a muscle that worked.'],
    ['joint', 'Pain in the joint is not soreness in a muscle that worked.'],
    ['radiating', 'Pain in the leg or arm, radiating is not soreness in a muscle that worked.'],
  ] as const)('warns of pain in the %s', (location, message) => {
    expect(signsOf({ location })).toStrictEqual([{ calls: 'warning-pain', reason: { rule: 'pain-location', message, value: location, source: SORENESS, params: { location } } }])
  })

  it('warns of pain at rest and of pain that disturbs sleep', () => {
    expect(signsOf({ atRest: true })).toStrictEqual([
      {
        calls: 'warning-pain',
        reason: { rule: 'pain-at-rest', message: 'Soreness is felt on stretch, contraction or pressure, not at rest.', value: true, source: SORENESS, params: {} },
      },
    ])
    expect(signsOf({ disturbsSleep: true })).toStrictEqual([
      { calls: 'warning-pain', reason: { rule: 'disturbs-sleep', message: 'Pain that disturbs sleep is not ordinary soreness.', value: true, source: SORENESS, params: {} } },
    ])
  })

  it('warns of pain no better or worse after 72 hours, but not of pain that improves', () => {
    expect(signsOf({ hoursSinceExercise: 72.5, trend: 'same' })).toStrictEqual([
      {
        calls: 'warning-pain',
        reason: {
          rule: 'not-improving',
          message: 'No better 72.5 hours after exercise; soreness peaks by 72 hours and then improves.',
          value: 'same',
          limit: 72,
          source: SORENESS,
          params: { trend: 'same', hours: 72.5, peakEndHours: 72 },
        },
      },
    ])
    expect(signsOf({ hoursSinceExercise: 73, trend: 'worse' })[0]?.reason).toMatchObject({
      message: 'Getting worse 73 hours after exercise; soreness peaks by 72 hours and then improves.',
      value: 'worse',
    })
    expect(signsOf({ hoursSinceExercise: 120, trend: 'improving' })).toEqual([])
  })

  it('lists every sign found, in the order of the rules', () => {
    const all = signsOf({ location: 'joint', character: 'burning', hoursSinceExercise: 200, atRest: true, disturbsSleep: true, trend: 'worse', numbnessOrTingling: true })
    expect(all.map((sign) => [sign.calls, sign.reason.rule])).toEqual([
      ['see-clinician', 'numbness-or-tingling'],
      ['see-clinician', 'outlasts-soreness'],
      ['warning-pain', 'pain-character'],
      ['warning-pain', 'pain-location'],
      ['warning-pain', 'pain-at-rest'],
      ['warning-pain', 'disturbs-sleep'],
      ['warning-pain', 'not-improving'],
    ])
  })

  it('names the sign in every message, never a diagnosis', () => {
    const all = signsOf({ location: 'radiating', character: 'electric', hoursSinceExercise: 200, atRest: true, disturbsSleep: true, trend: 'same', numbnessOrTingling: true })
    for (const { reason } of all) {
      expect(reason.message).not.toMatch(/sciatica|hernia|disc|radiculopathy|stenosis|fracture|tumou?r|cancer|infection|cauda equina|arthritis/i)
    }
    expect(all.map((sign) => sign.reason.message)).toEqual([
      expect.stringMatching(/numbness or tingling/),
      expect.stringMatching(/200 hours/),
      expect.stringMatching(/electric pain/),
      expect.stringMatching(/radiating/),
      expect.stringMatching(/not at rest/),
      expect.stringMatching(/disturbs sleep/),
      expect.stringMatching(/No better/),
    ])
  })
})
