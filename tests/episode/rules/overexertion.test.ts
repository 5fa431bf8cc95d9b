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
    // The params show the first of the two days; the reason is dated on the second.
    expect(reason?.params).toEqual({ movement: 'thoracic-press', check: 'days-apart', count: 1, date: '2026-11-02', limit: 2, windowDays: 7 })
  })

  it('counts the days between in the plural when a ladder asks for more than two days apart', () => {
    const threeApart = { ...ladder, frequency: { ...ladder.frequency, minDaysApart: 3 } }
    const reason = overexertion([press('2026-11-02'), press('2026-11-04')], threeApart, '2026-11-05')
    expect(reason?.message).toContain('done on 2026-11-02 and again 2 days later, where its ladder asks for 3 days apart')
  })

  it('reads the days in date order, whatever order the sessions come in', () => {
    expect(overexertion([press('2026-11-04'), press('2026-11-02')], ladder, '2026-11-06')).toBeUndefined()
  })

  it('finds more sessions a day than the ladder allows', () => {
    const reason = overexertion([press('2026-11-02'), press('2026-11-02')], ladder, '2026-11-04')
    expect(reason).toMatchObject({ date: '2026-11-02', value: 2, limit: ladder.frequency.perDay })
    expect(reason?.message).toContain('done 2 times on 2026-11-02')
    expect(reason?.params).toMatchObject({ check: 'per-day', count: 2, date: '2026-11-02' })
  })

  it('finds more days in a week than the ladder allows', () => {
    const deadbug = BUILT_IN_LADDERS.deadbug
    const hold = (date: string): SessionLog => ({ date, movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 30 }, completed: true, painDuring: 1 })
    const max = deadbug.frequency.perWeek!.max
    const days = Array.from({ length: max + 1 }, (_, index) => `2026-11-${String(1 + index * deadbug.frequency.minDaysApart).padStart(2, '0')}`)
    const today = days.at(-1)!
    const reason = overexertion(days.map(hold), deadbug, today)
    // Dated on the last of the days; its params name the week that ends today.
    expect(reason).toMatchObject({ date: today, value: max + 1, limit: max, params: { check: 'per-week', count: max + 1, date: today } })
    expect(reason?.message).toBe(`deadbug was done on ${max + 1} days of the 7 to ${today}, where its ladder allows ${max}: more often than its ladder allows, so no step up.`)
    expect(overexertion(days.slice(1).map(hold), deadbug, today)).toBeUndefined()
  })

  it('finds nothing within the ladder, or in sessions older than the last 7 days', () => {
    expect(overexertion([press('2026-11-02'), press('2026-11-04')], ladder, '2026-11-06')).toBeUndefined()
    expect(overexertion([press('2026-10-20'), press('2026-10-21'), press('2026-11-04')], ladder, '2026-11-06')).toBeUndefined()
    expect(overexertion([], ladder, '2026-11-06')).toBeUndefined()
  })

  it('reads today and the 6 days before it: a session 7 days back, or one after today, does not count', () => {
    expect(overexertion([press('2026-11-03'), press('2026-11-04')], ladder, '2026-11-10')).toBeUndefined()
    expect(overexertion([press('2026-11-04'), press('2026-11-05')], ladder, '2026-11-10')).toMatchObject({ date: '2026-11-05' })
    expect(overexertion([press('2026-11-05'), press('2026-11-06')], ladder, '2026-11-05')).toBeUndefined()
  })
})
