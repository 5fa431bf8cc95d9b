import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/episode/checkEpisode.js'
import { doseLogs } from '../../src/episode/doseLogs.js'
import { foldDays } from '../../src/episode/foldEpisode.js'
import { EpisodeSchema } from '../../src/index.js'
import { decideDose } from '../../src/progression/decideDose.js'
import { episodeArbitrary, REHAB, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'

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
