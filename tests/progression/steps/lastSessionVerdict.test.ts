import { describe, expect, it } from 'vitest'
import { judgeCeiling } from '../../../src/ceiling/judgeCeiling.js'
import { lastSessionVerdict } from '../../../src/progression/steps/lastSessionVerdict.js'
import type { CeilingAction, MorningCheck, SessionLog } from '../../../src/index.js'
import { calmMornings, doseCase, reps, session, startedPosition, type CaseFields } from '../../support/progressionCases.js'

/** The verdict on the case's movement, its last session being 10 days back, out of the 7-day window. */
const verdictOf = (sessions: SessionLog[], mornings: MorningCheck[], cap: CeilingAction = 'progress') => {
  const fields: CaseFields = { movement: 'hip-bridge', sessions, mornings }
  const { context } = judgeCeiling(doseCase(fields))
  return lastSessionVerdict(startedPosition(fields), context, cap).verdict
}

describe('lastSessionVerdict: a last session older than the window, judged as the ceiling judges one in it (domain.md section 7)', () => {
  it('allows a step up after a green session whose next morning settled, however long ago', () => {
    expect(verdictOf([session(-10, 'hip-bridge', reps(1, 7))], calmMornings(-9))).toEqual({ movement: 'hip-bridge', zone: 'green', action: 'progress', reasons: [] })
  })

  it('steps down after a red session, however long ago, and says why', () => {
    const verdict = verdictOf([session(-10, 'hip-bridge', reps(1, 7), { painDuring: 6 })], calmMornings(-9))
    expect(verdict).toMatchObject({ zone: 'red', action: 'step-down' })
    expect(verdict?.reasons.map((reason) => [reason.rule, reason.date, reason.value])).toEqual([['pain-during', '2026-11-11', 6]])
  })

  it('steps down after an amber session whose next morning had not settled, and names the day', () => {
    const fields: CaseFields = { movement: 'hip-bridge', sessions: [session(-10, 'hip-bridge', reps(1, 7), { painDuring: 4 })], mornings: [{ date: '2026-11-12', backPain: 2 }] }
    const { context } = judgeCeiling(doseCase(fields))
    const { verdict, amberDay } = lastSessionVerdict(startedPosition(fields), context, 'progress')
    expect(verdict).toMatchObject({ zone: 'amber', action: 'step-down' })
    expect(verdict.reasons.map((reason) => reason.rule)).toEqual(['pain-during', 'next-morning', 'amber-unsettled'])
    expect(amberDay).toBe('2026-11-11')
  })

  it('holds after a session whose next morning was never checked, or was amber', () => {
    expect(verdictOf([session(-10, 'hip-bridge', reps(1, 7))], [])).toMatchObject({ zone: 'green', action: 'hold', reasons: [{ rule: 'unproven-settling', value: ['2026-11-11'] }] })
    expect(verdictOf([session(-10, 'hip-bridge', reps(1, 7))], [{ date: '2026-11-12', backPain: 2 }])).toMatchObject({ zone: 'amber', action: 'hold' })
  })

  it('looks at the last session day only, not the days before it', () => {
    const redThenGreen = [session(-12, 'hip-bridge', reps(1, 6), { painDuring: 7 }), session(-10, 'hip-bridge', reps(1, 7))]
    expect(verdictOf(redThenGreen, calmMornings(-11, -9))).toMatchObject({ zone: 'green', action: 'progress' })
  })

  it('pauses after two red sessions on that day, as the ceiling pauses in the window', () => {
    const twice = [session(-10, 'hip-bridge', reps(1, 7), { painDuring: 6, time: '08:00' }), session(-10, 'hip-bridge', reps(1, 7), { painDuring: 6, time: '13:00' })]
    expect(verdictOf(twice, calmMornings(-9))).toMatchObject({ zone: 'red', action: 'pause' })
  })

  it('stays under the cap of the rules that speak for every movement', () => {
    expect(verdictOf([session(-10, 'hip-bridge', reps(1, 7))], calmMornings(-9), 'hold')).toMatchObject({ zone: 'green', action: 'hold' })
    expect(verdictOf([session(-10, 'hip-bridge', reps(1, 7), { painDuring: 6 })], calmMornings(-9), 'stop-and-refer')).toMatchObject({ action: 'stop-and-refer' })
  })

  it('gives the same verdict whatever the order of that day\'s sessions', () => {
    const day = [session(-10, 'hip-bridge', reps(1, 7), { painDuring: 4, time: '08:00' }), session(-10, 'hip-bridge', reps(1, 7), { painDuring: 6, time: '19:00' })]
    expect(verdictOf([...day].reverse(), calmMornings(-9))).toEqual(verdictOf(day, calmMornings(-9)))
  })
})
