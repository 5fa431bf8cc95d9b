import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flareUpLock } from '../../../src/ceiling/rules/flareUpLock.js'
import { judgeCeiling } from '../../../src/ceiling/judgeCeiling.js'
import { SOURCES, type MorningCheck, type SessionLog } from '../../../src/index.js'
import { TODAY, shiftDate } from '../../arbitraries/logs.js'
import { BASELINE, ceilingCase, contextOf, day, morning, session, verdictOf } from '../../support/ceilingLogs.js'

const lockFor = (mornings: readonly MorningCheck[], greenDaysToUnlock: number, sessions: readonly SessionLog[] = []): string | undefined =>
  judgeCeiling(ceilingCase({ sessions, mornings, rules: { greenDaysToUnlock } })).verdict.progressionLockedUntil

/**
 * The rule read day by day, the slow way: after the last flare-up (a morning 2
 * above the baseline), find the first day that begins `run` green days in a
 * row. A day is green when its morning is at or under the baseline (today
 * counts without a check) and no session that day hurt over the ceiling of 3,
 * during or after; days still to come are taken as green. Progression resumes
 * the day after the run.
 */
const expectedLock = (mornings: readonly MorningCheck[], sessions: readonly SessionLog[], run: number): string | undefined => {
  const flareUps = mornings.filter((check) => check.backPain - BASELINE >= 2).map((check) => check.date)
  if (flareUps.length === 0) return undefined
  const lastFlareUp = flareUps.sort().at(-1)!
  const isGreen = (date: string) => {
    if (date > TODAY) return true
    const check = mornings.find((candidate) => candidate.date === date)
    const greenMorning = check === undefined ? date === TODAY : check.backPain <= BASELINE
    const overCeiling = sessions.some((logged) => logged.date === date && (logged.painDuring > 3 || (logged.painAfter ?? 0) > 3))
    return greenMorning && !overCeiling
  }
  for (let start = shiftDate(lastFlareUp, 1); ; start = shiftDate(start, 1)) {
    const days = Array.from({ length: run }, (_, index) => shiftDate(start, index))
    if (days.every(isGreen)) {
      const resumes = shiftDate(start, run)
      return resumes > TODAY ? resumes : undefined
    }
  }
}

// After a flare-up, no progression until two green days in a row (domain.md section 5; two is the engine's default).
describe('flareUpLock: after a flare-up, progression waits for green days in a row', () => {
  it('says nothing without a flare-up', () => {
    expect(flareUpLock(contextOf({ mornings: [morning(-2, 3), morning(0, 3)] }))).toBeUndefined()
  })

  it('gives the earliest day progression can resume, and why', () => {
    expect(flareUpLock(contextOf({ mornings: [morning(-4, 4), morning(-3, 2), morning(-2, 3), morning(-1, 2)] }))).toEqual({
      until: day(1),
      finding: {
        zone: 'green',
        action: 'hold',
        reason: {
          rule: 'flare-up-lock',
          message: `A flare-up on ${day(-4)} locks progression until 2 green days in a row; the earliest it can resume is ${day(1)}.`,
          date: day(-4),
          value: day(1),
          limit: 2,
          source: SOURCES.ceilingMethod,
          params: { date: day(-4), greenDays: 2, until: day(1) },
        },
      },
    })
  })

  it('counts from the latest flare-up of all the logs, wherever it is listed', () => {
    const lock = flareUpLock(contextOf({ mornings: [morning(-2, 5), morning(-20, 6), morning(-19, 2)] }))
    // Yesterday had no check, so the run is today and tomorrow.
    expect(lock).toMatchObject({ until: day(2), finding: { reason: { date: day(-2) } } })
  })

  it('with no run yet, resumes after a run that starts tomorrow', () => {
    // Today's morning was amber: today cannot start the run.
    expect(flareUpLock(contextOf({ mornings: [morning(-1, 4), morning(0, 3)] }))?.until).toBe(day(3))
    expect(flareUpLock(contextOf({ mornings: [morning(0, 4)], rules: { greenDaysToUnlock: 3 } }))?.until).toBe(day(4))
  })

  it('ends once the run is done, the day it resumes included', () => {
    expect(flareUpLock(contextOf({ mornings: [morning(-3, 4), morning(-2, 2), morning(-1, 2)] }))).toBeUndefined()
    expect(flareUpLock(contextOf({ mornings: [morning(-2, 4), morning(-1, 2)] }))?.until).toBe(day(1))
  })

  it('reads a flare-up and a green morning with the rules it is given', () => {
    expect(flareUpLock(contextOf({ mornings: [morning(-1, 3)], rules: { flareUpRise: 1 } }))?.until).toBe(day(2))
    expect(flareUpLock(contextOf({ mornings: [morning(-1, 3)] }))).toBeUndefined()
  })

  it('does not count a day with any session over the ceiling, during or after, among two that day', () => {
    // Green days -2 and -1 after a flare-up on day -3: the lock ended this morning.
    const mornings = [morning(-3, 4), morning(-2, 2), morning(-1, 2)]
    expect(flareUpLock(contextOf({ mornings }))).toBeUndefined()
    // Day -2 lost to one of its two sessions, whichever was logged first: the run is yesterday and today.
    expect(flareUpLock(contextOf({ mornings, sessions: [session(-2, 1), session(-2, 4)] }))?.until).toBe(day(1))
    expect(flareUpLock(contextOf({ mornings, sessions: [session(-2, 4), session(-2, 1)] }))?.until).toBe(day(1))
    // Day -1 lost to a pain after: the run is today and tomorrow.
    expect(flareUpLock(contextOf({ mornings, sessions: [session(-2, 1), session(-1, 1, { painAfter: 4 })] }))?.until).toBe(day(2))
    expect(flareUpLock(contextOf({ mornings, sessions: [session(-2, 4)], rules: { painCeiling: 4 } }))).toBeUndefined()
    // A session on the flare-up day itself is the flare-up's own story.
    expect(flareUpLock(contextOf({ mornings, sessions: [session(-3, 6)] }))).toBeUndefined()
  })

  it.each([1, 2, 3, 4])('with a run of %i green days, resumes the day after the first run since the flare-up', (run) => {
    const mornings = [day(-6), day(-5), day(-4), day(-3), day(-2), day(-1)].map((date, index) => ({ date, backPain: index === 0 ? 4 : 2 }))
    // Five green mornings after the flare-up: any run up to five is already done; nothing locks.
    expect(lockFor(mornings, run)).toBeUndefined()
    // A flare-up yesterday: the run starts today (green without a check) and goes on into the days ahead.
    const yesterday = [...mornings.slice(1, -1), { date: day(-1), backPain: 4 }]
    expect(lockFor(yesterday, run)).toBe(day(run))
  })

  it('agrees with the rule read day by day, for runs of 1 to 4 days', () => {
    const offsets = fc.uniqueArray(fc.integer({ min: -12, max: 0 }), { minLength: 1, maxLength: 13 })
    const mornings = offsets.chain((days) =>
      fc.tuple(...days.map((offset) => fc.constantFrom(1, 2, 2, 2, 3, 4, 5).map((backPain) => ({ date: day(offset), backPain })))),
    )
    const sessions = fc.array(
      fc
        .record({ offset: fc.integer({ min: -12, max: 0 }), painDuring: fc.constantFrom(1, 2, 3, 4), painAfter: fc.constantFrom(undefined, 1, 4) })
        .map(({ offset, painDuring, painAfter }) => session(offset, painDuring, painAfter === undefined ? {} : { painAfter })),
      { maxLength: 4 },
    )
    fc.assert(
      fc.property(mornings, sessions, fc.integer({ min: 1, max: 4 }), (checks, logs, run) => {
        expect(lockFor(checks, run, logs)).toBe(expectedLock(checks, logs, run))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the flare-up lock through evaluateCeiling', () => {
  it('locks progression after a flare-up until two green days in a row', () => {
    const flare = morning(-4, 4)
    const locked = verdictOf({ mornings: [flare, morning(-3, 2), morning(-2, 3), morning(-1, 2)] })
    expect(locked).toMatchObject({ zone: 'red', action: 'hold', flareUp: true, progressionLockedUntil: day(1) })
    expect(locked.reasons).toContainEqual(expect.objectContaining({ rule: 'flare-up-lock', date: day(-4), value: day(1), limit: 2 }))
    const unlocked = verdictOf({ mornings: [flare, morning(-3, 2), morning(-2, 2), morning(-1, 2), morning(0, 2)] })
    expect(unlocked).not.toHaveProperty('progressionLockedUntil')
    // The flare-up morning is still in the window, and a morning above baseline holds.
    expect(unlocked.action).toBe('hold')
    const later = verdictOf({ mornings: [morning(-9, 5), morning(-8, 2), morning(-7, 2), morning(0, 2)] })
    expect(later).toMatchObject({ action: 'progress', flareUp: false })
    expect(later).not.toHaveProperty('progressionLockedUntil')
  })

  it('holds a green week while a flare-up from before the window still locks', () => {
    const verdict = verdictOf({ mornings: [morning(-9, 5), morning(-8, 2), morning(-6, 2), morning(0, 2)] })
    expect(verdict).toMatchObject({ zone: 'green', action: 'hold', flareUp: false, progressionLockedUntil: day(2) })
  })

  it('does not count a day with a session over the ceiling as green', () => {
    const soreMornings = [morning(-9, 5), morning(-8, 2), morning(-7, 2), morning(-6, 2), morning(0, 2)]
    expect(verdictOf({ sessions: [session(-7, 4)], mornings: soreMornings }).progressionLockedUntil).toBe(day(2))
    expect(verdictOf({ sessions: [session(-7, 4)], mornings: [...soreMornings, morning(-5, 2)] })).not.toHaveProperty('progressionLockedUntil')
  })
})
