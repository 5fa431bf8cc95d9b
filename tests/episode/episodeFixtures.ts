import { NO_RED_FLAGS, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'

/** The five movements the fixture assessment scores within the pain ceiling, so the selection has them to choose from. */
export const ASSESSED = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo', 'bird-dog'] as const

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
