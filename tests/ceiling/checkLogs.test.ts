import { describe, expect, it } from 'vitest'
import { checkLogs } from '../../src/ceiling/checkLogs.js'
import { TODAY } from '../arbitraries/logs.js'
import { builtInCatalog, day, issuesOf, morning, session, walk } from '../support/ceilingLogs.js'

const check = (sessions: Parameters<typeof checkLogs>[0], mornings: Parameters<typeof checkLogs>[1] = []) => checkLogs(sessions, mornings, TODAY, builtInCatalog)

describe('checkLogs: what the schemas cannot check', () => {
  it('passes the very lists it was given when every log is sound, today included', () => {
    const sessions = [session(0, 1), walk(-1, 1, 'overhead'), session(-2, 1, { movement: 'kettlebell-walk', performed: { kind: 'reps', sets: 1, reps: 5 } })]
    const mornings = [morning(-1, 1), morning(0, 1)]
    const checked = check(sessions, mornings)
    expect(checked._tag === 'Right' && checked.right.sessions).toBe(sessions)
    expect(checked._tag === 'Right' && checked.right.mornings).toBe(mornings)
  })

  it('refuses a session or a morning dated after today', () => {
    expect(check([session(1, 1)], [morning(0, 1), morning(2, 1)])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'after_today', path: ['sessions', 0, 'date'], message: `is after today (${TODAY})` },
        { code: 'after_today', path: ['mornings', 1, 'date'], message: `is after today (${TODAY})` },
      ],
    })
  })

  it('refuses a movement or a variant the catalog does not have', () => {
    expect(check([session(-1, 1, { movement: 'handstand' }), walk(-1, 1, 'upside-down'), session(-1, 1, { variant: 'overhead' })])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'not_in_catalog', path: ['sessions', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
        {
          code: 'not_in_catalog',
          path: ['sessions', 1, 'variant'],
          message: '"upside-down" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
        },
        { code: 'not_in_catalog', path: ['sessions', 2, 'variant'], message: '"hip-bridge" has no variants' },
      ],
    })
  })

  it('refuses a dose of a kind the movement does not take, naming the kinds it does', () => {
    const walkHeld = walk(-1, 1, 'overhead', { performed: { kind: 'hold', sets: 1, seconds: 20 } })
    expect(check([session(-1, 1, { movement: 'deadbug' }), walkHeld])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'inconsistent', path: ['sessions', 0, 'performed', 'kind'], message: '"deadbug" is dosed as hold, not reps' },
        { code: 'inconsistent', path: ['sessions', 1, 'performed', 'kind'], message: '"kettlebell-walk" is dosed as reps or distance, not hold' },
      ],
    })
  })

  it('names both problems of one session, its date first', () => {
    expect(check([session(1, 1, { movement: 'handstand' })])).toMatchObject({
      left: [{ path: ['sessions', 0, 'date'] }, { path: ['sessions', 0, 'movement'] }],
    })
  })

  it('refuses a second and a third check on one morning, pointing at the first', () => {
    const twentieth = morning(-1, 1)
    expect(check([], [morning(-2, 1), twentieth, twentieth, morning(0, 1), twentieth])).toEqual({
      _tag: 'Left',
      left: [
        { code: 'duplicate', path: ['mornings', 2, 'date'], message: `${day(-1)} already has a morning check, at mornings.1` },
        { code: 'duplicate', path: ['mornings', 4, 'date'], message: `${day(-1)} already has a morning check, at mornings.1` },
      ],
    })
  })
})

describe('checkLogs through evaluateCeiling', () => {
  it('lists every problem of the logs in one answer', () => {
    expect(
      issuesOf({
        sessions: [session(1, 1), session(-1, 1, { movement: 'handstand' })],
        mornings: [morning(-1, 2), morning(-1, 3)],
        baselinePain: 2,
        today: TODAY,
      }),
    ).toEqual([
      { code: 'after_today', path: ['sessions', 0, 'date'], message: `is after today (${TODAY})` },
      { code: 'not_in_catalog', path: ['sessions', 1, 'movement'], message: '"handstand" is not a movement of the catalog' },
      { code: 'duplicate', path: ['mornings', 1, 'date'], message: `${day(-1)} already has a morning check, at mornings.0` },
    ])
  })
})
