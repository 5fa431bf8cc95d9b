import { describe, expect, it } from 'vitest'
import { checkIns } from '../../../src/program/layout/checkIns.js'
import { build } from '../../support/programHelpers.js'

// Seed 000 (domain.md sections 1 and 6): check in on how the back feels after 8 weeks, whatever the program's
// length; a program of another length also checks in at its end. The reassessment every 14 days is an engine
// default, to offer harder forms.
describe('checkIns', () => {
  it('gives a one-week program the check-in the day after its last day, and the 8-week check-in on day 57', () => {
    expect(checkIns('2026-11-02', 1)).toEqual([
      { date: '2026-11-09', kind: 'check-in' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })

  it('holds no reassessment on the day of the check-in: two weeks end with the check-in alone', () => {
    expect(checkIns('2026-11-02', 2)).toEqual([
      { date: '2026-11-16', kind: 'check-in' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })

  it('reassesses on day 14 once the program runs past it', () => {
    expect(checkIns('2026-11-02', 3)).toEqual([
      { date: '2026-11-16', kind: 'reassessment' },
      { date: '2026-11-23', kind: 'check-in' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })

  it('reassesses every two weeks over the eight weeks of seed 000, then checks in once', () => {
    expect(checkIns('2026-11-02', 8)).toEqual([
      { date: '2026-11-16', kind: 'reassessment' },
      { date: '2026-11-30', kind: 'reassessment' },
      { date: '2026-12-14', kind: 'reassessment' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })

  it('counts calendar days across a month and a year end', () => {
    expect(checkIns('2026-12-21', 3)).toEqual([
      { date: '2027-01-04', kind: 'reassessment' },
      { date: '2027-01-11', kind: 'check-in' },
      { date: '2027-02-15', kind: 'check-in' },
    ])
  })

  it('keeps the 8-week check-in in a longer program, in place of that day\'s reassessment, and checks in at the end', () => {
    expect(checkIns('2026-11-02', 12)).toEqual([
      { date: '2026-11-16', kind: 'reassessment' },
      { date: '2026-11-30', kind: 'reassessment' },
      { date: '2026-12-14', kind: 'reassessment' },
      { date: '2026-12-28', kind: 'check-in' },
      { date: '2027-01-11', kind: 'reassessment' },
      { date: '2027-01-25', kind: 'check-in' },
    ])
  })

  it('gives a year-long program 24 reassessments and two check-ins', () => {
    const found = checkIns('2026-01-05', 52)
    expect(found.filter((checkIn) => checkIn.kind === 'reassessment')).toHaveLength(24)
    expect(found.filter((checkIn) => checkIn.kind === 'check-in').map((checkIn) => checkIn.date)).toEqual(['2026-03-02', '2027-01-04'])
    expect(found.at(-2)).toEqual({ date: '2026-12-21', kind: 'reassessment' })
    expect(found.at(-1)).toEqual({ date: '2027-01-04', kind: 'check-in' })
  })

  it('are the check-ins of the program buildProgram lays out', () => {
    expect(build({ weeks: 5 }).checkIns).toEqual(checkIns('2026-11-02', 5))
    expect(build({ weeks: 5 }).checkIns.map((checkIn) => checkIn.kind)).toEqual(['reassessment', 'reassessment', 'check-in', 'check-in'])
  })
})
