import { describe, expect, it } from 'vitest'
import { decideDay, snapshotEpisode, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, episodeOf, knownBeforeSessions } from './episodeFixtures.js'

// 2026-11-02 is a Monday.
const START = '2026-11-02'
const DAYS = 60

const sharp = { location: 'spine', character: 'sharp', hoursSinceExercise: 2, atRest: true, disturbsSleep: false, trend: 'worse', numbnessOrTingling: false } as const

/** How the person's day differs from the plan: the pain of a movement, a dose above the plan, a skip, a movement left for weeks. */
const painOf = (movement: string, day: number): number => (movement === 'hip-bridge' && [5, 6, 16].includes(day) ? 6 : 1)
const leftAlone = (movement: string, day: number): boolean =>
  (movement === 'in-line-lunge-halo' && day > 2 && day < 40) || (movement === 'bird-dog' && day >= 25 && day <= 27)

/**
 * Sixty days of a person who follows each morning's plan, three times a day
 * for the rehab movements and once for the protocol ones, with what makes an
 * episode remember: two red days that pause the hip-bridge and a third after
 * the pause that refers, a clearance, a dose above the plan, a soreness report
 * of warning pain, a flare-up with no morning checks after it, skipped days, a
 * movement left for five weeks, and the deadbug climbing to its advance.
 */
const story = (): EpisodeInput => {
  const events: EpisodeEventInput[] = [assessmentOn(START)]
  for (let day = 0; day < DAYS; day++) {
    const date = shiftDate(START, day)
    if (day < 21 || day > 23) events.push({ type: 'morning', date, backPain: day === 20 ? 5 : 1 })
    if (day === 18) events.push({ type: 'clearance', date, clears: 'referral', by: 'Dr Hale' })
    const plan = decideDay({ episode: episodeOf(events), today: date })
    if (plan._tag === 'Left') continue
    for (const item of plan.right.items) {
      if (item.status === 'paused' || item.timesToday === 0) continue
      if (leftAlone(item.movement, day)) {
        if (item.movement === 'bird-dog') events.push({ type: 'skipped', date, movement: item.movement })
        continue
      }
      const movement = item.status === 'advance' ? item.advanceTo!.movement : item.movement
      const performed = item.movement === 'cat-camel' && day === 3 ? { kind: 'reps' as const, sets: 2, reps: 10 } : item.dose
      for (let time = 0; time < item.timesToday; time++) {
        const at = `${String(8 + 4 * time).padStart(2, '0')}:00`
        events.push({ type: 'session', date, time: at, movement, ...(item.variant === undefined ? {} : { variant: item.variant }), performed, completed: true, painDuring: painOf(movement, day) })
      }
    }
    if (day === 9) events.push({ type: 'soreness', date, movement: 'hip-mobility', report: sharp })
  }
  return episodeOf(events)
}

describe('a snapshot of an episode that remembers', () => {
  const dayOf = (offset: number) => shiftDate(START, offset)

  it('holds every kind of memory the story has', () => {
    const episode = story()
    const rules = new Set<string>()
    for (let day = 0; day < DAYS; day++) {
      // At the end of each day, and in its morning, before its sessions.
      const morning = { ...episode, events: knownBeforeSessions(episode.events, dayOf(day)) }
      for (const decision of [decideDay({ episode, today: dayOf(day) }), decideDay({ episode: morning, today: dayOf(day) })]) {
        const reasons = decision._tag === 'Right' ? [...decision.right.reasons, ...decision.right.items.flatMap((item) => item.reasons)] : decision.left._tag === 'InvalidInput' ? [] : decision.left.reasons
        for (const reason of reasons) rules.add(reason.rule)
      }
    }
    expect([...rules]).toEqual(expect.arrayContaining(['pause-held', 'pause-ended', 'repeated-pause', 'referral-cleared', 'above-the-plan', 'soreness-as-red', 'flare-up-lock', 'low-adherence', 'return-after-break', 'advanced']))
  })

  it('decides every later day as the whole episode does, from a snapshot taken at the end of any day', () => {
    const episode = story()
    for (let through = 0; through < DAYS; through += 3) {
      const last = dayOf(through)
      const snapshot = snapshotEpisode({ episode: { ...episode, events: episode.events.filter((event) => event.date <= last) }, through: last })
      if (snapshot._tag === 'Left') throw new Error(JSON.stringify(snapshot.left))
      const after = episode.events.filter((event) => event.date > last)
      for (const ahead of [0, 1, 2, 4, 7]) {
        const today = dayOf(through + ahead)
        expect(decideDay({ snapshot: snapshot.right, events: after, today }), `${last} to ${today}`).toEqual(decideDay({ episode, today }))
      }
    }
  })
})
