import { describe, expect, it } from 'vitest'
import { decideDay, snapshotEpisode, type EpisodeEventInput, type EpisodeInput, type EpisodeSnapshot } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, episodeOf, morningOn } from './episodeFixtures.js'

const START = '2026-11-02'
const MOVEMENTS = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo', 'bird-dog'] as const

/** `days` days of the five movements three times a day at one dose, a red hip-bridge day every 30 days and a flare-up every 45, and a morning check each day. */
const routine = (days: number): EpisodeEventInput[] => {
  const events: EpisodeEventInput[] = [assessmentOn(START)]
  for (let day = 0; day < days; day++) {
    const date = shiftDate(START, day)
    events.push(morningOn(date, day % 45 === 44 ? 5 : 1))
    for (const time of ['08:00', '13:00', '18:00']) {
      for (const movement of MOVEMENTS) {
        const red = movement === 'hip-bridge' && day % 30 === 29
        const performed = movement === 'in-line-lunge-halo' || movement === 'bird-dog' ? { kind: 'reps' as const, sets: 1, reps: 6, perSide: true } : { kind: 'reps' as const, sets: 1, reps: 6 }
        events.push({ type: 'session', date, time, movement, performed, completed: true, painDuring: red ? 6 : 1, id: `${date}-${time}-${movement}` })
      }
    }
  }
  return events
}

const snapshotOf = (episode: EpisodeInput, through: string): EpisodeSnapshot => {
  const snapshot = snapshotEpisode({ episode, through })
  if (snapshot._tag === 'Left') throw new Error(`the snapshot was refused: ${JSON.stringify(snapshot.left)}`)
  return snapshot.right
}

describe('snapshotEpisode', () => {
  it('keeps what the following days read, so a year decides the next days as the whole episode does', () => {
    const year = routine(360)
    const through = shiftDate(START, 349)
    const before = year.filter((event) => event.date <= through)
    const after = year.filter((event) => event.date > through)
    const snapshot = snapshotOf(episodeOf(before), through)
    for (let ahead = 0; ahead <= 12; ahead += 3) {
      const today = shiftDate(through, ahead)
      expect(decideDay({ snapshot, events: after, today })).toEqual(decideDay({ episode: episodeOf(year), today }))
    }
  })

  it('does not grow with the length of the episode', () => {
    const size = (days: number) => JSON.stringify({ ...snapshotOf(episodeOf(routine(days)), shiftDate(START, days - 1)), ids: '' }).length
    // Two months and a year hold the same two weeks of logs, give or take a flare-up's days.
    expect(size(365)).toBeLessThan(size(60) * 1.25)
    expect(snapshotOf(episodeOf(routine(365)), shiftDate(START, 364)).sessions.length).toBeLessThanOrEqual(16 * 15)
  })

  it('remembers a 10/10 session a week later, and its clearance', () => {
    const events = [assessmentOn(START), bridgeOn(START, 5, 10)]
    const snapshot = snapshotOf(episodeOf(events), START)
    const later = decideDay({ snapshot, events: [morningOn(shiftDate(START, 7), 1)], today: shiftDate(START, 7) })
    expect(later._tag === 'Left' && later.left._tag).toBe('Referral')
    const clearance: EpisodeEventInput = { type: 'clearance', date: shiftDate(START, 8), clears: 'referral', by: 'Dr Hale' }
    expect(decideDay({ snapshot, events: [clearance], today: shiftDate(START, 8) })._tag).toBe('Right')
  })

  it('refuses an event after the day it holds, naming it', () => {
    const refused = snapshotEpisode({ episode: episodeOf([assessmentOn(START), bridgeOn(shiftDate(START, 2), 5, 1)]), through: START })
    expect(refused._tag === 'Left' && refused.left.issues).toEqual([expect.objectContaining({ code: 'inconsistent', path: ['episode', 'events', 1, 'date'] })])
  })
})

describe('decideDay from a snapshot', () => {
  const snapshot = snapshotOf(episodeOf([assessmentOn(START), { ...bridgeOn(START, 5, 1), id: 'first' }]), START)

  it("refuses events on or before the snapshot's last day, a day before it, and an id it holds, each by its path", () => {
    const refused = decideDay({ snapshot, events: [bridgeOn(START, 5, 1), { ...bridgeOn(shiftDate(START, 1), 5, 1), id: 'first' }], today: shiftDate(START, -1) })
    expect(refused._tag === 'Left' && refused.left._tag === 'InvalidInput' && refused.left.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['inconsistent', ['today']],
      ['inconsistent', ['events', 0, 'date']],
      ['duplicate', ['events', 1, 'id']],
    ])
  })

  it('checks the snapshot itself: another version, or a malformed field, is an input error at its path', () => {
    const wrong = decideDay({ snapshot: { ...snapshot, version: 2 } as never, events: [], today: START })
    expect(wrong._tag === 'Left' && wrong.left._tag === 'InvalidInput' && wrong.left.issues[0]!.path).toEqual(['snapshot', 'version'])
    const broken = decideDay({ snapshot: { ...snapshot, sessions: [{ ...snapshot.sessions[0]!, ordinal: -1 }] }, events: [], today: START })
    expect(broken._tag === 'Left' && broken.left._tag === 'InvalidInput' && broken.left.issues[0]!.path).toEqual(['snapshot', 'sessions', 0, 'ordinal'])
  })

  it("places the events after the snapshot's own in the references it gives", () => {
    const red = { ...bridgeOn(shiftDate(START, 1), 6, 10) }
    const decision = decideDay({ snapshot, events: [morningOn(shiftDate(START, 1), 1), red], today: shiftDate(START, 1) })
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && 'causedBy' in decision.left && decision.left.causedBy).toMatchObject({ index: 3, type: 'session' })
  })
})
