import { describe, expect, it } from 'vitest'
import { INPUT_LIMITS, decideDay, replayEpisode, type EpisodeEventInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf } from './episodeFixtures.js'

const statusOfBridge = (decision: ReturnType<typeof decideDay>): string => {
  if (decision._tag === 'Left') return decision.left._tag
  return decision.right.items.find((item) => item.movement === 'hip-bridge')?.status ?? 'none'
}

describe('replayEpisode', () => {
  it('decides every day from the first assessment, each with what was known on that day', () => {
    // A 10/10 session on 11-04 logged late, at the end of the list: the days before it stay as they were decided.
    const events = [assessmentOn('2026-11-02'), ...calmMornings('2026-11-01', 8), bridgeOn('2026-11-04', 6, 10)]
    const log = replayEpisode({ episode: episodeOf(events), through: '2026-11-06' })
    expect(log._tag === 'Right' && log.right.map((day) => [day.date, statusOfBridge(day.decision)])).toEqual([
      ['2026-11-02', 'start'],
      ['2026-11-03', 'start'],
      ['2026-11-04', 'Referral'],
      ['2026-11-05', 'Referral'],
      ['2026-11-06', 'Referral'],
    ])
  })

  it('refers, following the plan, a movement that goes red again after its pause instead of cycling for weeks', () => {
    // The person does exactly what each day's plan says, and every hip-bridge session hurts 6/10.
    const events: EpisodeEventInput[] = [assessmentOn('2026-11-01'), ...calmMornings('2026-11-02', 40)]
    const seen: string[] = []
    for (let day = 0; day < 28; day++) {
      const today = shiftDate('2026-11-01', day)
      const decision = decideDay({ episode: episodeOf(events), today })
      seen.push(statusOfBridge(decision))
      if (decision._tag === 'Left') continue
      const item = decision.right.items.find((entry) => entry.movement === 'hip-bridge')
      if (item !== undefined && item.status !== 'paused' && item.timesToday > 0) {
        events.push({ type: 'session', date: today, movement: 'hip-bridge', performed: item.dose, completed: true, painDuring: 6 })
      }
    }
    expect(seen).not.toContain('progress')
    expect(seen.indexOf('Referral')).toBeGreaterThan(seen.indexOf('paused'))
    expect(seen.slice(seen.indexOf('Referral'))).toEqual(Array(28 - seen.indexOf('Referral')).fill('Referral'))
    const held = decideDay({ episode: episodeOf(events), today: '2026-11-28' })
    expect(held._tag === 'Left' && held.left._tag === 'Referral' && held.left.reasons.map((reason) => reason.rule).slice(0, 2)).toEqual(['referral-held', 'repeated-pause'])
  })

  it('after a referral is lifted, steps the red movement down once and holds the others while the red is in the window', () => {
    // Following the plan; cat-camel hurts 9/10 on day 5; a clinician clears the referral on day 7.
    const events: EpisodeEventInput[] = [assessmentOn('2026-11-01'), ...calmMornings('2026-11-02', 30)]
    const doses: Record<string, number[]> = { 'hip-bridge': [], 'cat-camel': [] }
    for (let day = 0; day < 20; day++) {
      const today = shiftDate('2026-11-01', day)
      if (day === 7) events.push({ type: 'clearance', date: today, clears: 'referral', by: 'Dr Hale' })
      const decision = decideDay({ episode: episodeOf(events), today })
      if (decision._tag === 'Left') continue
      for (const item of decision.right.items) {
        if (item.status === 'paused' || item.timesToday === 0 || item.dose.kind !== 'reps') continue
        doses[item.movement]?.push(item.dose.sets * 100 + item.dose.reps)
        const painDuring = item.movement === 'cat-camel' && day === 5 ? 9 : 1
        for (const time of ['08:00', '12:00', '16:00'].slice(0, item.timesToday)) {
          events.push({ type: 'session', date: today, time, movement: item.movement, performed: item.dose, completed: true, painDuring })
        }
      }
    }
    const drops = (list: number[]) => list.filter((dose, index) => index > 0 && dose < list[index - 1]!).length
    expect(drops(doses['hip-bridge']!)).toBe(0)
    expect(drops(doses['cat-camel']!)).toBe(1)
    // Five days of plans before the referral and thirteen after the clearance.
    expect(doses['cat-camel']!.length).toBe(6 + 13)
  })

  it('gives no days before the first event, or for an episode with none', () => {
    expect(replayEpisode({ episode: episodeOf([]), through: '2026-11-06' })).toEqual({ _tag: 'Right', right: [] })
    expect(replayEpisode({ episode: episodeOf([assessmentOn('2026-11-10')]), through: '2026-11-06' })).toEqual({ _tag: 'Right', right: [] })
  })

  it(`refuses more than INPUT_LIMITS.replayDays days, naming the field`, () => {
    const through = shiftDate('2026-01-01', INPUT_LIMITS.replayDays)
    const result = replayEpisode({ episode: episodeOf([assessmentOn('2026-01-01')]), through })
    expect(result._tag === 'Left' && result.left.issues[0]).toMatchObject({ code: 'too_big', path: ['through'] })
    expect(replayEpisode({ episode: episodeOf([assessmentOn('2026-01-01')]), through: shiftDate(through, -1) })._tag).toBe('Right')
  })

  it('answers a value that is not an episode with a Left', () => {
    const result = replayEpisode(new Proxy({}, { get: () => { throw new Error('no') } }) as never)
    expect(result._tag).toBe('Left')
  })
})
