import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode, type ValidEpisode } from '../../src/episode/checkEpisode.js'
import { EpisodeSchema } from '../../src/episode/episode.js'
import { foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import type { EpisodeEventInput, EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf } from './episodeFixtures.js'

/** An episode checked against its catalog, for the fold to take in. */
const checked = (episode: EpisodeInput) => {
  const valid = checkEpisode(EpisodeSchema.parse(episode), ['episode'])
  if (valid._tag === 'Left') throw new Error(JSON.stringify(valid.left))
  return valid.right
}

/** Over random episodes and days: the plan `shortcut` gives is the plan `reference` gives. */
const samePlans = (shortcut: (episode: ValidEpisode, today: string) => unknown, reference: (episode: ValidEpisode, today: string) => unknown) =>
  fc.assert(
    fc.property(episodeArbitrary(40), fc.integer({ min: 0, max: 45 }), ({ episode }, offset) => {
      const valid = checked(episode)
      const today = shiftDate(START, offset)
      expect(shortcut(valid, today)).toEqual(reference(valid, today))
    }),
    { numRuns: Number(process.env.PROP_RUNS ?? 200) },
  )

describe("a day's plan with the ceiling judged once for every movement", () => {
  it('is the plan with the ceiling judged for each movement alone, on every day of random episodes', () => {
    samePlans(
      (valid, today) => planDay(foldThrough(valid, today), today, true),
      (valid, today) => planDay(foldThrough(valid, today), today, false),
    )
  })
})

describe("the fold's shortcuts: the ceiling judging only the two weeks after a red sign, a decision reading only a movement's recent sessions", () => {
  it('hold what judging every day with logs and reading every session hold: the same plan on every day of random episodes', () => {
    samePlans(
      (valid, today) => planDay(foldThrough(valid, today), today),
      (valid, today) => planDay(foldThrough(valid, today, true), today),
    )
  })
})

describe("a day's shared ceiling, for a movement last done before the days it reads", () => {
  it("leaves that movement to its own judgement, which reads the morning after its last session", () => {
    // The cat-camel last done on the first day, with back pain up a point the next morning; the hip-bridge done every day since.
    const events: EpisodeEventInput[] = [
      assessmentOn(START),
      { type: 'session', date: START, movement: 'cat-camel', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 1 },
      { type: 'morning', date: shiftDate(START, 1), backPain: 2 },
      ...Array.from({ length: 20 }, (_, day) => bridgeOn(shiftDate(START, day + 1), 5, 1)),
      ...calmMornings(shiftDate(START, 2), 19),
    ]
    const valid = checked(episodeOf(events))
    const today = shiftDate(START, 20)
    const shared = planDay(foldThrough(valid, today), today, true)
    expect(shared).toEqual(planDay(foldThrough(valid, today), today, false))
    // Its last session is judged by the morning after it, however long ago.
    const catCamel = shared._tag === 'Right' ? shared.right.items.find((item) => item.movement === 'cat-camel') : undefined
    expect(catCamel?.reasons.map((reason) => reason.rule)).toContain('next-morning')
  })
})
