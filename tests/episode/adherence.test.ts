import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AdherenceSchema, BUILT_IN_CATALOG, decideDay, type DayPlan, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf, knownBeforeSessions, morningOn, rehabItems } from './episodeFixtures.js'

const plan = (episode: EpisodeInput, today: string): DayPlan => {
  const decision = decideDay({ episode, today })
  if (decision._tag === 'Left') throw new Error(`expected a plan on ${today}, got ${JSON.stringify(decision.left)}`)
  expect(AdherenceSchema.safeParse(decision.right.adherence).success).toBe(true)
  return decision.right
}

/**
 * An episode in which the person does, each day, `timesADay` of the times the
 * day's plan asks for, at the dose it gives, with little pain and a calm next morning.
 */
const following = (days: number, timesADay: (day: number) => number): EpisodeEventInput[] => {
  const events: EpisodeEventInput[] = [assessmentOn('2026-11-01')]
  for (let day = 0; day < days; day++) {
    const date = shiftDate('2026-11-01', day)
    for (const item of plan(episodeOf(events), date).items) {
      if (item.status === 'paused') continue
      for (let time = 0; time < Math.min(item.timesToday, timesADay(day)); time++) {
        events.push({ type: 'session', date, time: `${String(8 + time * 4).padStart(2, '0')}:00`, movement: item.movement, performed: item.dose, completed: true, painDuring: 1 })
      }
    }
    events.push(morningOn(shiftDate(date, 1), 1))
  }
  return events
}

describe('decideDay: adherence over the week before today', () => {
  it('steps up a person who did every session asked for, and holds one who did 1 in 21', () => {
    const all = plan(episodeOf(following(8, () => 3)), '2026-11-09')
    expect(all.adherence).toMatchObject({ from: '2026-11-02', through: '2026-11-08', share: 1 })
    expect(rehabItems(all.adherence.movements).map((kept) => kept.prescribed)).toEqual([21, 21, 21, 21, 21])
    // The protocol movements on their days: the warm-ups every day, the workout and deadbug days Monday, Wednesday, Friday, the thoracic press Tuesday and Friday.
    expect(Object.fromEntries(all.adherence.movements.map((kept) => [kept.movement, kept.prescribed]))).toMatchObject({
      'back-mobility-warm-up': 7,
      'hip-thrust': 3,
      deadbug: 3,
      'raising-the-roof': 3,
      'thoracic-press': 2,
    })
    expect(rehabItems(all.items).every((item) => item.status === 'progress')).toBe(true)

    // Once on the last day, at the dose asked for: green and settled, but 1 of 21.
    const once = plan(episodeOf(following(8, (day) => (day === 7 ? 1 : 0))), '2026-11-09')
    const rehab = rehabItems(once.adherence.movements)
    expect(rehab.map((kept) => [kept.prescribed, kept.done])).toEqual(Array.from({ length: 5 }, () => [21, 1]))
    for (const item of rehabItems(once.items)) {
      expect(item.status).toBe('hold')
      expect(item.reasons[0]).toMatchObject({ rule: 'low-adherence', value: 1 / 21 })
    }
  })

  it('lets two sessions of three a day step up, and holds one of three', () => {
    expect(rehabItems(plan(episodeOf(following(8, () => 2)), '2026-11-09').items).every((item) => item.status === 'progress')).toBe(true)
    expect(rehabItems(plan(episodeOf(following(8, () => 1)), '2026-11-09').items).every((item) => item.status === 'hold')).toBe(true)
  })

  it('counts every skipped session of the week, not only the last', () => {
    const skip = (date: string) => ({ type: 'skipped' as const, date, movement: 'hip-bridge' })
    const events = [assessmentOn('2026-11-01'), skip('2026-11-02'), skip('2026-11-03'), skip('2026-11-03'), ...calmMornings('2026-11-02', 3)]
    const day = decideDay({ episode: episodeOf(events), today: '2026-11-05' })
    expect(day._tag === 'Right' && day.right.adherence.movements.find((movement) => movement.movement === 'hip-bridge')?.skipped).toBe(3)
  })

  it('counts a skipped session as not done, and a day before the first assessment as asking nothing', () => {
    const events = [assessmentOn('2026-11-01'), bridgeOn('2026-11-03', 5, 1), { type: 'skipped' as const, date: '2026-11-03', movement: 'hip-bridge' }, ...calmMornings('2026-11-02', 3)]
    const bridge = plan(episodeOf(events), '2026-11-04').adherence.movements.find((kept) => kept.movement === 'hip-bridge')
    // 10-28 to 10-31 come before the assessment; 11-01 (the assessment's own day), 11-02 and 11-03 ask 3 times each.
    expect(bridge).toEqual({ movement: 'hip-bridge', prescribed: 9, done: 1, skipped: 1, share: 1 / 9 })
  })

  it('counts no more sessions a day than were asked for', () => {
    const six = ['07:00', '09:00', '11:00', '13:00', '15:00', '17:00'].map((time) => bridgeOn('2026-11-02', 5, 1, { time }))
    const bridge = plan(episodeOf([assessmentOn('2026-11-01'), ...six, ...calmMornings('2026-11-02', 2)]), '2026-11-03').adherence.movements.find((kept) => kept.movement === 'hip-bridge')
    // 11-01 asked 3 times and saw none; 11-02 asked 3 and counts 3 of its 6.
    expect(bridge).toMatchObject({ movement: 'hip-bridge', prescribed: 6, done: 3 })
  })

  it('asks nothing on the days a referral or a pause holds', () => {
    const red = [assessmentOn('2026-11-01'), bridgeOn('2026-11-02', 5, 10), ...calmMornings('2026-11-02', 8)]
    const cleared = { type: 'clearance' as const, date: '2026-11-06', clears: 'referral' as const, by: 'Dr Hale' }
    const afterReferral = plan(episodeOf([...red, cleared]), '2026-11-08').adherence
    // 11-03 to 11-05 refer; 11-01, 11-02 (before its red session), 11-06 (cleared, no session) and 11-07 ask 3 times each.
    expect(afterReferral.movements.find((kept) => kept.movement === 'cat-camel')).toMatchObject({ prescribed: 12 })

    const amber = [assessmentOn('2026-11-01'), bridgeOn('2026-11-02', 5, 6), bridgeOn('2026-11-03', 5, 6), ...calmMornings('2026-11-02', 8)]
    const paused = plan(episodeOf(amber), '2026-11-06')
    expect(paused.items.find((item) => item.movement === 'hip-bridge')?.status).toBe('paused')
    // Asked for on 11-01 to 11-03, then paused.
    expect(paused.adherence.movements.find((kept) => kept.movement === 'hip-bridge')).toMatchObject({ prescribed: 9, done: 2 })
  })

  it('asks a movement on a ladder of every other day only on the days its ladder allows', () => {
    const everyOtherDay = {
      id: 'dead-hang',
      name: 'Dead hang',
      description: 'Hangs from a bar with straight arms, shoulders drawn down.',
      roles: ['assessment'],
      focus: ['shoulders'],
      dose: { kinds: ['reps'], perSide: false },
      variants: [],
      ladder: { rungs: [{ kind: 'reps', sets: 1, reps: 8 }, { kind: 'reps', sets: 2, reps: 8 }], afterTop: { kind: 'stay' }, frequency: { perDay: 1, minDaysApart: 2 }, source: 'an app' },
      source: 'an app',
    } as const
    const results = ['hip-bridge', 'cat-camel', 'hip-mobility', 'dead-hang'].map((movement) => ({ movement, pain: 1 }))
    const hang = { type: 'session', date: '2026-11-02', movement: 'dead-hang', performed: { kind: 'reps', sets: 1, reps: 8 }, completed: true, painDuring: 1 } as const
    const events: EpisodeEventInput[] = [{ type: 'assessment', date: '2026-11-01', results }, hang, { ...hang, date: '2026-11-04' }, ...calmMornings('2026-11-02', 4)]
    const episode = episodeOf(events, { options: { catalog: [...BUILT_IN_CATALOG, everyOtherDay] } })
    const kept = plan(episode, '2026-11-05').adherence.movements.find((movement) => movement.movement === 'dead-hang')
    // 11-01 and 11-02 ask once each; 11-03 asks nothing (the ladder wants two days apart); 11-04 asks once.
    expect(kept).toEqual({ movement: 'dead-hang', prescribed: 3, done: 2, skipped: 0, share: 2 / 3 })
  })

  it('counts as prescribed exactly what each day of the week asked for before its first session', () => {
    fc.assert(
      fc.property(episodeArbitrary(16), ({ days, episode }) => {
        const today = shiftDate(START, days)
        const decision = decideDay({ episode, today })
        if (decision._tag === 'Left') return
        const asked = new Map<string, number>()
        for (let back = 7; back >= 1; back--) {
          const day = shiftDate(today, -back)
          const before = decideDay({ episode: { ...episode, events: knownBeforeSessions(episode.events, day) }, today: day })
          if (before._tag === 'Left') continue
          for (const item of before.right.items) if (item.status !== 'paused' && item.timesToday > 0) asked.set(item.movement, (asked.get(item.movement) ?? 0) + item.timesToday)
        }
        const counted = new Map(decision.right.adherence.movements.map((kept) => [kept.movement, kept.prescribed]))
        expect(counted).toEqual(asked)
        for (const kept of decision.right.adherence.movements) expect(kept.done).toBeLessThanOrEqual(kept.prescribed)
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 60) },
    )
  })
})
