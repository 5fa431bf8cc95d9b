// Reasons of the episode rules that the broad sample in engine.ts does not reach: a two-month story of a person who
// follows the plans (pauses, a referral and its clearance, a dose above the plan, warning pain after a session, a
// movement left for weeks, the deadbug's advance), reassessments that carry a plan over, referrals from the intake and
// from an assessment, six weeks without improvement, a worsening, and a movement done more often than its ladder allows.
import {
  BUILT_IN_LADDERS,
  NO_RED_FLAGS,
  decideDay,
  episodeProgram,
  outcomeReport,
  type DayDecision,
  type Dose,
  type DosedItem,
  type EpisodeEventInput,
  type EpisodeInput,
  type Reason,
} from '../../../src/index.js'
import { overexertion } from '../../../src/episode/rules/overexertion.js'
import { reasonsIn } from './collect.js'

const START = '2026-11-02'
const ASSESSED = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo', 'bird-dog'] as const
const day = (offset: number, from = START) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
const episodeOf = (events: readonly EpisodeEventInput[], extra: Partial<EpisodeInput> = {}): EpisodeInput => ({ intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 1, events, ...extra })
const assessmentOn = (date: string, pains: Readonly<Record<string, number>> = {}): EpisodeEventInput => ({
  type: 'assessment',
  date,
  results: [...ASSESSED.map((movement) => ({ movement, pain: pains[movement] ?? 1 })), ...Object.entries(pains).filter(([movement]) => !(ASSESSED as readonly string[]).includes(movement)).map(([movement, pain]) => ({ movement, pain }))],
})
const mornings = (from: string, count: number, backPain: number): EpisodeEventInput[] => Array.from({ length: count }, (_, offset) => ({ type: 'morning', date: day(offset, from), backPain }))
const dosed = (decision: DayDecision): DosedItem[] => (decision._tag === 'Right' ? decision.right.items.filter((item): item is DosedItem => item.status !== 'paused') : [])

/** Each day's dosed items done as planned, `timesToday` times at the pain `painOf` gives, from `from` for `days` days. */
const follow = (events: EpisodeEventInput[], from: string, days: number, painOf: (movement: string, offset: number) => number = () => 1, skip: (movement: string, offset: number) => boolean = () => false) => {
  for (let offset = 0; offset < days; offset++) {
    const date = day(offset, from)
    for (const item of dosed(decideDay({ episode: episodeOf(events), today: date }))) {
      if (item.timesToday === 0 || skip(item.movement, offset)) continue
      const movement = item.status === 'advance' ? item.advanceTo!.movement : item.movement
      for (let time = 0; time < item.timesToday; time++) {
        const at = `${String(8 + 4 * time).padStart(2, '0')}:00`
        events.push({ type: 'session', date, time: at, movement, ...(item.variant === undefined ? {} : { variant: item.variant }), performed: item.dose, completed: true, painDuring: painOf(movement, offset) })
      }
    }
    events.push({ type: 'morning', date: day(1, date), backPain: 1 })
  }
}

const sharp = { location: 'spine', character: 'sharp', hoursSinceExercise: 2, atRest: true, disturbsSleep: false, trend: 'worse', numbnessOrTingling: false } as const

/**
 * Sixty days: red days that pause the hip-bridge and a third after the pause that refers, a clearance of the referral
 * and one of the second pause, and the rest; each morning's plan, before the day's sessions, goes to `collect`.
 */
const story = (collect: (value: unknown) => void): EpisodeEventInput[] => {
  const events: EpisodeEventInput[] = [assessmentOn(START)]
  for (let offset = 0; offset < 60; offset++) {
    const date = day(offset)
    if (offset < 21 || offset > 23) events.push({ type: 'morning', date, backPain: offset === 20 ? 5 : 1 })
    if (offset === 18) events.push({ type: 'clearance', date, clears: 'referral', by: 'Dr Hale' })
    if (offset === 19) events.push({ type: 'clearance', date, clears: 'pause', movement: 'hip-bridge', by: 'Dr Hale' })
    const morning = decideDay({ episode: episodeOf(events), today: date })
    collect(morning)
    for (const item of dosed(morning)) {
      if (item.timesToday === 0) continue
      if ((item.movement === 'in-line-lunge-halo' && offset > 2 && offset < 40) || (item.movement === 'bird-dog' && offset >= 25 && offset <= 27)) {
        if (item.movement === 'bird-dog') events.push({ type: 'skipped', date, movement: item.movement })
        continue
      }
      const movement = item.status === 'advance' ? item.advanceTo!.movement : item.movement
      const performed = item.movement === 'cat-camel' && offset === 3 ? { kind: 'reps' as const, sets: 2, reps: 10 } : item.dose
      const pain = movement === 'hip-bridge' && [5, 6, 16].includes(offset) ? 6 : 1
      for (let time = 0; time < item.timesToday; time++) {
        const at = `${String(8 + 4 * time).padStart(2, '0')}:00`
        events.push({ type: 'session', date, time: at, movement, ...(item.variant === undefined ? {} : { variant: item.variant }), performed, completed: true, painDuring: pain })
      }
    }
    if (offset === 9) events.push({ type: 'soreness', date, movement: 'hip-mobility', report: sharp })
  }
  return events
}

export const episodeReasons = (): Reason[] => {
  const found: Reason[] = []
  const collect = (value: unknown) => reasonsIn(value, found)

  const told = story(collect)
  for (let offset = 0; offset < 60; offset += 3) collect(decideDay({ episode: episodeOf(told), today: day(offset) }))
  collect(episodeProgram({ episode: episodeOf(told.filter((event) => event.date <= day(20))), today: day(20) }))

  // Reassessments: the hip-bridge at its top moves to its harder form; below its top it continues beside the forms
  // left out; a movement scored above the ceiling, or not at all, leaves; one the selection did not choose is named.
  const toTop: EpisodeEventInput[] = [assessmentOn(START)]
  follow(toTop, START, 30, () => 1, (movement) => movement !== 'hip-bridge')
  collect(decideDay({ episode: episodeOf([...toTop, assessmentOn(day(30), { 'single-leg-hip-bridge': 2 })]), today: day(30) }))
  const early: EpisodeEventInput[] = [assessmentOn(START)]
  follow(early, START, 4)
  collect(decideDay({ episode: episodeOf([...early, assessmentOn(day(4), { 'single-leg-hip-bridge': 0, 'bird-dog': 4, 'cat-camel': 3 })]), today: day(4) }))
  const kept = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo'].map((movement) => ({ movement, pain: 3 }))
  const fresh = ['side-plank-clam-shell', 'forward-reverse-beast-walk', 'lateral-beast-walk'].map((movement) => ({ movement, pain: 0 }))
  collect(decideDay({ episode: episodeOf([...early, { type: 'assessment', date: day(4), results: [...kept, ...fresh, { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 0 }] }]), today: day(4) }))
  const walks = ['hip-mobility', 'cat-camel', 'in-line-lunge-halo', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
  const walking: EpisodeEventInput[] = [{ type: 'assessment', date: START, results: [...walks, { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 }] }]
  follow(walking, START, 3)
  const variants = ['bottoms-up', 'overhead'].map((variant) => ({ movement: 'kettlebell-walk', variant, pain: 2 }))
  collect(decideDay({ episode: episodeOf([...walking, { type: 'assessment', date: day(3), results: [...walks, { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 }, ...variants] }]), today: day(3) }))

  // Referrals held from the intake (with a sign answered later) and from an assessment, and a worsening of 1 point.
  const flagged = { age: 38, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } }
  collect(decideDay({ episode: episodeOf([assessmentOn(START), { type: 'symptoms', date: day(1), redFlags: flagged.redFlags }], { intake: flagged }), today: day(2) }))
  collect(decideDay({ episode: episodeOf([assessmentOn(START, { 'cat-camel': 9 })]), today: day(1) }))
  collect(decideDay({ episode: episodeOf([assessmentOn(START), ...mornings(day(1), 7, 3)], { baselinePain: 2 }), today: day(8) }))

  // Six weeks on: no improvement, and worse after a worsening referral was lifted.
  collect(decideDay({ episode: episodeOf([assessmentOn(START), ...mornings(START, 45, 3)], { baselinePain: 3 }), today: day(44) }))
  const worse = [assessmentOn(START), ...mornings(START, 40, 4), { type: 'clearance', date: day(40), clears: 'referral', by: 'Dr Hale' } as const, ...mornings(day(41), 3, 4)]
  collect(decideDay({ episode: episodeOf(worse, { baselinePain: 3 }), today: day(43) }))
  collect(outcomeReport({ episode: episodeOf(worse, { baselinePain: 3 }), today: day(43) }))

  // The outcome of back pain in every shape: lower, higher and the same, by 1 point or more, after one morning check
  // or several, from a baseline of 0, and before any morning check.
  const outcomes: readonly (readonly [baseline: number, pains: readonly number[]])[] = [
    [5, [2, 2, 3]], [5, [2]], [3, [2]], [3, [2, 2]], [5, [4, 4]], [5, [4]], [4, [3, 4]], [3, [4]], [3, [4, 4]], [3, [6]], [3, [6, 6]], [5, [6]], [5, [6, 6]],
    [0, [2]], [0, [3, 3]], [0, [1]], [0, [1, 2]], [4, [4]], [4, [4, 4]], [0, [0]], [4, []],
  ]
  for (const [baseline, pains] of outcomes) {
    const today = day(pains.length)
    collect(outcomeReport({ episode: episodeOf([assessmentOn(START), ...pains.map((backPain, offset) => ({ type: 'morning' as const, date: day(offset + 1), backPain }))], { baselinePain: baseline }), today }))
  }

  // The deadbug on two days running, and the thoracic press on three days of a week (twice a week at most), with
  // calm mornings.
  const done = (movement: string, performed: Dose, offsets: readonly number[]): EpisodeEventInput[] =>
    offsets.map((offset) => ({ type: 'session', date: day(offset), movement, performed, completed: true, painDuring: 1 }))
  for (const sessions of [done('deadbug', { kind: 'hold', sets: 2, seconds: 20 }, [0, 1]), done('thoracic-press', { kind: 'reps', sets: 2, reps: 8 }, [2, 4, 6])]) {
    const events = [assessmentOn(START), ...sessions, ...mornings(day(1), 9, 1)]
    for (let offset = 0; offset <= 8; offset++) collect(decideDay({ episode: episodeOf(events), today: day(offset) }))
  }
  // Two session days closer than a ladder that asks for three days apart: none of the built-in ones does.
  const apart = { ...BUILT_IN_LADDERS.deadbug, frequency: { perDay: 1, minDaysApart: 3 } }
  const sessions = [0, 2].map((offset) => ({ date: day(offset), movement: 'deadbug', performed: { kind: 'hold' as const, sets: 2, seconds: 20 }, completed: true, painDuring: 1 }))
  collect(overexertion(sessions, apart, day(3)))
  return found
}
