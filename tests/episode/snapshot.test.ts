import { describe, expect, it } from 'vitest'
import { decideDay, NO_RED_FLAGS, snapshotEpisode, type EpisodeEventInput, type EpisodeInput, type EpisodeSnapshot } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, climb, episodeOf, morningOn } from './episodeFixtures.js'

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
    expect(snapshotOf(episodeOf(routine(365)), shiftDate(START, 364)).sessions.columns.ordinal.length).toBeLessThanOrEqual(16 * 15)
  })

  it('holds an episode of events but no assessment yet, and decides later days from it as the whole episode does', () => {
    const before = [morningOn(START, 2)]
    const snapshot = snapshotOf(episodeOf(before), START)
    expect(snapshot.latestAssessment).toBeUndefined()
    const next = shiftDate(START, 1)
    const none = decideDay({ snapshot, events: [morningOn(next, 1)], today: next })
    expect(none._tag === 'Left' && none.left._tag === 'InvalidInput' && none.left.issues[0]!.path).toEqual(['episode', 'events'])
    expect(none).toEqual(decideDay({ episode: episodeOf([...before, morningOn(next, 1)]), today: next }))
    const assessed = [assessmentOn(next), bridgeOn(next, 5, 1)]
    const planned = decideDay({ snapshot, events: assessed, today: next })
    expect(planned._tag).toBe('Right')
    expect(planned).toEqual(decideDay({ episode: episodeOf([...before, ...assessed]), today: next }))
  })

  it('remembers a 10/10 session a week later, and its clearance', () => {
    const events = [assessmentOn(START), bridgeOn(START, 5, 10)]
    const snapshot = snapshotOf(episodeOf(events), START)
    const later = decideDay({ snapshot, events: [morningOn(shiftDate(START, 7), 1)], today: shiftDate(START, 7) })
    expect(later._tag === 'Left' && later.left._tag).toBe('Referral')
    const clearance: EpisodeEventInput = { type: 'clearance', date: shiftDate(START, 8), clears: 'referral', by: 'Dr Hale' }
    expect(decideDay({ snapshot, events: [clearance], today: shiftDate(START, 8) })._tag).toBe('Right')
  })

  it('keeps the days since a flare-up while its lock holds, and lets them go once it is lifted', () => {
    // A flare-up on the first morning, and no morning check for three weeks after it: no green day lifts the lock.
    const sessions = Array.from({ length: 21 }, (_, day) => bridgeOn(shiftDate(START, day), 5, 1))
    const locked = [assessmentOn(START), morningOn(START, 6), ...sessions]
    const through = shiftDate(START, 18)
    const snapshot = snapshotOf(episodeOf(locked.filter((event) => event.date <= through)), through)
    const after = locked.filter((event) => event.date > through)
    const whole = decideDay({ episode: episodeOf(locked), today: shiftDate(START, 20) })
    expect(decideDay({ snapshot, events: after, today: shiftDate(START, 20) })).toEqual(whole)
    expect(whole._tag === 'Right' && whole.right.items.find((item) => item.movement === 'hip-bridge')?.reasons.map((reason) => reason.rule)).toContain('flare-up-lock')
    expect(snapshot.lastFlareUp).toBe(START)
    expect(snapshot.mornings.map(([, date]) => date)).toContain(START)
    // With calm mornings from the second day, the lock is lifted within days, and a snapshot three weeks on keeps none of it.
    const lifted = [...locked, ...calmMornings(shiftDate(START, 1), 20)]
    const late = snapshotOf(episodeOf(lifted.filter((event) => event.date <= through)), through)
    expect(late.lastFlareUp).toBeUndefined()
    expect(late.mornings.map(([, date]) => date)).not.toContain(START)
    // The episode to compare with is the snapshot's events followed by the later ones: event references count them in that order.
    const [before, later] = [lifted.filter((event) => event.date <= through), lifted.filter((event) => event.date > through)]
    expect(decideDay({ snapshot: late, events: later, today: shiftDate(START, 20) })).toEqual(decideDay({ episode: episodeOf([...before, ...later]), today: shiftDate(START, 20) }))
  })

  it("keeps a movement's day before its last, however old, for a day decided on the snapshot's own day", () => {
    // The hip-bridge climbed to 1 x 8 in the first four days, then left for three weeks; on day 25 a flare-up morning, then 1 x 5.
    const events = [assessmentOn(START), ...climb(START, [5, 6, 7, 8]), morningOn(shiftDate(START, 25), 4), bridgeOn(shiftDate(START, 25), 5, 1, { time: '08:00' })]
    const through = shiftDate(START, 25)
    const whole = decideDay({ episode: episodeOf(events), today: through })
    expect(decideDay({ snapshot: snapshotOf(episodeOf(events), through), events: [], today: through })).toEqual(whole)
    // The step down reads the rung of that day, three weeks before.
    expect(whole._tag === 'Right' && whole.right.items.find((item) => item.movement === 'hip-bridge')?.reasons[0]?.message).toContain('went into the red at 1 x 8')
  })

  it('refuses an event after the day it holds, naming it', () => {
    const refused = snapshotEpisode({ episode: episodeOf([assessmentOn(START), bridgeOn(shiftDate(START, 2), 5, 1)]), through: START })
    expect(refused._tag === 'Left' && refused.left.issues).toEqual([expect.objectContaining({ code: 'inconsistent', path: ['episode', 'events', 1, 'date'] })])
  })
})

describe('decideDay from a snapshot', () => {
  const firstDay = () => snapshotOf(episodeOf([assessmentOn(START), { ...bridgeOn(START, 5, 1), id: 'first' }]), START)

  it("refuses events on or before the snapshot's last day, a day before it, and an id it holds, each by its path", () => {
    const snapshot = firstDay()
    const refused = decideDay({ snapshot, events: [bridgeOn(START, 5, 1), { ...bridgeOn(shiftDate(START, 1), 5, 1), id: 'first' }], today: shiftDate(START, -1) })
    expect(refused._tag === 'Left' && refused.left._tag === 'InvalidInput' && refused.left.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['inconsistent', ['today']],
      ['inconsistent', ['events', 0, 'date']],
      ['duplicate', ['events', 1, 'id']],
    ])
    expect(refused._tag === 'Left' && refused.left._tag === 'InvalidInput' && refused.left.issues.map((issue) => issue.message)).toEqual([
      `is before the snapshot's last day (${START}): decide it from the episode instead`,
      `is not after the snapshot's last day (${START}), which already holds its events`,
      '"first" is already the id of an event the snapshot holds',
    ])
    // An id the snapshot does not hold is welcome.
    expect(decideDay({ snapshot, events: [{ ...bridgeOn(shiftDate(START, 1), 5, 1), id: 'second' }], today: shiftDate(START, 1) })._tag).toBe('Right')
  })

  it('keeps the last week of morning checks however sparse, so the no-improvement rule reads the same from a snapshot', () => {
    // A morning check every ten days, none in the last two weeks: the last seven reach back two months.
    const sparse = Array.from({ length: 8 }, (_, index) => morningOn(shiftDate(START, index * 10), 3))
    const episode = episodeOf([assessmentOn(START), ...sparse], { baselinePain: 3 })
    const through = shiftDate(START, 90)
    const today = shiftDate(START, 91)
    const whole = decideDay({ episode, today })
    expect(whole._tag === 'Right' && whole.right.reasons[0]?.rule).toBe('no-improvement')
    expect(decideDay({ snapshot: snapshotOf(episode, through), events: [], today })).toEqual(whole)
  })

  it('checks the events after the snapshot against its catalog, at their paths', () => {
    const unknown = decideDay({ snapshot: firstDay(), events: [{ ...bridgeOn(shiftDate(START, 1), 5, 1), movement: 'moonwalk' }], today: shiftDate(START, 1) })
    expect(unknown._tag === 'Left' && unknown.left._tag === 'InvalidInput' && unknown.left.issues[0]!.path).toEqual(['events', 0, 'movement'])
  })

  it('keeps the options of the episode: its ceiling and its weekly layout', () => {
    const events = [assessmentOn(START), bridgeOn(START, 5, 3)]
    const options = { painCeiling: 2, program: { deadbugDays: ['tuesday', 'thursday'] } } as const
    const snapshot = snapshotOf(episodeOf(events, { options }), START)
    const later = [morningOn(shiftDate(START, 1), 1)]
    const whole = decideDay({ episode: episodeOf([...events, ...later], { options }), today: shiftDate(START, 1) })
    expect(decideDay({ snapshot, events: later, today: shiftDate(START, 1) })).toEqual(whole)
    // A Tuesday under these options holds the deadbug, and 3/10 is over a ceiling of 2.
    expect(whole._tag === 'Right' && whole.right.items.map((item) => item.movement)).toContain('deadbug')
    expect(whole._tag === 'Right' && whole.right.items.find((item) => item.movement === 'hip-bridge')?.status).toBe('hold')
  })

  it('decides from the snapshot of an episode with no event yet as from the episode', () => {
    const snapshot = snapshotOf(episodeOf([]), START)
    const events = [assessmentOn(shiftDate(START, 2))]
    expect(decideDay({ snapshot, events, today: shiftDate(START, 3) })).toEqual(decideDay({ episode: episodeOf(events), today: shiftDate(START, 3) }))
    const flagged = { intake: { age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } }, baselinePain: 1, events: [] }
    const referred = snapshotOf(flagged, START)
    expect(decideDay({ snapshot: referred, events: [], today: shiftDate(START, 3) })).toEqual(decideDay({ episode: flagged, today: shiftDate(START, 3) }))
  })

  it('refuses a snapshot whose latest assessment names a movement the catalog lacks', () => {
    const snapshot = firstDay()
    const latest = snapshot.latestAssessment!
    const tampered = { ...snapshot, latestAssessment: { ...latest, event: { ...latest.event, results: [{ movement: 'moonwalk', pain: 1 }] } } } as EpisodeSnapshot
    const refused = decideDay({ snapshot: tampered, events: [], today: START })
    expect(refused._tag === 'Left' && refused.left._tag === 'InvalidInput' && refused.left.issues[0]!.path).toEqual(['snapshot', 'latestAssessment', 'event', 'results', 0, 'movement'])
  })

  it('checks the snapshot itself: another version, or a malformed field, is an input error at its path', () => {
    const snapshot = firstDay()
    const wrong = decideDay({ snapshot: { ...snapshot, version: 3 } as never, events: [], today: START })
    expect(wrong._tag === 'Left' && wrong.left._tag === 'InvalidInput' && wrong.left.issues[0]!.path).toEqual(['snapshot', 'version'])
    const { sessions } = snapshot
    const changed = (column: string, value: unknown) =>
      decideDay({ snapshot: { ...snapshot, sessions: { ...sessions, columns: { ...sessions.columns, [column]: [value] } } } as never, events: [], today: START })
    const pathOf = (decision: ReturnType<typeof decideDay>) => decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues.map(({ code, path }) => ({ code, path }))
    const at = (column: string) => ['snapshot', 'sessions', 'columns', column, 0]
    expect(sessions.columns.ordinal).toHaveLength(1)
    expect(pathOf(changed('ordinal', -1))).toEqual([{ code: 'too_small', path: at('ordinal') }])
    expect(pathOf(changed('date', sessions.dates.length))).toEqual([{ code: 'too_big', path: at('date') }])
    expect(pathOf(changed('time', sessions.times.length))).toEqual([{ code: 'too_big', path: at('time') }])
    expect(pathOf(changed('movement', sessions.movements.length))).toEqual([{ code: 'too_big', path: at('movement') }])
    expect(pathOf(changed('dose', sessions.doses.length))).toEqual([{ code: 'too_big', path: at('dose') }])
    expect(pathOf(changed('painDuring', 11))).toEqual([{ code: 'too_big', path: at('painDuring') }])
    const lengths = decideDay({ snapshot: { ...snapshot, sessions: { ...sessions, columns: { ...sessions.columns, completed: [] } } } as never, events: [], today: START })
    expect(pathOf(lengths)).toEqual([{ code: 'inconsistent', path: ['snapshot', 'sessions', 'columns', 'completed'] }])
    const extras = (list: unknown) => decideDay({ snapshot: { ...snapshot, sessions: { ...sessions, extras: list } } as never, events: [], today: START })
    expect(pathOf(extras([[0, { note: 'x' }]]))).toEqual([{ code: 'unknown_key', path: ['snapshot', 'sessions', 'extras', 0, 1, 'note'] }])
    expect(pathOf(extras([[1, { id: 'a' }]]))).toEqual([{ code: 'too_big', path: ['snapshot', 'sessions', 'extras', 0, 0] }])
    expect(pathOf(extras([[0, { id: 'a' }], [0, { own: false }]]))).toEqual([{ code: 'inconsistent', path: ['snapshot', 'sessions', 'extras', 1, 0] }])
    const messageOf = (decision: ReturnType<typeof decideDay>) => decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues[0]!.message
    expect(messageOf(changed('dose', sessions.doses.length))).toBe(`must point at one of the ${sessions.doses.length} doses`)
    expect(messageOf(lengths)).toBe('must hold one entry per session, 1 in all, as ordinal does')
    expect(messageOf(extras([[1, { id: 'a' }]]))).toBe('must point at one of the 1 sessions')
    expect(messageOf(extras([[0, { id: 'a' }], [0, { own: false }]]))).toBe('must come after the session the extras before it point at')
  })

  it('names each movement, dose, date and time of its sessions once, and writes the sessions as columns that point at them', () => {
    const catCamel = { ...bridgeOn(START, 5, 1), movement: 'cat-camel', id: 'cat' }
    const events = [assessmentOn(START), bridgeOn(START, 5, 1), bridgeOn(START, 5, 1, { time: '09:00' }), bridgeOn(START, 5, 2, { painAfter: 3 }), catCamel]
    const { sessions } = snapshotOf(episodeOf(events), START)
    expect(sessions.movements).toEqual([{ movement: 'hip-bridge' }, { movement: 'cat-camel' }])
    expect(sessions.doses).toEqual([catCamel.performed])
    expect(sessions.dates).toEqual([START])
    expect(sessions.times).toEqual(['09:00'])
    // In the episode's order, where untimed sessions come before the timed ones of their day; the ordinal is that place.
    expect(sessions.columns).toEqual({
      ordinal: [1, 2, 3, 4],
      date: [0, 0, 0, 0],
      time: [null, null, null, 0],
      movement: [0, 0, 1, 0],
      dose: [0, 0, 0, 0],
      completed: [true, true, true, true],
      painDuring: [1, 2, 1, 1],
      painAfter: [null, 3, null, null],
    })
    expect(sessions.extras).toEqual([[2, { id: 'cat' }]])
  })

  it('writes each morning as a row, and each plan and credited dose once, for days and movements to point at', () => {
    const through = shiftDate(START, 2)
    const mornings = [morningOn(START, 1), { ...morningOn(shiftDate(START, 1), 2), stiffness: 3 }, { ...morningOn(through, 1), id: 'm3' }]
    const events = [assessmentOn(START), bridgeOn(START, 5, 1), bridgeOn(shiftDate(START, 1), 6, 1), ...mornings]
    const snapshot = snapshotOf(episodeOf(events), through)
    expect(snapshot.mornings.map((row) => row.slice(1))).toEqual([[START, 1], [shiftDate(START, 1), 2, 3], [through, 1, null, 'm3']])
    // The eight days adherence can read, each pointing at its plan: the five before the assessment share one empty plan.
    const { plans, days } = snapshot.prescribed
    expect(days.map(([day]) => day)).toEqual(Array.from({ length: 8 }, (_, at) => shiftDate(through, at - 7)))
    expect(days.slice(0, 5).map(([, plan]) => plans[plan])).toEqual([[], [], [], [], []])
    expect(plans.filter((plan) => plan.length === 0)).toHaveLength(1)
    expect(new Set(plans.map((plan) => JSON.stringify(plan))).size).toBe(plans.length)
    // The hip-bridge's latest credit: 1 x 6 on the second day, after 1 x 5 on the first.
    const { doses, links } = snapshot.creditChain
    const bridge = links.find(([key]) => key === 'hip-bridge')!
    expect([bridge[1], doses[bridge[2]], bridge[3] === undefined ? undefined : doses[bridge[3]]]).toEqual([
      shiftDate(START, 1),
      { kind: 'reps', sets: 1, reps: 6 },
      { kind: 'reps', sets: 1, reps: 5 },
    ])
    const next = [morningOn(shiftDate(START, 3), 1), bridgeOn(shiftDate(START, 3), 7, 1)]
    expect(decideDay({ snapshot, events: next, today: shiftDate(START, 3) })).toEqual(decideDay({ episode: episodeOf([...events, ...next]), today: shiftDate(START, 3) }))
    const pathOf = (changed: Partial<EpisodeSnapshot>) => {
      const decision = decideDay({ snapshot: { ...snapshot, ...changed } as never, events: [], today: through })
      return decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues.map(({ code, path }) => ({ code, path }))
    }
    expect(pathOf({ prescribed: { plans, days: [[START, plans.length]] } })).toEqual([{ code: 'too_big', path: ['snapshot', 'prescribed', 'days', 0, 1] }])
    expect(pathOf({ creditChain: { doses, links: [['hip-bridge', START, 0, doses.length]] } })).toEqual([{ code: 'too_big', path: ['snapshot', 'creditChain', 'links', 0, 3] }])
    expect(pathOf({ mornings: [[1, START, 11]] })).toEqual([{ code: 'too_big', path: ['snapshot', 'mornings', 0, 2] }])
  })

  it("places the events after the snapshot's own in the references it gives", () => {
    const snapshot = firstDay()
    const red = { ...bridgeOn(shiftDate(START, 1), 6, 10) }
    const decision = decideDay({ snapshot, events: [morningOn(shiftDate(START, 1), 1), red], today: shiftDate(START, 1) })
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && 'causedBy' in decision.left && decision.left.causedBy).toMatchObject({ index: 3, type: 'session' })
  })
})
