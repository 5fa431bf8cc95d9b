import { describe, expect, it } from 'vitest'
import { BUILT_IN_LADDERS, SOURCES, type ProgramItem, type Reason, type Weekday } from '../../../src/index.js'
import { resolveCatalog } from '../../../src/catalog/resolveCatalog.js'
import { daySessions } from '../../../src/program/layout/daySessions.js'
import { protocolItems } from '../../../src/program/layout/protocolItems.js'
import type { ProgramLayout } from '../../../src/program/programOptions.js'
import { build } from '../../support/programHelpers.js'

const catalog = resolveCatalog(undefined, [])
if (catalog._tag !== 'Right') throw new Error('expected the built-in catalog')
const protocol = protocolItems(catalog.right)

const rehab: ProgramItem[] = [
  { movement: 'hip-bridge', dose: { kind: 'reps', sets: 1, reps: 5 } },
  { movement: 'kettlebell-walk', variant: 'overhead', dose: { kind: 'reps', sets: 1, reps: 5 } },
]
const layout = (change: Partial<ProgramLayout> = {}): ProgramLayout => ({
  weeks: 1,
  timeZone: 'UTC',
  sessionTimes: ['08:00', '13:00', '19:00'],
  deadbugDays: new Set<Weekday>(['monday', 'wednesday', 'friday']),
  thoracicPressDays: new Set<Weekday>(['tuesday', 'friday']),
  workoutDays: new Set<Weekday>(['monday', 'wednesday', 'friday']),
  ...change,
})
const at = (id: keyof typeof BUILT_IN_LADDERS): ProgramItem => ({ movement: id, dose: BUILT_IN_LADDERS[id].rungs[0]! })
const warmUps = [at('back-mobility-warm-up'), at('hamstring-mobility-warm-up')]
const betweenSets = [at('progressive-bodyweight-squat'), at('raising-the-roof')]

describe('daySessions', () => {
  it('on a Friday with a workout, the deadbug and the thoracic press: warm-ups in the morning, the rest around the evening workout', () => {
    const reasons: Reason[] = []
    expect(daySessions('2026-11-06', rehab, protocol, layout(), reasons)).toEqual([
      { start: '2026-11-06T08:00:00Z', date: '2026-11-06', time: '08:00', label: 'Morning rehab', items: [...warmUps, ...rehab] },
      { start: '2026-11-06T13:00:00Z', date: '2026-11-06', time: '13:00', label: 'Midday rehab', items: rehab },
      {
        start: '2026-11-06T19:00:00Z',
        date: '2026-11-06',
        time: '19:00',
        label: 'Evening rehab and workout',
        // Seed 000: the hip thrust before the workout; seed 004: the between-sets movements during it.
        items: [at('hip-thrust'), ...rehab, at('deadbug'), at('thoracic-press'), ...betweenSets],
      },
    ])
    expect(reasons).toEqual([])
  })

  it('on a Sunday without any of them: the rehab movements alone after the morning', () => {
    expect(daySessions('2026-11-08', rehab, protocol, layout(), []).map((session) => [session.label, session.items])).toEqual([
      ['Morning rehab', [...warmUps, ...rehab]],
      ['Midday rehab', rehab],
      ['Evening rehab', rehab],
    ])
  })

  it('puts the deadbug in the evening on a day without a workout, with no hip thrust and no between-sets movements', () => {
    const sessions = daySessions('2026-11-03', rehab, protocol, layout({ deadbugDays: new Set(['tuesday']), thoracicPressDays: new Set(['thursday', 'saturday']) }), [])
    expect(sessions[2]).toMatchObject({ label: 'Evening rehab', items: [...rehab, at('deadbug')] })
    expect(sessions[0]?.items).toEqual([...warmUps, ...rehab])
  })

  it('puts the thoracic press alone on its day, and the workout alone on a workout day', () => {
    const onlyPress = layout({ deadbugDays: new Set(['sunday']), workoutDays: new Set() })
    expect(daySessions('2026-11-03', rehab, protocol, onlyPress, [])[2]?.items).toEqual([...rehab, at('thoracic-press')])
    const onlyWorkout = layout({ deadbugDays: new Set(['sunday']), thoracicPressDays: new Set(['sunday', 'wednesday']), workoutDays: new Set(['tuesday']) })
    expect(daySessions('2026-11-03', rehab, protocol, onlyWorkout, [])[2]).toMatchObject({
      label: 'Evening rehab and workout',
      items: [at('hip-thrust'), ...rehab, ...betweenSets],
    })
  })

  it('leaves out what the catalog lacked: an empty protocol gives the rehab movements alone', () => {
    const empty = { warmUps: [], hipThrust: [], deadbug: [], thoracicPress: [], betweenSets: [], missing: [] }
    expect(daySessions('2026-11-06', rehab, empty, layout(), []).map((session) => session.items)).toEqual([rehab, rehab, rehab])
  })

  it('writes each start with the offset of its own day', () => {
    const sessions = daySessions('2026-07-01', rehab, protocol, layout({ timeZone: 'America/New_York', sessionTimes: ['06:05', '12:30', '21:45'] }), [])
    expect(sessions.map((session) => [session.time, session.start])).toEqual([
      ['06:05', '2026-07-01T06:05:00-04:00'],
      ['12:30', '2026-07-01T12:30:00-04:00'],
      ['21:45', '2026-07-01T21:45:00-04:00'],
    ])
  })

  it('moves a time the clocks skip forward by the jump, and adds a reason after those already given', () => {
    const reasons: Reason[] = [{ rule: 'program-frame', message: 'earlier' }]
    const sessions = daySessions('2026-03-29', rehab, protocol, layout({ timeZone: 'Europe/Berlin', sessionTimes: ['02:05', '09:00', '18:00'] }), reasons)
    expect(sessions.map((session) => [session.time, session.start])).toEqual([
      ['03:05', '2026-03-29T03:05:00+02:00'],
      ['09:00', '2026-03-29T09:00:00+02:00'],
      ['18:00', '2026-03-29T18:00:00+02:00'],
    ])
    expect(reasons).toEqual([
      { rule: 'program-frame', message: 'earlier' },
      {
        rule: 'time-shifted',
        message: '02:05 does not exist in Europe/Berlin on 2026-03-29 (the clocks go forward): the session moves to 03:05.',
        date: '2026-03-29',
        value: '03:05',
        source: SOURCES.timeZones,
        params: { time: '02:05', timeZone: 'Europe/Berlin', date: '2026-03-29', movedTo: '03:05' },
      },
    ])
  })

  it('moves by half an hour where the jump is half an hour (Lord Howe)', () => {
    const reasons: Reason[] = []
    const sessions = daySessions('2026-10-04', rehab, protocol, layout({ timeZone: 'Australia/Lord_Howe', sessionTimes: ['02:15', '09:00', '18:00'] }), reasons)
    expect(sessions[0]).toMatchObject({ time: '02:45', start: '2026-10-04T02:45:00+11:00' })
    expect(reasons.map((reason) => [reason.rule, reason.value])).toEqual([['time-shifted', '02:45']])
  })

  it('places a Kathmandu Friday at +05:45, its evening holding every protocol movement of the day', () => {
    const program = build({ weeks: 1, timeZone: 'Asia/Kathmandu' })
    const friday = program.sessions.filter((session) => session.date === '2026-11-06')
    expect(friday.map((session) => session.start)).toEqual(['2026-11-06T08:00:00+05:45', '2026-11-06T13:00:00+05:45', '2026-11-06T19:00:00+05:45'])
    expect(friday[2]?.items.map((item) => item.movement)).toEqual([
      'hip-thrust',
      'hip-mobility',
      'cat-camel',
      'hip-bridge',
      'bird-dog',
      'deadbug',
      'thoracic-press',
      'progressive-bodyweight-squat',
      'raising-the-roof',
    ])
  })
})
