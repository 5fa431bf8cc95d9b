import { NO_RED_FLAGS, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'

/** The five movements the fixture assessment scores within the pain ceiling, so the selection has them to choose from. */
export const ASSESSED = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo', 'bird-dog'] as const

/** The items of a plan that come from the assessment's selection, leaving out the protocol movements of the day. */
export const rehabItems = <Item extends { readonly movement: string }>(items: readonly Item[]): Item[] =>
  items.filter((item) => (ASSESSED as readonly string[]).includes(item.movement))

export const assessmentOn = (date: string, pain = 1): EpisodeEventInput => ({
  type: 'assessment',
  date,
  results: ASSESSED.map((movement) => ({ movement, pain })),
})

export const bridgeOn = (
  date: string,
  reps: number,
  painDuring: number,
  extra: Partial<{ time: string; completed: boolean; painAfter: number }> = {},
): Extract<EpisodeEventInput, { type: 'session' }> => ({
  type: 'session',
  date,
  movement: 'hip-bridge',
  performed: { kind: 'reps', sets: 1, reps },
  completed: extra.completed ?? true,
  painDuring,
  ...(extra.time === undefined ? {} : { time: extra.time }),
  ...(extra.painAfter === undefined ? {} : { painAfter: extra.painAfter }),
})

export const morningOn = (date: string, backPain: number): EpisodeEventInput => ({ type: 'morning', date, backPain })

/** Calm mornings on `count` days from `from`. */
export const calmMornings = (from: string, count: number, backPain = 1): EpisodeEventInput[] =>
  Array.from({ length: count }, (_, day) => morningOn(shiftDate(from, day), backPain))

export const episodeOf = (events: readonly EpisodeEventInput[], extra: Partial<EpisodeInput> = {}): EpisodeInput => ({
  intake: { age: 38, redFlags: NO_RED_FLAGS },
  baselinePain: 1,
  events,
  ...extra,
})

/** The hip-bridge done three times on one day, as the plan asks, at one dose. */
export const bridgeDay = (date: string, reps: number, painDuring: number): EpisodeEventInput[] =>
  ['08:00', '12:00', '16:00'].map((time) => bridgeOn(date, reps, painDuring, { time }))

/**
 * A climb of the hip-bridge as the plans ask it, from `from`: one day at each
 * of `reps` (1 x 5, then one rung a day), three times, 1/10, each settled by
 * a calm next morning.
 */
export const climb = (from: string, reps: readonly number[]): EpisodeEventInput[] =>
  reps.flatMap((count, day) => [...bridgeDay(shiftDate(from, day), count, 1), morningOn(shiftDate(from, day + 1), 1)])

/**
 * The events known just before the first session of `day`, in the engine's
 * order (date, then time with none first, then position): every earlier
 * day's, and those of `day` ordered before its first session (all of them
 * when it has none). What the plan of the day answered before anything was done.
 */
export const knownBeforeSessions = (events: readonly EpisodeEventInput[], day: string): EpisodeEventInput[] => {
  const ofDay = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.date === day)
    .sort((a, b) => ('time' in a.event ? (a.event.time ?? '') : '').localeCompare('time' in b.event ? (b.event.time ?? '') : '') || a.index - b.index)
  const firstSession = ofDay.findIndex(({ event }) => event.type === 'session')
  const kept = new Set((firstSession === -1 ? ofDay : ofDay.slice(0, firstSession)).map(({ index }) => index))
  return events.filter((event, index) => event.date < day || kept.has(index))
}
