import fc from 'fast-check'
import { BUILT_IN_LADDERS, WEEKDAYS, planRehab, type BuildProgramInput, type RehabPlan, type Weekday } from '../../src/index.js'
import { isoDateArbitrary } from './assessment.js'
import { CLEAR_INTAKE } from './intake.js'

const planOf = (results: { movement: string; variant?: string; pain: number }[]): RehabPlan => {
  const result = planRehab({ intake: CLEAR_INTAKE, assessment: { date: '2026-01-05', results } })
  if (result._tag !== 'Right') throw new Error('expected a plan')
  return result.right
}

/** Two real plans: four movements, and five with a kettlebell-walk variant. */
export const PLANS: readonly [RehabPlan, RehabPlan] = [
  planOf(['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))),
  planOf([
    ...['hip-mobility', 'in-line-lunge-halo', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 2 })),
    { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 },
  ]),
]

/** Zones with daylight saving, a 30-minute shift (Lord Howe), and odd offsets (Kathmandu +05:45, Chatham +12:45/+13:45). */
export const TIME_ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Pacific/Chatham',
] as const

/** Days from each listed weekday to the next one listed, the week wrapping round. */
export const weekdayGaps = (days: readonly Weekday[]): number[] => {
  const sorted = days.map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b)
  return sorted.map((day, index) => ((sorted[(index + 1) % sorted.length]! - day + 7) % 7 || 7))
}

/** Weekdays a ladder's frequency allows: as many as its weekly count, spaced as it asks. */
const ladderDays = (frequency: { readonly perWeek?: { readonly min: number; readonly max: number }; readonly minDaysApart: number }) =>
  fc
    .uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: frequency.perWeek?.min ?? 1, maxLength: frequency.perWeek?.max ?? 7 })
    .filter((days) => weekdayGaps(days).every((gap) => gap >= frequency.minDaysApart))

// Seed 000: the deadbug 1-3 times a week, never two days running; the thoracic press twice a week.
export const deadbugDaysArbitrary = ladderDays(BUILT_IN_LADDERS.deadbug.frequency)
export const thoracicDaysArbitrary = ladderDays(BUILT_IN_LADDERS['thoracic-press'].frequency)

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Three session times in order and 3-5 hours apart; the first can fall in the hour a spring-forward day skips. */
export const sessionTimesArbitrary: fc.Arbitrary<[string, string, string]> = fc
  .tuple(fc.integer({ min: 0, max: 10 * 60 }), fc.integer({ min: 180, max: 300 }), fc.integer({ min: 180, max: 300 }))
  .map(([first, gap1, gap2]) => [clock(first), clock(first + gap1), clock(first + gap1 + gap2)])

export const programInputArbitrary: fc.Arbitrary<BuildProgramInput> = fc.record({
  start: isoDateArbitrary,
  plan: fc.constantFrom(...PLANS),
  options: fc.record({
    // Short programs keep the runs quick; random start dates over 15 years still cross every kind of DST change.
    weeks: fc.integer({ min: 1, max: 4 }),
    timeZone: fc.constantFrom(...TIME_ZONES),
    deadbugDays: deadbugDaysArbitrary,
    thoracicPressDays: thoracicDaysArbitrary,
    workoutDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }),
    sessionTimes: sessionTimesArbitrary,
  }),
})
