// The playground's chart rows, checked in Node against the engine's own answers on the bundled example.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideDay, ladderOf, replayEpisode, simulateProgression, NO_RED_FLAGS, type EpisodeInput, type ReplayedDay } from '../../src/index.js'
import { latestDate, readEpisodeText } from '../../examples/playground/episodeText.js'
import { adherenceSeries, ladderSeries, painSeries, simulatedSeries } from '../../examples/playground/series.js'
import { whyOf } from '../../examples/playground/whyOf.js'

const ROOT = join(import.meta.dirname, '../..')
const exampleText = readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')
const example = JSON.parse(exampleText) as EpisodeInput
const replayed = (through: string): readonly ReplayedDay[] => {
  const days = replayEpisode({ episode: example, through })
  if (days._tag === 'Left') throw new Error('the example replays')
  return days.right
}

describe('the playground: reading the editor', () => {
  it('reads JSON as JSON and anything else as YAML, and says why a text cannot be read', () => {
    expect(readEpisodeText(exampleText)).toEqual({ ok: true, value: example })
    expect(readEpisodeText('baselinePain: 2\nevents: []\n')).toEqual({ ok: true, value: { baselinePain: 2, events: [] } })
    const broken = readEpisodeText('{ "events": [ }')
    expect(broken.ok).toBe(false)
    expect(!broken.ok && broken.message.length).toBeGreaterThan(0)
  })

  it('takes the latest well-formed event date as today, and no date from a value without events', () => {
    expect(latestDate(example)).toBe('2026-11-09')
    expect(latestDate({ events: [{ date: '2026-01-02' }, { date: 'soon' }, { date: 20260301 }, null, { date: '2026-01-01' }] })).toBe('2026-01-02')
    expect(latestDate({ events: 'none' })).toBeUndefined()
    expect(latestDate(null)).toBeUndefined()
  })
})

describe("the playground: why an item of the plan's table is what it is", () => {
  it('shows the first reason, and for a hold the first finding about the movement itself', () => {
    const decision = decideDay({ episode: example, today: '2026-11-09' })
    if (decision._tag === 'Left') throw new Error('the example has a plan')
    const byMovement = new Map(decision.right.items.map((item) => [item.movement, item]))
    const progress = byMovement.get('hip-mobility')!
    expect(progress.status).toBe('progress')
    expect(whyOf(progress)).toEqual([progress.reasons[0]])
    const hold = byMovement.get('bird-dog')!
    expect(hold.status).toBe('hold')
    const shown = whyOf(hold)
    expect(shown).toHaveLength(2)
    expect(shown[0]).toBe(hold.reasons[0])
    expect(shown[1]!.movement).toBe('bird-dog')
    expect(shown[1]!.rule).not.toBe('window')
  })
})

describe('the playground: chart rows', () => {
  it('plots each morning as logged and each day of sessions at its worst pain during', () => {
    const points = painSeries(example)
    const mornings = example.events.filter((event) => event.type === 'morning')
    expect(points.filter((point) => point.series === 'morning back pain')).toHaveLength(mornings.length)
    const sessions = example.events.flatMap((event) => (event.type === 'session' ? [event] : []))
    for (const point of points.filter((entry) => entry.series === 'worst pain during a session')) {
      expect(point.pain).toBe(Math.max(...sessions.filter((session) => session.date === point.date).map((session) => session.painDuring)))
    }
    expect(points.map((point) => point.date)).toEqual(points.map((point) => point.date).sort())
    expect(new Set(points.filter((point) => point.series !== 'morning back pain').map((point) => point.date)).size).toBe(new Set(sessions.map((session) => session.date)).size)
  })

  it('plots the share each day reports, and skips a day with nothing prescribed', () => {
    const days = replayed('2026-11-09')
    const points = adherenceSeries(days)
    const shares = days.flatMap((day) => (day.decision._tag === 'Right' && day.decision.right.adherence.share !== undefined ? [[day.date, day.decision.right.adherence.share]] : []))
    expect(points.map((point) => [point.date, point.share])).toEqual(shares)
    // The first day of the example has nothing prescribed before it.
    expect(points.some((point) => point.date === '2026-11-02')).toBe(false)
    expect(points.length).toBeGreaterThan(0)
  })

  it('puts every dosed movement of every day on the rung of its ladder that holds the dose', () => {
    const days = replayed('2026-11-09')
    const points = ladderSeries(days)
    const dosed = days.flatMap((day) => (day.decision._tag === 'Right' ? day.decision.right.items.filter((item) => item.status !== 'paused').map((item) => ({ day, item })) : []))
    expect(points).toHaveLength(dosed.length)
    dosed.forEach(({ day, item }, index) => {
      const point = points[index]!
      expect(point.date).toBe(day.date)
      const ladder = ladderOf({ movement: item.movement })
      if (ladder._tag === 'Left') throw new Error('a dosed movement has a ladder')
      const { loadKg: _load, ...rung } = ladder.right.rungs[point.rung - 1] as { loadKg?: number }
      const { loadKg: _given, ...dose } = item.dose as { loadKg?: number }
      expect(rung).toEqual(dose)
    })
    expect(new Set(points.map((point) => point.movement))).toContain('kettlebell-walk (by-the-side)')
  })

  it('climbs a simulated ladder a rung at a time from the first, on green sessions', () => {
    const simulation = simulateProgression({ intake: { age: 40, redFlags: NO_RED_FLAGS }, movement: 'hip-bridge', start: '2026-01-05', weeks: 2, baselinePain: 2, response: { painDuring: 1 } })
    if (simulation._tag === 'Left') throw new Error('a green simulation runs')
    const rungs = simulatedSeries(simulation.right).map((point) => point.rung)
    expect(rungs[0]).toBe(1)
    expect(rungs.length).toBe(simulation.right.timeline.filter((step) => step.performed).length)
    rungs.slice(1).forEach((rung, index) => expect(rung - rungs[index]!).toBeGreaterThanOrEqual(0))
    rungs.slice(1).forEach((rung, index) => expect(rung - rungs[index]!).toBeLessThanOrEqual(1))
    expect(Math.max(...rungs)).toBeGreaterThan(3)
  })
})
