import fc from 'fast-check'
import { NO_RED_FLAGS, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { shiftDate } from './logs.js'

/** The first day of every generated episode. */
export const START = '2026-11-02'

/** Five assessment movements dosed in reps on both sides: the selection takes all five when each scores within 3/10. */
export const REHAB = ['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo', 'forward-reverse-beast-walk'] as const

// Mostly green, often amber or red (pauses), sometimes anything (referrals, which end what an episode shows).
const pain = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 4, max: 7 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
)

// Mornings mostly near a baseline of 0-3, sometimes a flare-up.
const morningPain = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) })

const time = fc.option(
  fc.integer({ min: 6, max: 21 }).map((hour) => `${String(hour).padStart(2, '0')}:00`),
  { nil: undefined },
)

const session = (days: number): fc.Arbitrary<EpisodeEventInput> =>
  fc
    .record({
      day: fc.integer({ min: 0, max: days - 1 }),
      movement: fc.constantFrom(...REHAB),
      sets: fc.integer({ min: 1, max: 2 }),
      reps: fc.integer({ min: 5, max: 10 }),
      time,
      completed: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      painDuring: pain,
      painAfter: fc.option(pain, { nil: undefined }),
    })
    .map(({ day, movement, sets, reps, time, completed, painDuring, painAfter }) => ({
      type: 'session' as const,
      date: shiftDate(START, day),
      ...(time === undefined ? {} : { time }),
      movement,
      performed: { kind: 'reps' as const, sets, reps },
      completed,
      painDuring,
      ...(painAfter === undefined ? {} : { painAfter }),
    }))

/** A session of a protocol movement: the core holds (the deadbug, the advanced hold logged early or late), the hip thrust, a warm-up. */
const protocolSession = (days: number): fc.Arbitrary<EpisodeEventInput> =>
  fc
    .record({
      day: fc.integer({ min: 0, max: days - 1 }),
      performed: fc.oneof(
        fc.record({ movement: fc.constantFrom('deadbug', 'advanced-iso-hold'), seconds: fc.integer({ min: 3, max: 12 }).map((steps) => steps * 5) }).map(({ movement, seconds }) => ({
          movement,
          performed: { kind: 'hold' as const, sets: 2, seconds },
        })),
        fc.record({ sets: fc.integer({ min: 1, max: 3 }), reps: fc.constantFrom(15, 20), band: fc.boolean() }).map(({ sets, reps, band }) => ({
          movement: 'hip-thrust',
          performed: band ? { kind: 'reps' as const, sets, reps, band: true } : { kind: 'reps' as const, sets, reps },
        })),
        fc.integer({ min: 10, max: 15 }).map((reps) => ({ movement: 'back-mobility-warm-up', performed: { kind: 'reps' as const, sets: 1, reps, perSide: true } })),
      ),
      time,
      painDuring: pain,
    })
    .map(({ day, performed, time, painDuring }) => ({
      type: 'session' as const,
      date: shiftDate(START, day),
      ...(time === undefined ? {} : { time }),
      ...performed,
      completed: true,
      painDuring,
    }))

// A routine is mostly green, with a rare amber or red day that the ladder must answer.
const routinePain = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 4, max: 7 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
)

/** How many times a day a person does each movement: mostly what the plan asks (3), sometimes less, sometimes none. */
const timesADay = fc.oneof({ weight: 5, arbitrary: fc.constant(3) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(4) })

/** A routine: every day, each movement done a number of times at one dose, so that ladders are climbed as well as broken. */
const routine = (days: number): fc.Arbitrary<EpisodeEventInput[]> =>
  fc
    .array(
      fc.record({ times: timesADay, sets: fc.integer({ min: 1, max: 2 }), reps: fc.integer({ min: 5, max: 10 }), pain: routinePain }),
      { minLength: days * REHAB.length, maxLength: days * REHAB.length },
    )
    .map((entries) =>
      entries.flatMap(({ times, sets, reps, pain: painDuring }, index) =>
        Array.from({ length: times }, (_, time) => ({
          type: 'session' as const,
          date: shiftDate(START, Math.floor(index / REHAB.length)),
          time: `${String(8 + time * 4).padStart(2, '0')}:00`,
          movement: REHAB[index % REHAB.length]!,
          performed: { kind: 'reps' as const, sets, reps },
          completed: true,
          painDuring,
        })),
      ),
    )

const mornings = (days: number): fc.Arbitrary<EpisodeEventInput[]> =>
  fc
    .oneof(fc.uniqueArray(fc.integer({ min: 0, max: days - 1 }), { maxLength: days }), fc.constant(Array.from({ length: days }, (_, day) => day)))
    .chain((offsets) => fc.tuple(...offsets.map((day) => morningPain.map((backPain) => ({ type: 'morning' as const, date: shiftDate(START, day), backPain })))))

/** Occasional events that are not logs: skipped sessions, and clearances of a pause. */
const other = (days: number): fc.Arbitrary<EpisodeEventInput> =>
  fc.oneof(
    fc.record({ day: fc.integer({ min: 0, max: days - 1 }), movement: fc.constantFrom(...REHAB) }).map(({ day, movement }) => ({ type: 'skipped' as const, date: shiftDate(START, day), movement })),
    fc
      .record({ day: fc.integer({ min: 0, max: days - 1 }), movement: fc.constantFrom(...REHAB) })
      .map(({ day, movement }) => ({ type: 'clearance' as const, date: shiftDate(START, day), clears: 'pause' as const, movement, by: 'a physiotherapist' })),
  )

/** How many days an episode spans, and its events in any order, the assessment first in time. */
export interface EpisodeCase {
  readonly days: number
  readonly episode: EpisodeInput
  /** The usual back pain the episode starts from, whether given as `baselinePain`, as the intake's `backPain`, or as both. */
  readonly baseline: number
}

/** Where an episode gives its baseline: the engine reads it from either, and both when they agree. */
const baselineFields = (baseline: number, given: 'episode' | 'intake' | 'both') => ({
  intake: { age: 38, redFlags: NO_RED_FLAGS, ...(given === 'episode' ? {} : { backPain: baseline }) },
  ...(given === 'intake' ? {} : { baselinePain: baseline }),
})

/** Episodes of up to `maxDays` days with a clear intake, one assessment on the first day, and random logs. */
export const episodeArbitrary = (maxDays = 24): fc.Arbitrary<EpisodeCase> =>
  fc.integer({ min: 1, max: maxDays }).chain((days) =>
    fc
      .record({
        baselinePain: fc.integer({ min: 0, max: 3 }),
        given: fc.constantFrom('episode', 'intake', 'both'),
        scores: fc.tuple(...REHAB.map(() => fc.integer({ min: 0, max: 3 }))),
        sessions: fc.oneof(fc.array(session(days), { maxLength: days * 4 }), routine(days)),
        protocol: fc.array(protocolSession(days), { maxLength: days }),
        mornings: mornings(days),
        other: fc.array(other(days), { maxLength: 3 }),
      })
      .chain(({ baselinePain, given, scores, sessions: rehab, protocol, mornings, other }) => {
        const sessions = [...rehab, ...protocol]
        const assessment: EpisodeEventInput = { type: 'assessment', date: START, results: REHAB.map((movement, index) => ({ movement, pain: scores[index]! })) }
        // The app may store events in any order: the engine orders them.
        return fc.shuffledSubarray([assessment, ...sessions, ...mornings, ...other], { minLength: 1 + sessions.length + mornings.length + other.length }).map((events) => ({
          days,
          episode: { ...baselineFields(baselinePain, given), events },
          baseline: baselinePain,
        }))
      }),
  )
