import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode, type ValidEpisode } from '../../src/episode/checkEpisode.js'
import { EpisodeSchema } from '../../src/episode/episode.js'
import { foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import { decideDay, snapshotEpisode, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf, morningOn } from './episodeFixtures.js'

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

describe("the fold's shortcuts: the ceiling judging only after a red sign and while it refers, a decision reading only a movement's recent sessions", () => {
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

describe('a pause the referral of the same day hid', () => {
  // Red mornings (3/10 over a baseline of 1) on days 1, 3 and 5: three red days refer. The cat-camel done on
  // days 2 and 4 went red by the mornings after: two reds would pause it, but the referral caps every movement.
  const catCamelOn = (date: string): EpisodeEventInput => ({
    type: 'session',
    date,
    movement: 'cat-camel',
    performed: { kind: 'reps', sets: 1, reps: 5 },
    completed: true,
    painDuring: 1,
  })
  const events: EpisodeEventInput[] = [
    assessmentOn(START),
    morningOn(shiftDate(START, 1), 3),
    catCamelOn(shiftDate(START, 2)),
    morningOn(shiftDate(START, 3), 3),
    catCamelOn(shiftDate(START, 4)),
    morningOn(shiftDate(START, 5), 3),
    ...calmMornings(shiftDate(START, 6), 4),
  ]
  const valid = checked(episodeOf(events))

  it('shows on the day the first red morning leaves the window, with no new sign, as when every day is judged', () => {
    const onDay = (offset: number, reference: boolean) => [...foldThrough(valid, shiftDate(START, offset), reference).pauses.keys()]
    expect(onDay(7, false)).toEqual([])
    expect(onDay(8, false)).toEqual(['cat-camel'])
    for (const offset of [5, 6, 7, 8, 9]) expect(onDay(offset, false)).toEqual(onDay(offset, true))
  })

  it('holds once a clinician has lifted the referral', () => {
    const cleared = checked(episodeOf([...events, { type: 'clearance', date: shiftDate(START, 9), clears: 'referral', by: 'Dr Hale' }]))
    const plan = planDay(foldThrough(cleared, shiftDate(START, 9)), shiftDate(START, 9))
    const catCamel = plan._tag === 'Right' ? plan.right.items.find((item) => item.movement === 'cat-camel') : undefined
    expect(catCamel?.status).toBe('paused')
  })

  it('shows as well from a snapshot taken while the referral holds', () => {
    const episode = episodeOf([...events, { type: 'clearance', date: shiftDate(START, 9), clears: 'referral', by: 'Dr Hale' }])
    const through = shiftDate(START, 6)
    const snapshot = snapshotEpisode({ episode: { ...episode, events: episode.events.filter((event) => event.date <= through) }, through })
    if (snapshot._tag === 'Left') throw new Error(JSON.stringify(snapshot.left))
    const later = episode.events.filter((event) => event.date > through)
    const today = shiftDate(START, 9)
    const fromSnapshot = decideDay({ snapshot: snapshot.right, events: later, today })
    expect(fromSnapshot).toEqual(decideDay({ episode, today }))
    expect(fromSnapshot._tag === 'Right' && fromSnapshot.right.items.find((item) => item.movement === 'cat-camel')?.status).toBe('paused')
  })
})
