import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkEpisode, type ValidEpisode } from '../../src/episode/checkEpisode.js'
import { EpisodeSchema } from '../../src/episode/episode.js'
import { foldThrough } from '../../src/episode/foldEpisode.js'
import { planDay } from '../../src/episode/planDay.js'
import { decideDay, NO_RED_FLAGS, snapshotEpisode, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
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

const catCamelOn = (date: string, painDuring = 1): EpisodeEventInput => ({
  type: 'session',
  date,
  movement: 'cat-camel',
  performed: { kind: 'reps', sets: 1, reps: 5 },
  completed: true,
  painDuring,
})

describe('a pause the referral of the same day hid', () => {
  // Red mornings (3/10 over a baseline of 1) on days 1, 3 and 5: three red days refer. The cat-camel done on
  // days 2 and 4 went red by the mornings after: two reds would pause it, but the referral caps every movement.
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
  // A clinician lifts the referral on day 9.
  const cleared = episodeOf([...events, { type: 'clearance', date: shiftDate(START, 9), clears: 'referral', by: 'Dr Hale' }])

  it('shows on the day the first red morning leaves the window, with no new sign, as when every day is judged', () => {
    const onDay = (offset: number, reference: boolean) => [...foldThrough(valid, shiftDate(START, offset), reference).pauses.keys()]
    expect(onDay(7, false)).toEqual([])
    expect(onDay(8, false)).toEqual(['cat-camel'])
    for (const offset of [5, 6, 7, 8, 9]) expect(onDay(offset, false)).toEqual(onDay(offset, true))
  })

  it('holds once a clinician has lifted the referral', () => {
    const plan = planDay(foldThrough(checked(cleared), shiftDate(START, 9)), shiftDate(START, 9))
    const catCamel = plan._tag === 'Right' ? plan.right.items.find((item) => item.movement === 'cat-camel') : undefined
    expect(catCamel?.status).toBe('paused')
  })

  it('shows as well from a snapshot taken while the referral holds', () => {
    const through = shiftDate(START, 6)
    const snapshot = snapshotEpisode({ episode: { ...cleared, events: cleared.events.filter((event) => event.date <= through) }, through })
    if (snapshot._tag === 'Left') throw new Error(JSON.stringify(snapshot.left))
    const later = cleared.events.filter((event) => event.date > through)
    const today = shiftDate(START, 9)
    const fromSnapshot = decideDay({ snapshot: snapshot.right, events: later, today })
    expect(fromSnapshot).toEqual(decideDay({ episode: cleared, today }))
    expect(fromSnapshot._tag === 'Right' && fromSnapshot.right.items.find((item) => item.movement === 'cat-camel')?.status).toBe('paused')
  })
})

describe("a referral made while the lock of last week's flare-up holds", () => {
  // A flare-up morning on day 2 (3/10 over a baseline of 1), then an amber hip-bridge every other day from day 3,
  // and a 10/10 session on day 10: the flare-up is in the week before the window, and its lock reads every day since.
  const events: EpisodeEventInput[] = [
    assessmentOn(START),
    morningOn(shiftDate(START, 2), 3),
    ...calmMornings(shiftDate(START, 3), 8),
    ...[3, 5, 7, 9].map((day) => bridgeOn(shiftDate(START, day), 5, 4)),
    bridgeOn(shiftDate(START, 10), 5, 10),
  ]
  const valid = checked(episodeOf(events))
  const today = shiftDate(START, 10)

  it("gives the lock's reason as judging every day does, the amber session before the window counted", () => {
    const referrals = foldThrough(valid, today).referrals
    expect(referrals).toEqual(foldThrough(valid, today, true).referrals)
    const reasons = referrals.flatMap((held) => held.referral.reasons)
    // No two green days in a row since the flare-up, day 3 included: the lock still holds, until three days on.
    // Left out, day 3 and day 4 would make the run and the lock would have ended on day 5.
    expect(reasons.find((reason) => reason.rule === 'flare-up-lock')?.params).toMatchObject({ until: shiftDate(START, 13) })
  })
})

describe('the days the ceiling reads back when a flare-up is near the window', () => {
  it('keeps the sessions of the window before a flare-up inside it: a red day before it still counts towards three', () => {
    // Red sessions on days 1 and 4, a flare-up morning on day 3: three red days in the window refer on day 4.
    const events: EpisodeEventInput[] = [
      assessmentOn(START),
      bridgeOn(shiftDate(START, 1), 5, 6),
      morningOn(shiftDate(START, 2), 1),
      morningOn(shiftDate(START, 3), 3),
      bridgeOn(shiftDate(START, 4), 5, 6),
    ]
    const valid = checked(episodeOf(events))
    const today = shiftDate(START, 4)
    const rules = foldThrough(valid, today).referrals.flatMap((held) => held.referral.reasons.map((reason) => reason.rule))
    expect(rules).toContain('refer-red-days')
  })

  it('reads every session since a flare-up on the first day of the two weeks the ceiling reads', () => {
    // A flare-up on day 1, an amber hip-bridge every other day from day 2, a 10/10 session on day 14: no two green
    // days in a row since the flare-up, so its lock still holds when the referral is made.
    const events: EpisodeEventInput[] = [
      assessmentOn(START),
      morningOn(shiftDate(START, 1), 3),
      ...calmMornings(shiftDate(START, 2), 13),
      ...[2, 4, 6, 8, 10, 12].map((day) => bridgeOn(shiftDate(START, day), 5, 4)),
      bridgeOn(shiftDate(START, 14), 5, 10),
    ]
    const valid = checked(episodeOf(events))
    const today = shiftDate(START, 14)
    const referrals = foldThrough(valid, today).referrals
    expect(referrals).toEqual(foldThrough(valid, today, true).referrals)
    const lock = referrals.flatMap((held) => held.referral.reasons).find((reason) => reason.rule === 'flare-up-lock')
    expect(lock?.params).toMatchObject({ date: shiftDate(START, 1), until: shiftDate(START, 17) })
  })
})

describe('a clearance of a referral the red days made', () => {
  it('leaves the mornings before it out of the red days a later sign is judged with', () => {
    // Three flare-up mornings refer; a clinician clears the referral on day 4; one red session on day 5 is one red day.
    const events: EpisodeEventInput[] = [
      assessmentOn(START),
      ...[1, 2, 3].map((day) => morningOn(shiftDate(START, day), 3)),
      { type: 'clearance', date: shiftDate(START, 4), clears: 'referral', by: 'Dr Hale' },
      morningOn(shiftDate(START, 5), 1),
      bridgeOn(shiftDate(START, 5), 5, 6),
    ]
    const valid = checked(episodeOf(events))
    expect(planDay(foldThrough(valid, shiftDate(START, 3)), shiftDate(START, 3))._tag).toBe('Left')
    const day5 = planDay(foldThrough(valid, shiftDate(START, 5)), shiftDate(START, 5))
    expect(day5._tag).toBe('Right')
  })
})

describe('a referral the ceiling calls for while another holds', () => {
  it('is held beside it once, so the referral names both causes', () => {
    // A re-screen with a sign refers on day 1; a 10/10 session on day 2 calls for a referral of the ceiling too,
    // which the ceiling, judging on while it refers, does not add again on day 3.
    const events: EpisodeEventInput[] = [
      assessmentOn(START),
      { type: 'symptoms', date: shiftDate(START, 1), redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } },
      bridgeOn(shiftDate(START, 2), 5, 10),
      morningOn(shiftDate(START, 3), 1),
    ]
    const valid = checked(episodeOf(events))
    for (const day of [2, 3]) expect(foldThrough(valid, shiftDate(START, day)).referrals.map((held) => held.origin)).toEqual(['symptoms', 'ceiling'])
  })
})

describe('a pause a clinician cleared', () => {
  // The hip-bridge red twice on day 1 is paused, and a clearance of its pause comes on day 2.
  const pausedThenCleared: EpisodeEventInput[] = [
    assessmentOn(START),
    bridgeOn(shiftDate(START, 1), 5, 6, { time: '08:00' }),
    bridgeOn(shiftDate(START, 1), 5, 6, { time: '12:00' }),
    { type: 'clearance', date: shiftDate(START, 2), clears: 'pause', movement: 'hip-bridge', by: 'Dr Hale' },
  ]

  it('is not made again by the next red sign of another movement while its own reds are still in the window', () => {
    // The cat-camel red on day 3: two red days in the window, one short of a referral.
    const events: EpisodeEventInput[] = [...pausedThenCleared, catCamelOn(shiftDate(START, 3), 6)]
    const valid = checked(episodeOf(events))
    expect([...foldThrough(valid, shiftDate(START, 1)).pauses.keys()]).toEqual(['hip-bridge'])
    const day3 = foldThrough(valid, shiftDate(START, 3))
    expect(day3.referrals).toEqual([])
    expect([...day3.pauses.keys()]).toEqual([])
  })

  it("is not made again when the movement's next session is green and so is the morning after it", () => {
    // A green bridge after the clearance; a calm morning on day 3, then the cat-camel red, which has the ceiling judge again.
    const events: EpisodeEventInput[] = [
      ...pausedThenCleared,
      bridgeOn(shiftDate(START, 2), 5, 1, { time: '18:00' }),
      morningOn(shiftDate(START, 3), 1),
      catCamelOn(shiftDate(START, 3), 6),
    ]
    const day3 = foldThrough(checked(episodeOf(events)), shiftDate(START, 3))
    expect(day3.referrals).toEqual([])
    expect([...day3.pauses.keys()]).toEqual([])
  })
})

describe('a movement never paused before', () => {
  it('is paused by two reds that are the first events of the episode, logged before the assessment on its day', () => {
    // Untimed, they keep their place in the episode: the first two, before the assessment.
    const events: EpisodeEventInput[] = [bridgeOn(START, 5, 6), bridgeOn(START, 5, 6), assessmentOn(START)]
    expect([...foldThrough(checked(episodeOf(events)), START).pauses.keys()]).toEqual(['hip-bridge'])
  })
})

