import { fc, test } from '@fast-check/vitest'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  InvalidInputSchema,
  ProgramSchema,
  WEEKDAYS,
  buildProgram,
  programToIcs,
  programToMarkdown,
  type BuildProgramInput,
  type Program,
} from '../../src/index.js'
import { SELECTIONS, programInputArbitrary } from '../arbitraries/program.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }
const [FOUR] = SELECTIONS as [BuildProgramInput['selection'], BuildProgramInput['selection']]

const build = (input: Partial<BuildProgramInput>): Program => {
  const result = buildProgram({ start: '2026-11-02', selection: FOUR, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a program, got ${JSON.stringify(result.left)}`)
  return result.right
}
const issues = (input: unknown) => {
  const result = buildProgram(input as BuildProgramInput)
  return result._tag === 'Left' ? result.left.issues : []
}
const weekdayOf = (date: string) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!
const datesWith = (program: Program, movement: string) => [
  ...new Set(program.sessions.filter((session) => session.items.some((item) => item.movement === movement)).map((session) => session.date)),
]
const countOn = (program: Program, date: string, movement: string) =>
  program.sessions.filter((session) => session.date === date).flatMap((session) => session.items).filter((item) => item.movement === movement).length

describe('buildProgram: the frame', () => {
  const program = build({})

  it('runs 8 weeks by default, three sessions a day at 08:00, 13:00 and 19:00 UTC', () => {
    expect(program).toMatchObject({ start: '2026-11-02', end: '2026-12-27', timeZone: 'UTC' })
    expect(program.sessions).toHaveLength(56 * 3)
    expect(program.sessions.slice(0, 3).map((session) => [session.start, session.label])).toEqual([
      ['2026-11-02T08:00:00Z', 'Morning rehab'],
      ['2026-11-02T13:00:00Z', 'Midday rehab'],
      ['2026-11-02T19:00:00Z', 'Evening rehab and workout'],
    ])
  })

  it('puts the selected rehab movements in all three sessions of every day, at their starting dose', () => {
    for (const session of program.sessions) {
      for (const selected of FOUR.selected) expect(session.items).toContainEqual({ movement: selected.movement, dose: selected.start })
    }
  })

  it('does the warm-ups once a day, in the morning', () => {
    for (const date of new Set(program.sessions.map((session) => session.date))) {
      expect(countOn(program, date, 'back-mobility-warm-up')).toBe(1)
      expect(countOn(program, date, 'hamstring-mobility-warm-up')).toBe(1)
    }
    expect(program.sessions.find((session) => session.label === 'Morning rehab')?.items[0]).toEqual({
      movement: 'back-mobility-warm-up',
      dose: { kind: 'reps', sets: 1, reps: 10, perSide: true },
    })
  })

  it('does the deadbug 3 days a week by default, never two days running', () => {
    const days = datesWith(program, 'deadbug')
    expect(days).toHaveLength(8 * 3)
    expect(new Set(days.map(weekdayOf))).toEqual(new Set(['monday', 'wednesday', 'friday']))
  })

  it('does the thoracic press 2 days a week, at least 2 days apart', () => {
    expect(new Set(datesWith(program, 'thoracic-press').map(weekdayOf))).toEqual(new Set(['tuesday', 'friday']))
  })

  it('puts the hip thrust before each workout and the between-sets movements in it', () => {
    const workout = program.sessions.find((session) => session.label === 'Evening rehab and workout')!
    const order = workout.items.map((item) => item.movement)
    expect(order[0]).toBe('hip-thrust')
    expect(order.slice(-2)).toEqual(['progressive-bodyweight-squat', 'raising-the-roof'])
    expect(new Set(datesWith(program, 'hip-thrust').map(weekdayOf))).toEqual(new Set(['monday', 'wednesday', 'friday']))
    const noWorkouts = build({ workoutDays: [] })
    expect(datesWith(noWorkouts, 'hip-thrust')).toEqual([])
  })

  it('reassesses every 2 weeks and checks in after 8 weeks', () => {
    expect(program.checkIns).toEqual([
      { date: '2026-11-16', kind: 'reassessment' },
      { date: '2026-11-30', kind: 'reassessment' },
      { date: '2026-12-14', kind: 'reassessment' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })
})

describe('buildProgram: local times across daylight saving', () => {
  const startsOn = (program: Program, date: string) => program.sessions.filter((session) => session.date === date).map((session) => session.start)

  it.each([
    ['Europe/Berlin', '2026-03-28', '2026-03-29', '+01:00', '+02:00'],
    ['Europe/Berlin', '2026-10-24', '2026-10-25', '+02:00', '+01:00'],
    ['America/New_York', '2026-03-07', '2026-03-08', '-05:00', '-04:00'],
    ['America/New_York', '2026-10-31', '2026-11-01', '-04:00', '-05:00'],
    ['Australia/Lord_Howe', '2026-10-03', '2026-10-04', '+10:30', '+11:00'],
    ['Australia/Lord_Howe', '2026-04-04', '2026-04-05', '+11:00', '+10:30'],
  ])('keeps 08:00, 13:00 and 19:00 in %s from %s to %s', (timeZone, before, after, offsetBefore, offsetAfter) => {
    const program = build({ start: before, weeks: 1, timeZone })
    expect(startsOn(program, before)).toEqual(['08:00', '13:00', '19:00'].map((time) => `${before}T${time}:00${offsetBefore}`))
    expect(startsOn(program, after)).toEqual(['08:00', '13:00', '19:00'].map((time) => `${after}T${time}:00${offsetAfter}`))
  })

  it('keeps a quarter-hour offset: Kathmandu is +05:45', () => {
    expect(build({ weeks: 1, timeZone: 'Asia/Kathmandu' }).sessions[0]?.start).toBe('2026-11-02T08:00:00+05:45')
  })

  it('moves a time that does not exist on a spring-forward day, and says so', () => {
    const program = build({ start: '2026-03-29', weeks: 1, timeZone: 'Europe/Berlin', sessionTimes: ['02:30', '09:00', '18:00'] })
    expect(program.sessions[0]).toMatchObject({ date: '2026-03-29', time: '03:30', start: '2026-03-29T03:30:00+02:00' })
    expect(program.sessions[3]).toMatchObject({ date: '2026-03-30', time: '02:30' })
    expect(program.reasons).toContainEqual(expect.objectContaining({ rule: 'time-shifted', date: '2026-03-29', value: '03:30' }))
  })
})

describe('buildProgram: invalid input', () => {
  const base = { start: '2026-11-02', selection: FOUR }
  it.each([
    [{ weeks: 0 }, 'weeks', 'must be at least 1'],
    [{ weeks: 53 }, 'weeks', 'must be at most 52'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'is not a time zone this runtime knows (an IANA name such as "Europe/Berlin")'],
    [{ sessionTimes: ['08:00', '10:00', '19:00'] }, 'sessionTimes', 'must be three times in order, each at least 3 hours after the one before'],
    [{ sessionTimes: ['19:00', '13:00', '08:00'] }, 'sessionTimes', 'must be three times in order, each at least 3 hours after the one before'],
    [{ sessionTimes: ['08:00', '13:00'] }, 'sessionTimes', 'must hold at least 3 item(s)'],
    [{ protocol: { deadbugDays: ['monday', 'tuesday'] } }, 'protocol.deadbugDays', 'deadbug days must be at least 2 days apart, the week wrapping round'],
    [{ protocol: { deadbugDays: ['sunday', 'monday'] } }, 'protocol.deadbugDays', 'deadbug days must be at least 2 days apart, the week wrapping round'],
    [{ protocol: { deadbugDays: ['monday', 'wednesday', 'friday', 'sunday'] } }, 'protocol.deadbugDays', 'must hold at most 3 items'],
    [{ protocol: { thoracicPressDays: ['friday'] } }, 'protocol.thoracicPressDays', 'must hold at least 2 item(s)'],
    [{ workoutDays: ['monday', 'monday'] }, 'workoutDays', 'must not list a day twice'],
    [{ workoutDays: ['funday'] }, 'workoutDays.0', 'must be one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"'],
  ])('refuses %j', (change, path, message) => {
    expect(issues({ ...base, ...change })).toEqual([{ path, message }])
  })

  it('checks the selection against its schema and the catalog', () => {
    expect(issues({ ...base, selection: { ...FOUR, selected: FOUR.selected.slice(0, 3) } })).toEqual([
      { path: 'selection.selected', message: 'must hold at least 4 item(s)' },
    ])
    const renamed = { ...FOUR, selected: FOUR.selected.map((item, index) => (index === 0 ? { ...item, movement: 'handstand' } : item)) }
    expect(issues({ ...base, selection: renamed })).toEqual([{ path: 'selection.selected.0.movement', message: '"handstand" is not a movement of the catalog' }])
  })
})

describe('programToMarkdown and programToIcs', () => {
  const program = build({ weeks: 2, timeZone: 'Europe/Berlin' })

  it('writes a table per week and the check-ins', () => {
    const markdown = programToMarkdown(program)
    if (markdown._tag !== 'Right') throw new Error('expected Markdown')
    expect(markdown.right).toMatch(/^# Rehab program: 2026-11-02 to 2026-11-15 \(Europe\/Berlin\)/)
    expect(markdown.right.match(/^## Week \d/gm)).toEqual(['## Week 1', '## Week 2'])
    expect(markdown.right).toContain('| 2026-11-16 | End-of-program check-in |')
    expect(markdown.right).toContain('Deadbug hold 2 x 20 s')
  })

  it('writes an iCalendar file that parses back to the same sessions and check-ins', () => {
    const ics = programToIcs(program)
    if (ics._tag !== 'Right') throw new Error('expected ICS')
    const events = new ICAL.Component(ICAL.parse(ics.right)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    const timed = events.filter((event) => !event.startDate.isDate)
    expect(timed.map((event) => event.startDate.toJSDate().getTime())).toEqual(program.sessions.map((session) => Date.parse(session.start)))
    expect(timed.map((event) => event.summary)).toEqual(program.sessions.map((session) => session.label))
    expect(timed.every((event) => event.duration.toSeconds() === 20 * 60)).toBe(true)
    const allDay = events.filter((event) => event.startDate.isDate)
    expect(allDay.map((event) => event.startDate.toString())).toEqual(program.checkIns.map((checkIn) => checkIn.date))
    expect(programToIcs(program)).toEqual(ics)
  })

  it('gives two programs event ids that never clash, with an optional prefix', () => {
    const ids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((match) => match[1])
    const first = programToIcs(program)
    const other = programToIcs(build({ weeks: 2, timeZone: 'Europe/Berlin', workoutDays: [] }))
    const prefixed = programToIcs(program, { idPrefix: 'client-42' })
    if (first._tag !== 'Right' || other._tag !== 'Right' || prefixed._tag !== 'Right') throw new Error('expected ICS')
    const firstIds = new Set(ids(first.right))
    expect(firstIds.size).toBe(program.sessions.length + program.checkIns.length)
    expect(ids(other.right).filter((id) => firstIds.has(id))).toEqual([])
    expect(ids(prefixed.right).every((id) => id?.startsWith('client-42-'))).toBe(true)
    expect(programToIcs(program, { idPrefix: 'two words' })).toMatchObject({
      left: { issues: [{ path: 'options.idPrefix', message: 'must be 1-64 letters, digits, dots, dashes or underscores' }] },
    })
  })

  it('refuses a malformed program', () => {
    expect(programToIcs({ ...program, sessions: [{ ...program.sessions[0]!, start: 'soon' }] })._tag).toBe('Left')
    expect(programToMarkdown(null as unknown as Program)._tag).toBe('Left')
    const badCatalog = { catalog: [{ id: 'x' }] } as never
    for (const result of [programToMarkdown(program, badCatalog), programToIcs(program, badCatalog)]) {
      expect(result._tag === 'Left' && result.left.issues[0]?.path).toBe('options.catalog.0.name')
    }
  })
})

describe('buildProgram properties', () => {
  test.prop([programInputArbitrary], RUNS)('puts every session within the program dates, in time order', (input) => {
    const program = build(input)
    for (const session of program.sessions) {
      expect(session.date >= program.start && session.date <= program.end).toBe(true)
      expect(session.start.slice(0, 10)).toBe(session.date)
    }
    const instants = program.sessions.map((session) => Date.parse(session.start))
    expect(instants).toEqual([...instants].sort((a, b) => a - b))
  })

  test.prop([programInputArbitrary], RUNS)('keeps each week to its frequencies and each day to three rehab sessions', (input) => {
    const program = build(input)
    const rehab = input.selection.selected[0]!.movement
    for (const date of new Set(program.sessions.map((session) => session.date))) expect(countOn(program, date, rehab)).toBe(3)
    const days = (movement: string) => datesWith(program, movement).map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000)
    for (const [movement, max] of [['deadbug', 3], ['thoracic-press', 2]] as const) {
      const list = days(movement)
      list.slice(1).forEach((day, index) => expect(day - list[index]!).toBeGreaterThanOrEqual(2))
      list.forEach((day) => expect(list.filter((other) => other > day - 7 && other <= day).length).toBeLessThanOrEqual(max))
    }
  })

  // Each run writes and parses a whole calendar, so this one runs 250 times; the example above checks a full program.
  test.prop([programInputArbitrary], { numRuns: 250 })(
    'round-trips through iCalendar',
    (input) => {
      const program = build(input)
      const ics = programToIcs(program)
      if (ics._tag !== 'Right') throw new Error('expected ICS')
      const events = new ICAL.Component(ICAL.parse(ics.right)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
      expect(events.filter((event) => !event.startDate.isDate).map((event) => event.startDate.toJSDate().getTime())).toEqual(
        program.sessions.map((session) => Date.parse(session.start)),
      )
    },
  )

  test.prop([programInputArbitrary], RUNS)('gives the same program for the same input, leaves it unchanged and passes its schema', (input) => {
    expect(expectPure(buildProgram, input, ProgramSchema)._tag).toBe('Right')
  })

  test.prop([anyJson], RUNS)('answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = buildProgram(input as BuildProgramInput)
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
  })
})
