import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideDay, EpisodeSnapshotSchema, snapshotEpisode, type EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, climb, episodeOf, morningOn } from './episodeFixtures.js'

const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 150) }

/** An episode, a day to snapshot it at, and a later day to decide. */
const splitArbitrary = episodeArbitrary(Number(process.env.SNAPSHOT_DAYS ?? 30)).chain(({ days, episode }) =>
  fc.record({ episode: fc.constant(episode), through: fc.integer({ min: 0, max: days }), ahead: fc.integer({ min: 0, max: 10 }) }).map(({ episode, through, ahead }) => ({
    episode,
    through: shiftDate(START, through),
    today: shiftDate(START, through + ahead),
  })),
)

const split = (episode: EpisodeInput, through: string) => ({
  before: { ...episode, events: episode.events.filter((event) => event.date <= through) },
  after: episode.events.filter((event) => event.date > through),
})

describe('snapshotEpisode and decideDay from a snapshot', () => {
  it('decide any later day exactly as the whole episode does, also after a JSON round trip of the snapshot', () => {
    fc.assert(
      fc.property(splitArbitrary, ({ episode, through, today }) => {
        const { before, after } = split(episode, through)
        const snapshot = snapshotEpisode({ episode: before, through })
        if (snapshot._tag === 'Left') throw new Error(`the snapshot was refused: ${JSON.stringify(snapshot.left)}`)
        expect(EpisodeSnapshotSchema.safeParse(snapshot.right).success).toBe(true)
        const whole = decideDay({ episode: { ...before, events: [...before.events, ...after] }, today })
        expect(decideDay({ snapshot: snapshot.right, events: after, today })).toEqual(whole)
        const stored = JSON.parse(JSON.stringify(snapshot.right)) as typeof snapshot.right
        expect(decideDay({ snapshot: stored, events: after, today })).toEqual(whole)
      }),
      RUNS,
    )
  })
})

/**
 * A movement climbed for a few days, left for one to three weeks, then done
 * again on the snapshot's day with a morning check that day: what a snapshot
 * keeps of a movement's older days decides the step down a flare-up asks for.
 */
const gapArbitrary = fc
  .record({
    climbed: fc.integer({ min: 1, max: 6 }),
    gap: fc.integer({ min: 6, max: 22 }),
    backPain: fc.integer({ min: 0, max: 9 }),
    painDuring: fc.integer({ min: 0, max: 7 }),
    ahead: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ climbed, gap, backPain, painDuring, ahead }) => {
    const through = shiftDate(START, climbed + gap)
    const events: EpisodeInput['events'] = [
      assessmentOn(START),
      ...climb(START, [5, 6, 7, 8, 9, 10].slice(0, climbed)),
      morningOn(through, backPain),
      bridgeOn(through, 5, painDuring, { time: '08:00' }),
    ]
    return { episode: episodeOf(events), through, today: shiftDate(through, ahead) }
  })

describe('a snapshot taken on the day a movement comes back after weeks off', () => {
  it('decides that day and the next ones exactly as the whole episode does', () => {
    fc.assert(
      fc.property(gapArbitrary, ({ episode, through, today }) => {
        const snapshot = snapshotEpisode({ episode, through })
        if (snapshot._tag === 'Left') throw new Error(`the snapshot was refused: ${JSON.stringify(snapshot.left)}`)
        expect(decideDay({ snapshot: snapshot.right, events: [], today })).toEqual(decideDay({ episode, today }))
      }),
      RUNS,
    )
  })
})
