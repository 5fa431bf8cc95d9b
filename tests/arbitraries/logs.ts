import fc from 'fast-check'
import type { Dose, MorningCheck, SessionLog } from '../../src/index.js'

/** The day every generated log is judged on. */
export const TODAY = '2026-11-21'

/** `days` after (negative: before) a date, in UTC so the machine's zone cannot shift it. */
export const shiftDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const MOVEMENTS: readonly { movement: string; variant?: string; performed: Dose }[] = [
  { movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 } },
  { movement: 'bird-dog', performed: { kind: 'reps', sets: 2, reps: 8, perSide: true } },
  { movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 } },
  { movement: 'kettlebell-walk', variant: 'overhead', performed: { kind: 'distance', sets: 2, meters: 20 } },
]

/** Pain that is mostly low, sometimes anything: most histories are green, enough are not. */
const pain = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) })

const dayOffset = fc.integer({ min: -20, max: 0 })

export const sessionArbitrary: fc.Arbitrary<SessionLog> = fc
  .record({
    offset: dayOffset,
    which: fc.integer({ min: 0, max: MOVEMENTS.length - 1 }),
    hour: fc.integer({ min: 6, max: 21 }),
    completed: fc.boolean(),
    painDuring: pain,
    painAfter: fc.option(pain, { nil: undefined }),
  })
  .map(({ offset, which, hour, completed, painDuring, painAfter }) => ({
    date: shiftDate(TODAY, offset),
    time: `${String(hour).padStart(2, '0')}:00`,
    ...MOVEMENTS[which]!,
    completed,
    painDuring,
    ...(painAfter === undefined ? {} : { painAfter }),
  }))

/** Morning checks on distinct days, with back pain near a baseline of 0-4. */
export const morningsArbitrary: fc.Arbitrary<MorningCheck[]> = fc
  .uniqueArray(dayOffset, { maxLength: 21 })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc
          .record({ backPain: pain, stiffness: fc.option(pain, { nil: undefined }) })
          .map(({ backPain, stiffness }) => ({
            date: shiftDate(TODAY, offset),
            backPain,
            ...(stiffness === undefined ? {} : { stiffness }),
          })),
      ),
    ),
  )

export const ceilingInputArbitrary = fc.record({
  sessions: fc.array(sessionArbitrary, { maxLength: 30 }),
  mornings: morningsArbitrary,
  baselinePain: fc.integer({ min: 0, max: 4 }),
  today: fc.constant(TODAY),
})
