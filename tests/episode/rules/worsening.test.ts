import { describe, expect, it } from 'vitest'
import { DayPlanSchema, EpisodeReferralSchema, decideDay, snapshotEpisode, type DayDecision, type EpisodeReferral } from '../../../src/index.js'
import { assessmentOn, calmMornings, episodeOf } from '../episodeFixtures.js'

const referral = (decision: DayDecision): EpisodeReferral => {
  if (decision._tag === 'Right' || decision.left._tag !== 'Referral' || !('since' in decision.left)) throw new Error(`expected a held referral, got ${JSON.stringify(decision)}`)
  expect(EpisodeReferralSchema.safeParse(decision.left).success).toBe(true)
  return decision.left
}

const planned = (decision: DayDecision): boolean => decision._tag === 'Right' && DayPlanSchema.safeParse(decision.right).success

// domain.md 6 (Childs 2005; Farrar 2001): a change of 2 points or 30% counts either way, read as the mean of the last 7
// morning checks against the baseline. Mornings one point above a baseline of 3 are a third worse, yet each is only amber
// for the ceiling, so nothing else refers them.
describe('decideDay: back pain meaningfully worse than at the start', () => {
  const start = assessmentOn('2026-11-01')
  const worseWeek = calmMornings('2026-11-02', 7, 4)
  const clearance = { type: 'clearance', date: '2026-11-10', clears: 'referral', by: 'Dr Example' } as const

  it('refers from the seventh worse morning, naming the mean, the baseline and the change, and holds on later calm days', () => {
    const episode = episodeOf([start, ...worseWeek, ...calmMornings('2026-11-09', 3, 3)], { baselinePain: 3 })
    expect(planned(decideDay({ episode, today: '2026-11-07' }))).toBe(true)
    for (const today of ['2026-11-08', '2026-11-11']) {
      const held = referral(decideDay({ episode, today }))
      expect([held.cause, held.urgency, held.since, held.causedBy?.date]).toEqual(['worsening', 'soon', '2026-11-08', '2026-11-08'])
      expect(held.reasons.map((reason) => reason.rule)).toEqual(['referral-held', 'worsening'])
      expect(held.reasons[1]).toMatchObject({
        message: 'Usual back pain over the last 7 morning checks is 4/10 against 3/10 at the start: 1 point (33.33%) worse, a meaningful worsening (2 points or 30% of the baseline).',
        value: 4,
        limit: 3,
      })
    }
  })

  it('is held once however many worse mornings follow, and says a change from a baseline of 0 in points alone', () => {
    const longer = episodeOf([start, ...calmMornings('2026-11-02', 10, 4)], { baselinePain: 3 })
    expect(referral(decideDay({ episode: longer, today: '2026-11-12' })).reasons.map((reason) => reason.rule)).toEqual(['referral-held', 'worsening'])
    // No per cent of a baseline of 0: the change is said in points, and counts at 2.
    const fromNothing = referral(decideDay({ episode: episodeOf([start, ...calmMornings('2026-11-02', 7, 2)], { baselinePain: 0 }), today: '2026-11-08' }))
    expect(fromNothing.reasons.find((reason) => reason.rule === 'worsening')?.message).toBe(
      'Usual back pain over the last 7 morning checks is 2/10 against 0/10 at the start: 2 points worse, a meaningful worsening (2 points or 30% of the baseline).',
    )
    // Its params give that missing per cent as '', which the catalogs' patterns match on.
    expect(fromNothing.reasons.find((reason) => reason.rule === 'worsening')?.params).toEqual({ mornings: 7, now: 2, baseline: 0, points: 2, percent: '', meaningfulPoints: 2, meaningfulPercent: 30 })
  })

  it('reads the last 7 checks only: calm ones before them do not soften a worse week', () => {
    // Over all ten the mean is 3.7, under the change; over the last seven it is 4, a third worse.
    const events = [start, ...calmMornings('2026-11-02', 3, 3), ...calmMornings('2026-11-05', 7, 4)]
    expect(referral(decideDay({ episode: episodeOf(events, { baselinePain: 3 }), today: '2026-11-11' })).since).toBe('2026-11-11')
  })

  it('does not refer on fewer than 7 morning checks, nor when the mean stays within the change', () => {
    const six = episodeOf([start, ...worseWeek.slice(0, 6)], { baselinePain: 3 })
    expect(planned(decideDay({ episode: six, today: '2026-11-08' }))).toBe(true)
    // 4 against 4 is unchanged; 5 against 4 is 1 point and 25%, under both thresholds.
    expect(planned(decideDay({ episode: episodeOf([start, ...worseWeek], { baselinePain: 4 }), today: '2026-11-09' }))).toBe(true)
    expect(planned(decideDay({ episode: episodeOf([start, ...calmMornings('2026-11-02', 7, 5)], { baselinePain: 4 }), today: '2026-11-09' }))).toBe(true)
  })

  it('after a clearance, counts only the morning checks logged after it, and refers again on a new week of them', () => {
    const after = calmMornings('2026-11-11', 7, 4)
    const events = [start, ...worseWeek, clearance, ...after]
    const episode = episodeOf(events, { baselinePain: 3 })
    expect(planned(decideDay({ episode, today: '2026-11-16' }))).toBe(true)
    expect(referral(decideDay({ episode, today: '2026-11-17' }))).toMatchObject({ cause: 'worsening', since: '2026-11-17' })
  })

  it('is held by a snapshot taken after it, and begun by one taken before it, as the whole episode does', () => {
    const events = [start, ...worseWeek]
    for (const through of ['2026-11-05', '2026-11-08']) {
      const snapshot = snapshotEpisode({ episode: episodeOf(events.filter((event) => event.date <= through), { baselinePain: 3 }), through })
      if (snapshot._tag === 'Left') throw new Error('expected a snapshot')
      const later = events.filter((event) => event.date > through)
      expect(decideDay({ snapshot: snapshot.right, events: later, today: '2026-11-09' })).toEqual(decideDay({ episode: episodeOf(events, { baselinePain: 3 }), today: '2026-11-09' }))
    }
  })
})
