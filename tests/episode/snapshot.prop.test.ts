import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideDay, EpisodeSnapshotSchema, snapshotEpisode, type EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'

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
