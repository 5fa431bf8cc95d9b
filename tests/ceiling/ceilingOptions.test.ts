import { describe, expect, it } from 'vitest'
import { ceilingRules } from '../../src/ceiling/ceilingOptions.js'
import { morningZone, painZone } from '../../src/ceiling/zones.js'
import { CeilingOptionsSchema } from '../../src/index.js'
import { TODAY } from '../arbitraries/logs.js'
import { day, issuesOf, morning, session, verdictOf } from '../support/ceilingLogs.js'

const base = { sessions: [], mornings: [], baselinePain: 2, today: TODAY }

describe('ceilingRules: the numbers from validated options', () => {
  it('without options, keeps the default traffic light', () => {
    const rules = ceilingRules(undefined)
    // The seed 001 ceiling of 3 (Silbernagel et al. 2007 green zone).
    expect([painZone(3, rules), painZone(4, rules)]).toEqual(['green', 'amber'])
    // A next-morning rise of 2 is a flare-up (Childs et al. 2005): domain.md section 4.
    expect([morningZone(morning(0, 3), 2, rules), morningZone(morning(0, 4), 2, rules)]).toEqual(['amber', 'red'])
    expect(ceilingRules({})).toEqual(rules)
  })

  it('uses each option given, 0 included, and keeps the default of the others', () => {
    expect(ceilingRules({ painCeiling: 0 })).toEqual({ ...ceilingRules(undefined), painCeiling: 0 })
    expect(ceilingRules({ flareUpRise: 1 })).toEqual({ ...ceilingRules(undefined), flareUpRise: 1 })
    expect(ceilingRules({ weeklyRise: 1 })).toEqual({ ...ceilingRules(undefined), weeklyRise: 1 })
    expect(ceilingRules({ referPain: 6 })).toEqual({ ...ceilingRules(undefined), referPain: 6 })
  })
})

describe('CeilingOptionsSchema: options only ever stricter, except a ceiling up to 5', () => {
  it.each([
    [{ painCeiling: 6 }, 'painCeiling', 'too_big', 'must be at most 5'],
    [{ painCeiling: -1 }, 'painCeiling', 'too_small', 'must be at least 0'],
    [{ painCeiling: 2.5 }, 'painCeiling', 'invalid_type', 'must be a whole number'],
    [{ flareUpRise: 3 }, 'flareUpRise', 'too_big', 'must be at most 2'],
    [{ flareUpRise: 0 }, 'flareUpRise', 'too_small', 'must be at least 1'],
    [{ weeklyRise: 3 }, 'weeklyRise', 'too_big', 'must be at most 2'],
    [{ weeklyRise: 0 }, 'weeklyRise', 'too_small', 'must be at least 1'],
    [{ referPain: 9 }, 'referPain', 'too_big', 'must be at most 8'],
    [{ referPain: 5 }, 'referPain', 'too_small', 'must be at least 6'],
    [{ ceiling: 3 }, 'ceiling', 'unknown_key', 'is not a known field'],
  ])('refuses %j', (options, key, code, message) => {
    expect(issuesOf({ ...base, options })).toEqual([{ code, path: ['options', key], message }])
  })

  it('accepts each option at its bounds', () => {
    for (const options of [{ painCeiling: 0 }, { painCeiling: 5 }, { flareUpRise: 1 }, { flareUpRise: 2 }, { weeklyRise: 1 }, { weeklyRise: 2 }, { referPain: 6 }, { referPain: 8 }]) {
      expect(CeilingOptionsSchema.safeParse(options).success).toBe(true)
      expect(issuesOf({ ...base, options })).toEqual([])
    }
  })

  it('names a catalog option it cannot use under options.catalog', () => {
    const found = issuesOf({ ...base, options: { catalog: 'mine' } })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((issue) => issue.path[0] === 'options' && issue.path[1] === 'catalog')).toBe(true)
  })
})

describe('the options through evaluateCeiling', () => {
  it('uses each option on its own', () => {
    const mornings = [morning(0, 1)]
    expect(verdictOf({ sessions: [session(-1, 6)], mornings, baselinePain: 1 }).action).toBe('step-down')
    expect(verdictOf({ sessions: [session(-1, 6)], mornings, baselinePain: 1, options: { referPain: 6 } }).action).toBe('stop-and-refer')
    expect(verdictOf({ sessions: [session(-1, 4)], mornings, baselinePain: 1, options: { painCeiling: 4 } }).zone).toBe('green')
    expect(verdictOf({ sessions: [session(-1, 4)], mornings, baselinePain: 1 }).zone).toBe('amber')
    const risen = [{ date: day(0), backPain: 2 }]
    expect(verdictOf({ mornings: risen, baselinePain: 1 }).flareUp).toBe(false)
    expect(verdictOf({ mornings: risen, baselinePain: 1, options: { flareUpRise: 1 } }).flareUp).toBe(true)
  })
})
