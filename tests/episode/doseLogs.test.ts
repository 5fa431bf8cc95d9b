import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/episode/checkEpisode.js'
import { doseLogs, recentOwn } from '../../src/episode/doseLogs.js'
import { foldDays, foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import { EpisodeSchema } from '../../src/index.js'
import { decideDose } from '../../src/progression/decideDose.js'
import { episodeArbitrary, REHAB, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeDay, bridgeOn, climb, episodeOf, morningOn } from './episodeFixtures.js'

describe('doseLogs', () => {
  it('gives every movement the same decision as its whole history would, on every day of an episode', () => {
    fc.assert(
      fc.property(episodeArbitrary(40), ({ days, episode }) => {
        const valid = checkEpisode(EpisodeSchema.parse(episode), [])
        if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
        const { catalog, baselinePain, rules, loadStepPercent } = valid.right
        let compared = 0
        foldDays(valid.right, START, shiftDate(START, days + 20), (state, today) => {
          for (const movement of REHAB) {
            const compiled = catalog.byId.get(movement)!
            const base = { catalog, movement: compiled.movement, variant: undefined, ladder: compiled.ladder!, baselinePain, today, rules, loadStepPercent, assessment: undefined, stopsLifted: true }
            const whole = { sessions: state.sessions.map((entry) => entry.log), mornings: state.mornings.map((entry) => entry.log) }
            expect(decideDose({ ...base, ...doseLogs(state, movement, today) })).toEqual(decideDose({ ...base, ...whole }))
            compared++
          }
        })
        expect(compared).toBe(REHAB.length * (days + 21))
      }),
      { numRuns: 60 },
    )
  })
})

describe("a decision's own sessions", () => {
  it("reach back to the movement's day before today's, however old, for the rung a flare-up steps down from", () => {
    // The hip-bridge climbed to 1 x 8 in the first four days, then left for three weeks; today a flare-up morning, then 1 x 5.
    const events = [assessmentOn(START), ...climb(START, [5, 6, 7, 8]), morningOn(shiftDate(START, 25), 4), bridgeOn(shiftDate(START, 25), 5, 1, { time: '08:00' })]
    const valid = checkEpisode(EpisodeSchema.parse(episodeOf(events)), ['episode'])
    if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
    const today = shiftDate(START, 25)
    const bridge = (reference: boolean) => {
      const plan = planDay(foldThrough(valid.right, today, reference), today)
      return plan._tag === 'Right' ? plan.right.items.find((item) => item.movement === 'hip-bridge') : undefined
    }
    const item = bridge(false)
    expect(item?.status).toBe('step-down')
    expect(item?.reasons[0]?.message).toContain('went into the red at 1 x 8')
    expect(item).toEqual(bridge(true))
  })
})

describe('recentOwn', () => {
  // The hip-bridge on the first four days, and again on days 20 and 22: the fold's state at the end of day 22.
  const events = [assessmentOn(START), ...climb(START, [5, 6, 7, 8]), ...bridgeDay(shiftDate(START, 20), 8, 1), ...bridgeDay(shiftDate(START, 22), 8, 1)]
  const fold = (reference: boolean) => {
    const valid = checkEpisode(EpisodeSchema.parse(episodeOf(events)), ['episode'])
    if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
    return foldThrough(valid.right, shiftDate(START, 22), reference)
  }
  const days = (sessions: readonly { readonly date: string }[]) => [...new Set(sessions.map((session) => session.date))]

  it('keeps the last two session days, however old, and every session from the day given', () => {
    const state = fold(false)
    expect(days(recentOwn(state, 'hip-bridge', shiftDate(START, 21)))).toEqual([shiftDate(START, 20), shiftDate(START, 22)])
    expect(days(recentOwn(state, 'hip-bridge', shiftDate(START, 2)))).toEqual([2, 3, 20, 22].map((offset) => shiftDate(START, offset)))
    // Three sessions a day: every session of a kept day is kept.
    expect(recentOwn(state, 'hip-bridge', shiftDate(START, 21))).toHaveLength(6)
    expect(recentOwn(state, 'cat-camel', shiftDate(START, 21))).toEqual([])
  })

  it('keeps every session for the reference, which takes no shortcut', () => {
    expect(recentOwn(fold(true), 'hip-bridge', shiftDate(START, 21))).toHaveLength(18)
  })
})
