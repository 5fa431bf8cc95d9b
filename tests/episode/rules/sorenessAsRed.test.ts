import { describe, expect, it } from 'vitest'
import { sorenessAsRed } from '../../../src/episode/rules/sorenessAsRed.js'
import { SOURCES, type SessionLog, type SorenessVerdict } from '../../../src/index.js'

const session: SessionLog = { date: '2026-11-03', movement: 'kettlebell-walk', variant: 'overhead', performed: { kind: 'distance', sets: 2, meters: 20 }, completed: true, painDuring: 1 }
const ref = { index: 9, type: 'soreness', date: '2026-11-04' } as const
const verdict = (classification: SorenessVerdict['classification']): SorenessVerdict => ({ classification, reasons: [{ rule: 'pain-character', message: 'Sharp.' }] })

describe('sorenessAsRed', () => {
  it('marks the session warning pain followed as red, saying which report and which signs', () => {
    expect(sorenessAsRed(verdict('warning-pain'), session, ref)).toEqual({
      rule: 'soreness-as-red',
      message: 'kettlebell-walk (overhead) on 2026-11-03 was followed by warning pain, not soreness (events.9 (a soreness on 2026-11-04): pain-character): that session counts as red.',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      date: '2026-11-03',
      value: '2026-11-04',
      source: SOURCES.soreness,
      params: { movement: 'kettlebell-walk (overhead)', date: '2026-11-03', eventIndex: 9, eventType: 'soreness', eventDate: '2026-11-04', signs: ['pain-character'] },
    })
  })

  it('lists every sign of the report, in its order', () => {
    const signs: SorenessVerdict = { classification: 'warning-pain', reasons: [{ rule: 'pain-character', message: 'Sharp.' }, { rule: 'numbness-or-tingling', message: 'Numb.' }] }
    expect(sorenessAsRed(signs, session, ref)?.message).toContain('(events.9 (a soreness on 2026-11-04): pain-character, numbness-or-tingling)')
  })

  it('marks nothing for soreness, for a verdict that refers, or with no session to mark', () => {
    expect(sorenessAsRed(verdict('expected-soreness'), session, ref)).toBeUndefined()
    expect(sorenessAsRed(verdict('see-clinician'), session, ref)).toBeUndefined()
    expect(sorenessAsRed(verdict('warning-pain'), undefined, ref)).toBeUndefined()
  })
})
