import { describe, expect, it } from 'vitest'
import { decideDay, NO_RED_FLAGS, validateEpisode, type EpisodeEventInput } from '../../src/index.js'
import { assessmentOn, bridgeOn, episodeOf } from './episodeFixtures.js'

const pathsOf = (result: ReturnType<typeof validateEpisode>) => (result._tag === 'Left' ? result.left.issues.map((issue) => [issue.code, issue.path]) : [])

describe('validateEpisode', () => {
  it('accepts an episode with no assessment yet, which decideDay cannot plan', () => {
    const episode = { intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 }, events: [] }
    expect(validateEpisode({ episode })).toEqual({ _tag: 'Right', right: episode })
    expect(decideDay({ episode, today: '2026-11-02' })._tag).toBe('Left')
  })

  it('lists the faults of the shape, the catalog, the repeats and the baseline at once', () => {
    const events = [
      assessmentOn('2026-11-02'),
      { ...bridgeOn('2026-11-03', 5, 1), painDuring: 11 },
      { type: 'skipped', date: '2026-11-03', movement: 'handstand' },
      { type: 'morning', date: '2026-11-04', backPain: 1 },
      { type: 'morning', date: '2026-11-04', backPain: 2 },
    ] as EpisodeEventInput[]
    expect(pathsOf(validateEpisode({ episode: episodeOf(events) }))).toEqual([['too_big', ['episode', 'events', 1, 'painDuring']]])
    expect(pathsOf(validateEpisode({ episode: episodeOf(events.filter((_, index) => index !== 1)) }))).toEqual([
      ['not_in_catalog', ['episode', 'events', 1, 'movement']],
      ['duplicate', ['episode', 'events', 3, 'date']],
    ])
    const noBaseline = { intake: { age: 38, redFlags: NO_RED_FLAGS }, events: [] }
    expect(pathsOf(validateEpisode({ episode: noBaseline }))).toEqual([['required', ['episode', 'baselinePain']]])
  })

  it('agrees with decideDay on every episode it accepts that holds an assessment', () => {
    const episode = episodeOf([assessmentOn('2026-11-02'), bridgeOn('2026-11-02', 5, 1)])
    expect(validateEpisode({ episode })._tag).toBe('Right')
    expect(decideDay({ episode, today: '2026-11-03' })._tag).toBe('Right')
  })
})
