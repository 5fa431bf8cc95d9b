import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GREEN_DAYS_TO_UNLOCK, movements, type MorningCheck } from '../../src/index.js'
import { compileCatalog } from '../../src/catalog/compiledCatalog.js'
import { judgeCeiling, type CeilingRules } from '../../src/ceiling/judgeCeiling.js'
import { ceilingRules } from '../../src/ceiling/evaluateCeiling.js'
import { TODAY, shiftDate } from '../arbitraries/logs.js'

const catalog = compileCatalog(movements)
const day = (offset: number) => shiftDate(TODAY, offset)
const BASELINE = 2

const lockFor = (mornings: readonly MorningCheck[], greenDaysToUnlock: number): string | undefined => {
  const rules: CeilingRules = { ...ceilingRules(undefined), greenDaysToUnlock }
  return judgeCeiling({ catalog, sessions: [], mornings, baselinePain: BASELINE, today: TODAY, rules }).verdict.progressionLockedUntil
}

/**
 * The rule read day by day, the slow way: after the last flare-up, find the
 * first day that begins `run` green days in a row, where a day is green when
 * its morning is at baseline, today counts as green without a check, and days
 * still to come are taken as green. Progression resumes the day after the run.
 */
const expectedLock = (mornings: readonly MorningCheck[], run: number): string | undefined => {
  const flareUps = mornings.filter((morning) => morning.backPain - BASELINE >= 2).map((morning) => morning.date)
  if (flareUps.length === 0) return undefined
  const lastFlareUp = flareUps.sort().at(-1)!
  const isGreen = (date: string) => {
    if (date > TODAY) return true
    const morning = mornings.find((check) => check.date === date)
    return morning === undefined ? date === TODAY : morning.backPain - BASELINE <= 0
  }
  for (let start = lastFlareUp; ; start = shiftDate(start, 1)) {
    if (start <= lastFlareUp) continue
    const days = Array.from({ length: run }, (_, index) => shiftDate(start, index))
    if (days.every(isGreen)) {
      const resumes = shiftDate(start, run)
      return resumes > TODAY ? resumes : undefined
    }
  }
}

describe('the lock after a flare-up', () => {
  it('waits for GREEN_DAYS_TO_UNLOCK green days, two by default', () => {
    expect(GREEN_DAYS_TO_UNLOCK).toBe(2)
    expect(ceilingRules(undefined).greenDaysToUnlock).toBe(GREEN_DAYS_TO_UNLOCK)
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
    const morningsArbitrary = fc
      .uniqueArray(fc.integer({ min: -12, max: 0 }), { minLength: 1, maxLength: 13 })
      .chain((offsets) =>
        fc.tuple(...offsets.map((offset) => fc.constantFrom(1, 2, 2, 2, 3, 4, 5).map((backPain) => ({ date: day(offset), backPain })))),
      )
    fc.assert(
      fc.property(morningsArbitrary, fc.integer({ min: 1, max: 4 }), (mornings, run) => {
        expect(lockFor(mornings, run)).toBe(expectedLock(mornings, run))
      }),
      { numRuns: 2000 },
    )
  })
})
