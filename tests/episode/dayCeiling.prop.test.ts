import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/episode/checkEpisode.js'
import { EpisodeSchema } from '../../src/episode/episode.js'
import { foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'

describe("a day's plan with the ceiling judged once for every movement", () => {
  it('is the plan with the ceiling judged for each movement alone, on every day of random episodes', () => {
    fc.assert(
      fc.property(episodeArbitrary(40), fc.integer({ min: 0, max: 45 }), ({ episode }, offset) => {
        const valid = checkEpisode(EpisodeSchema.parse(episode), ['episode'])
        if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
        const today = shiftDate(START, offset)
        expect(planDay(foldThrough(valid.right, today), today, true)).toEqual(planDay(foldThrough(valid.right, today), today, false))
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 200) },
    )
  })
})

describe('the ceiling judging only the two weeks after a red sign', () => {
  it('holds what judging every day with logs holds: the same plan on every day of random episodes', () => {
    fc.assert(
      fc.property(episodeArbitrary(40), fc.integer({ min: 0, max: 45 }), ({ episode }, offset) => {
        const valid = checkEpisode(EpisodeSchema.parse(episode), ['episode'])
        if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
        const today = shiftDate(START, offset)
        expect(planDay(foldThrough(valid.right, today), today)).toEqual(planDay(foldThrough(valid.right, today, true), today))
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 200) },
    )
  })
})
