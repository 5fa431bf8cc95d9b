import { describe, expect, it } from 'vitest'
import { SOURCES, type ProgramItem, type Weekday } from '../../src/index.js'
import { programReasons } from '../../src/program/programReasons.js'
import type { ProgramLayout } from '../../src/program/programOptions.js'
import { build } from '../support/programHelpers.js'

const rehab: ProgramItem[] = [
  { movement: 'hip-bridge', dose: { kind: 'reps', sets: 1, reps: 5 } },
  { movement: 'bird-dog', dose: { kind: 'reps', sets: 1, reps: 5, perSide: true } },
  { movement: 'kettlebell-walk', variant: 'overhead', dose: { kind: 'reps', sets: 1, reps: 6 } },
  { movement: 'cat-camel', dose: { kind: 'reps', sets: 2, reps: 7 } },
]
const layout = (change: Partial<ProgramLayout> = {}): ProgramLayout => ({
  weeks: 3,
  timeZone: 'Europe/Berlin',
  sessionTimes: ['07:30', '12:00', '18:15'],
  // Listed out of week order on purpose: the reasons name the days Monday first.
  deadbugDays: new Set<Weekday>(['saturday', 'monday', 'wednesday']),
  thoracicPressDays: new Set<Weekday>(['thursday', 'monday']),
  workoutDays: new Set<Weekday>(['sunday', 'tuesday']),
  ...change,
})
const frame = {
  start: '2026-11-02',
  end: '2026-11-22',
  checkIns: [
    { date: '2026-11-16', kind: 'reassessment' as const },
    { date: '2026-11-23', kind: 'check-in' as const },
    { date: '2026-12-28', kind: 'check-in' as const },
  ],
}

describe('programReasons', () => {
  it('explains each part of the frame, in order, with its values, limits and sources', () => {
    expect(programReasons(frame, rehab, layout())).toEqual([
      {
        rule: 'program-frame',
        message: '3 weeks from 2026-11-02 to 2026-11-22 in Europe/Berlin, then a check-in on 2026-11-23.',
        value: 3,
        source: `${SOURCES.protocol}: the protocol runs 8 weeks, then a check-in on how the back feels`,
        params: { weeks: 3, start: '2026-11-02', end: '2026-11-22', timeZone: 'Europe/Berlin', checkIn: '2026-11-23' },
      },
      {
        rule: 'rehab-sessions',
        message: 'The 4 rehab movements in each of 3 daily sessions, at 07:30, 12:00, 18:15, starting at 1 x 5 / 1 x 5 per side / 1 x 6 / 2 x 7.',
        value: ['07:30', '12:00', '18:15'],
        source: SOURCES.rehabDose,
        params: {
          movements: 4,
          sessions: 3,
          times: ['07:30', '12:00', '18:15'],
          doses: [
            { kind: 'reps', sets: 1, reps: 5 },
            { kind: 'reps', sets: 1, reps: 5, perSide: true },
            { kind: 'reps', sets: 1, reps: 6 },
            { kind: 'reps', sets: 2, reps: 7 },
          ],
        },
      },
      { rule: 'warm-ups', message: 'The back and hamstring warm-ups once a day, in the morning session.', source: `${SOURCES.protocol}: daily if wanted`, params: {} },
      {
        rule: 'deadbug-days',
        message: 'The deadbug on monday, wednesday, saturday, in the evening session: 3 a week, never two days running.',
        value: ['monday', 'wednesday', 'saturday'],
        // Seed 000: 1-3 times a week.
        limit: 3,
        source: `${SOURCES.protocol}: 1-3x a week`,
        params: { days: ['monday', 'wednesday', 'saturday'], perWeek: 3 },
      },
      {
        rule: 'thoracic-press-days',
        message: 'The thoracic press on monday, thursday, in the evening session: 2 a week, at least 2 days apart.',
        value: ['monday', 'thursday'],
        // Seed 000: 2 times a week.
        limit: 2,
        source: `${SOURCES.protocol}: 2 x a week`,
        params: { days: ['monday', 'thursday'], perWeek: 2, minDaysApart: 2 },
      },
      {
        rule: 'workout-days',
        message: 'On workout days (tuesday, sunday): the hip thrust before the workout and the between-sets movements during it.',
        value: ['tuesday', 'sunday'],
        source: `${SOURCES.protocol}: hip thrust before activity; ${SOURCES.betweenSets}: between sets of a workout`,
        params: { days: ['tuesday', 'sunday'] },
      },
      {
        rule: 'check-ins',
        message: 'A reassessment every 14 days, to offer harder forms, and a check-in at the end and 8 weeks after the start (2026-12-28).',
        value: 3,
        limit: 14,
        source: `${SOURCES.protocol}: check in after 8 weeks, whatever the program's length; the two-week reassessment is an engine default`,
        params: { reassesses: true, reassessEveryDays: 14, checkInWeeks: 8, checkInWeeksDate: '2026-12-28', checkInWeeksAtEnd: false },
      },
      {
        rule: 'starting-doses',
        message: 'Doses are the starting doses; log each session and the morning check, and let nextDose set the next one.',
        source: SOURCES.engine,
        params: {},
      },
    ])
  })

  it('says "week" for one week, "none" without workouts, and that a short program has no reassessment', () => {
    const oneWeek = {
      start: '2026-11-02',
      end: '2026-11-08',
      checkIns: [
        { date: '2026-11-09', kind: 'check-in' as const },
        { date: '2026-12-28', kind: 'check-in' as const },
      ],
    }
    const reasons = programReasons(oneWeek, rehab, layout({ weeks: 1, timeZone: 'UTC', deadbugDays: new Set(['friday']), workoutDays: new Set() }))
    const byRule = new Map(reasons.map((reason) => [reason.rule, reason]))
    expect(byRule.get('program-frame')?.message).toBe('1 week from 2026-11-02 to 2026-11-08 in UTC, then a check-in on 2026-11-09.')
    expect(byRule.get('program-frame')?.value).toBe(1)
    expect(byRule.get('deadbug-days')).toMatchObject({
      message: 'The deadbug on friday, in the evening session: 1 a week, never two days running.',
      value: ['friday'],
      limit: 3,
    })
    expect(byRule.get('workout-days')).toMatchObject({
      message: 'On workout days (none): the hip thrust before the workout and the between-sets movements during it.',
      value: [],
      params: { days: [] },
    })
    expect(byRule.get('check-ins')).toMatchObject({
      message: 'A check-in at the end and 8 weeks after the start (2026-12-28); the program is too short for a reassessment every 14 days.',
      value: 2,
      limit: 14,
      params: { reassesses: false, reassessEveryDays: 14, checkInWeeks: 8, checkInWeeksDate: '2026-12-28', checkInWeeksAtEnd: false },
    })
  })

  it('are the first reasons of every program buildProgram lays out', () => {
    const program = build({ weeks: 2 })
    expect(program.reasons.map((reason) => reason.rule)).toEqual([
      'program-frame',
      'rehab-sessions',
      'warm-ups',
      'deadbug-days',
      'thoracic-press-days',
      'workout-days',
      'check-ins',
      'starting-doses',
    ])
    expect(program.reasons[0]?.message).toBe('2 weeks from 2026-11-02 to 2026-11-15 in UTC, then a check-in on 2026-11-16.')
  })

  it('says an 8-week program checks in once, at its end, which is the 8-week check-in', () => {
    const eight = build({ weeks: 8 }).reasons.find((reason) => reason.rule === 'check-ins')
    expect(eight?.message).toBe('A reassessment every 14 days, to offer harder forms, and a check-in at the end.')
    expect(eight?.params).toEqual({ reassesses: true, reassessEveryDays: 14, checkInWeeks: 8, checkInWeeksDate: '2026-12-28', checkInWeeksAtEnd: true })
  })

  it('gives a catalog every rehab dose, in the order of the message', () => {
    const five = [...rehab, { movement: 'hip-mobility', dose: { kind: 'reps', sets: 1, reps: 8 } } as const]
    const reason = programReasons(frame, five, layout()).find((found) => found.rule === 'rehab-sessions')
    expect(reason?.message).toBe('The 5 rehab movements in each of 3 daily sessions, at 07:30, 12:00, 18:15, starting at 1 x 5 / 1 x 5 per side / 1 x 6 / 2 x 7 / 1 x 8.')
    expect(reason?.params).toEqual({
      movements: 5,
      sessions: 3,
      times: ['07:30', '12:00', '18:15'],
      doses: [
        { kind: 'reps', sets: 1, reps: 5 },
        { kind: 'reps', sets: 1, reps: 5, perSide: true },
        { kind: 'reps', sets: 1, reps: 6 },
        { kind: 'reps', sets: 2, reps: 7 },
        { kind: 'reps', sets: 1, reps: 8 },
      ],
    })
  })
})
