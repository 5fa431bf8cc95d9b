import { describe, expect, it } from 'vitest'
import { overexertion } from '../../../src/episode/rules/overexertion.js'
import { BUILT_IN_LADDERS, SOURCES, type SessionLog } from '../../../src/index.js'

const press = (date: string): SessionLog => ({ date, movement: 'thoracic-press', performed: { kind: 'reps', sets: 2, reps: 10, loadKg: 2 }, completed: true, painDuring: 1 })
const ladder = BUILT_IN_LADDERS['thoracic-press']

describe('overexertion', () => {
  it('finds the thoracic press done on days closer than its ladder allows (seed 000: two days apart)', () => {
    const reason = overexertion([press('2026-11-02'), press('2026-11-03')], ladder, '2026-11-04')
    expect(reason).toMatchObject({ rule: 'overexertion', movement: 'thoracic-press', date: '2026-11-03', value: 1, limit: ladder.frequency.minDaysApart, source: SOURCES.ceilingMethod })
    expect(reason?.message).toBe('thoracic-press was done on 2026-11-02 and again 1 day later, where its ladder asks for 2 days apart: more often than its ladder allows, so no step up.')
  })

  it('finds more sessions a day than the ladder allows', () => {
    const reason = overexertion([press('2026-11-02'), press('2026-11-02')], ladder, '2026-11-04')
    expect(reason).toMatchObject({ date: '2026-11-02', value: 2, limit: ladder.frequency.perDay })
    expect(reason?.message).toContain('done 2 times on 2026-11-02')
  })

  it('finds more days in a week than the ladder allows', () => {
    const deadbug = BUILT_IN_LADDERS.deadbug
    const hold = (date: string): SessionLog => ({ date, movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 30 }, completed: true, painDuring: 1 })
    const max = deadbug.frequency.perWeek!.max
    const days = Array.from({ length: max + 1 }, (_, index) => `2026-11-${String(1 + index * deadbug.frequency.minDaysApart).padStart(2, '0')}`)
    const today = days.at(-1)!
    expect(overexertion(days.map(hold), deadbug, today)).toMatchObject({ value: max + 1, limit: max })
    expect(overexertion(days.slice(1).map(hold), deadbug, today)).toBeUndefined()
  })

  it('finds nothing within the ladder, or in sessions older than the last 7 days', () => {
    expect(overexertion([press('2026-11-02'), press('2026-11-04')], ladder, '2026-11-06')).toBeUndefined()
    expect(overexertion([press('2026-10-20'), press('2026-10-21'), press('2026-11-04')], ladder, '2026-11-06')).toBeUndefined()
    expect(overexertion([], ladder, '2026-11-06')).toBeUndefined()
  })
})
