import { describe, expect, it } from 'vitest'
import { contextOf, day, morning, session, walk } from '../support/ceilingLogs.js'

describe('ceilingContext: the window and its logs, worked out once', () => {
  it('opens the window 6 days before today and the week before it 13 days before', () => {
    expect(contextOf()).toMatchObject({ windowStart: day(-6), previousStart: day(-13) })
  })

  it('keeps the sessions of the window only, in time order', () => {
    const context = contextOf({
      sessions: [session(-1, 2, { time: '18:00' }), session(-7, 1), session(-6, 3), session(-1, 1, { time: '08:00' })],
    })
    expect(context.windowSessions).toEqual([session(-6, 3), session(-1, 1, { time: '08:00' }), session(-1, 2, { time: '18:00' })])
  })

  it('orders the sessions of one time by catalog rank', () => {
    const context = contextOf({ sessions: [walk(-1, 1, 'overhead'), walk(-1, 1, 'by-the-side'), session(-1, 1)] })
    expect(context.windowSessions.map((logged) => logged.variant ?? logged.movement)).toEqual(['hip-bridge', 'by-the-side', 'overhead'])
  })

  it('keeps the mornings of the window only, by date, and can find any morning by its date', () => {
    const mornings = [morning(0, 1), morning(-9, 3), morning(-3, 2), morning(-6, 4)]
    const context = contextOf({ mornings })
    expect(context.windowMornings).toEqual([morning(-6, 4), morning(-3, 2), morning(0, 1)])
    expect(context.morningOn.get(day(-9))).toEqual(morning(-9, 3))
    expect(context.morningOn.get(day(-1))).toBeUndefined()
    expect(context.mornings).toBe(mornings)
  })

  it('gives the day after a date, across a month and a year, the same when asked again', () => {
    const { nextDay } = contextOf()
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
  })
})
