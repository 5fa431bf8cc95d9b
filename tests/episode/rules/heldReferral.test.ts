import { describe, expect, it } from 'vitest'
import { NO_RED_FLAGS, type CeilingVerdict, type SorenessVerdict } from '../../../src/index.js'
import { ceilingReferral, heldReferral, sorenessReferral, symptomsReferral, type HeldReferral } from '../../../src/episode/rules/heldReferral.js'
import type { EventRef } from '../../../src/episode/eventRef.js'
import { checkEpisode } from '../../../src/episode/checkEpisode.js'
import { EpisodeSchema } from '../../../src/episode/episode.js'
import { foldThrough } from '../../../src/episode/foldEpisode.js'
import { assessmentOn, episodeOf } from '../episodeFixtures.js'

const ref = (index: number, type: EventRef['type'], date: string): EventRef => ({ index, type, date })

describe('symptomsReferral', () => {
  it('refers on any sign answered "yes", as urgently as the sign asks, and not on a clear re-screen', () => {
    expect(symptomsReferral(NO_RED_FLAGS, ref(3, 'symptoms', '2026-11-20'))).toBeUndefined()
    const held = symptomsReferral({ ...NO_RED_FLAGS, 'saddle-numbness': true }, ref(3, 'symptoms', '2026-11-20'))
    expect(held).toMatchObject({ since: '2026-11-20', causedBy: { index: 3 }, origin: 'symptoms', referral: { cause: 'red-flag', urgency: 'emergency' } })
    expect(held!.referral.reasons.map((reason) => reason.value)).toEqual(['saddle-numbness'])
  })
})

describe('sorenessReferral', () => {
  const verdict = (classification: SorenessVerdict['classification']): SorenessVerdict => ({ classification, reasons: [{ rule: 'numbness-or-tingling', message: 'Numbness.' }] })

  it('refers on see-clinician only', () => {
    expect(sorenessReferral(verdict('warning-pain'), ref(1, 'soreness', '2026-11-03'))).toBeUndefined()
    expect(sorenessReferral(verdict('expected-soreness'), ref(1, 'soreness', '2026-11-03'))).toBeUndefined()
    expect(sorenessReferral(verdict('see-clinician'), ref(1, 'soreness', '2026-11-03'))).toMatchObject({
      since: '2026-11-03',
      origin: 'soreness',
      referral: { cause: 'ceiling', urgency: 'soon', reasons: [{ rule: 'numbness-or-tingling' }] },
    })
  })
})

describe('assessmentReferral', () => {
  it('holds a referral of the assessment itself when a movement hurt at the refer threshold, and names it so', () => {
    const valid = checkEpisode(EpisodeSchema.parse(episodeOf([assessmentOn('2026-11-02', 8)])), ['episode'])
    if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
    expect(foldThrough(valid.right, '2026-11-02').referrals).toMatchObject([{ origin: 'assessment', since: '2026-11-02', causedBy: { index: 0, type: 'assessment' } }])
  })
})

describe('ceilingReferral', () => {
  const verdict = (action: CeilingVerdict['action']): CeilingVerdict => ({ zone: 'red', action, flareUp: false, movements: [], reasons: [{ rule: 'refer-pain', message: '10/10.' }] })

  it('refers when the ceiling says stop and refer, and on nothing milder', () => {
    expect(ceilingReferral(verdict('pause'), ref(2, 'session', '2026-11-01'))).toBeUndefined()
    expect(ceilingReferral(verdict('stop-and-refer'), ref(2, 'session', '2026-11-01'))).toMatchObject({ since: '2026-11-01', origin: 'ceiling', referral: { cause: 'ceiling', reasons: [{ rule: 'refer-pain' }] } })
  })
})

describe('heldReferral', () => {
  const soon: HeldReferral = { referral: { _tag: 'Referral', cause: 'ceiling', urgency: 'soon', advice: 'See a doctor.', reasons: [{ rule: 'refer-pain', message: 'a' }] }, since: '2026-11-01', causedBy: ref(2, 'session', '2026-11-01'), origin: 'ceiling' }
  const emergency: HeldReferral = { referral: { _tag: 'Referral', cause: 'red-flag', urgency: 'emergency', advice: 'Go now.', reasons: [{ rule: 'red-flag', message: 'b' }] }, since: '2026-11-05', causedBy: ref(6, 'symptoms', '2026-11-05'), origin: 'symptoms' }
  const routine: HeldReferral = { referral: { _tag: 'Referral', cause: 'red-flag', urgency: 'routine', advice: 'Book.', reasons: [{ rule: 'red-flag', message: 'c' }] }, since: '2026-10-30', causedBy: undefined, origin: 'intake' }

  it('takes the most urgent one\'s cause, advice and event, the first one\'s date, and every reason after the one that says what lifts it', () => {
    const held = heldReferral([soon, emergency, routine])
    expect(held).toMatchObject({ cause: 'red-flag', urgency: 'emergency', advice: 'Go now.', since: '2026-11-01', causedBy: { index: 6 } })
    expect(held.reasons.map((reason) => reason.rule)).toEqual(['referral-held', 'refer-pain', 'red-flag', 'red-flag'])
    expect(held.reasons[0]!.message).toContain('events.2 (a session on 2026-11-01), events.6 (a symptoms on 2026-11-05), the intake')
    // The params name the first cause by its values and carry the others as the message writes them.
    expect(held.reasons[0]!.params).toEqual({
      since: '2026-11-01',
      causeType: 'session',
      causeIndex: 2,
      causeDate: '2026-11-01',
      causes: 3,
      moreCauses: ['events.6 (a symptoms on 2026-11-05)', 'the intake'],
    })
  })

  it('names the intake as the first cause with empty values, as it is no event', () => {
    expect(heldReferral([routine]).reasons[0]!.params).toEqual({ since: '2026-10-30', causeType: 'intake', causeIndex: '', causeDate: '', causes: 1, moreCauses: [] })
  })

  it('keeps the first of equally urgent ones, and leaves out the event of the intake', () => {
    expect(heldReferral([routine, { ...routine, since: '2026-11-09', causedBy: ref(1, 'symptoms', '2026-11-09') }])).not.toHaveProperty('causedBy')
    expect(heldReferral([soon, { ...soon, causedBy: ref(9, 'morning', '2026-11-02') }]).causedBy).toEqual(ref(2, 'session', '2026-11-01'))
  })
})
