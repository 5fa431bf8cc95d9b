import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/episode/checkEpisode.js'
import { doseLogs } from '../../src/episode/doseLogs.js'
import { foldDays, foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import { EpisodeSchema } from '../../src/index.js'
import { decideDose } from '../../src/progression/decideDose.js'
import { episodeArbitrary, REHAB, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, climb, episodeOf, morningOn } from './episodeFixtures.js'

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
