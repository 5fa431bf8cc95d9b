import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  BUILT_IN_LADDERS,
  InvalidInputSchema,
  ProgramSchema,
  SOURCES,
  buildProgram,
  planRehab,
  type BuildProgramInput,
  type Program,
} from '../../src/index.js'
import { programToIcs } from '../../src/ics.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'
import { anyJson } from '../arbitraries/json.js'
import { programInputArbitrary } from '../arbitraries/program.js'
import { expectPure } from '../support/expectPure.js'
import { hostileValues } from '../support/hostile.js'
import { FIVE, FOUR, build, countOn, datesWith, dayNumber, icsEvents, icsUids, issuesOf, weekdayOf } from '../support/programHelpers.js'

const RUNS = { numRuns: 150 }

/** Every date from `start` for `days` days, counted in UTC. */
const calendar = (start: string, days: number) => Array.from({ length: days }, (_, index) => new Date(Date.parse(`${start}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10))

describe('buildProgram: the default frame', () => {
  const program = build()

  it('runs 8 weeks (seed 000), three sessions a day at 08:00, 13:00 and 19:00 UTC', () => {
    expect(program).toMatchObject({ start: '2026-11-02', end: '2026-12-27', timeZone: 'UTC' })
    expect(program.sessions).toHaveLength(56 * 3)
    expect(program.sessions.slice(0, 3).map((session) => [session.start, session.date, session.time, session.label])).toEqual([
      ['2026-11-02T08:00:00Z', '2026-11-02', '08:00', 'Morning rehab'],
      ['2026-11-02T13:00:00Z', '2026-11-02', '13:00', 'Midday rehab'],
      ['2026-11-02T19:00:00Z', '2026-11-02', '19:00', 'Evening rehab and workout'],
    ])
    expect(program.sessions.at(-1)).toMatchObject({ start: '2026-12-27T19:00:00Z', date: '2026-12-27', label: 'Evening rehab' })
  })

  it('does each selected rehab movement as often a day as the selection asks (seed 001: 3 times), at its starting dose', () => {
    for (const date of new Set(program.sessions.map((session) => session.date))) {
      for (const selected of FOUR.selection.selected) expect(countOn(program, date, selected.movement)).toBe(selected.timesPerDay)
    }
    for (const session of program.sessions) {
      for (const selected of FOUR.selection.selected) expect(session.items).toContainEqual({ movement: selected.movement, dose: selected.start })
    }
  })

  it('keeps a selected variant on its items', () => {
    const withVariant = build({ weeks: 1 }, '2026-11-02', FIVE)
    expect(withVariant.sessions[1]?.items).toContainEqual({ movement: 'kettlebell-walk', variant: 'overhead', dose: { kind: 'reps', sets: 1, reps: 5 } })
  })

  it('does the warm-ups once a day, in the morning (seed 000: daily if wanted)', () => {
    for (const date of new Set(program.sessions.map((session) => session.date))) {
      expect(countOn(program, date, 'back-mobility-warm-up')).toBe(1)
      expect(countOn(program, date, 'hamstring-mobility-warm-up')).toBe(1)
    }
    expect(program.sessions[0]?.items.slice(0, 2)).toEqual([
      { movement: 'back-mobility-warm-up', dose: BUILT_IN_LADDERS['back-mobility-warm-up'].rungs[0] },
      { movement: 'hamstring-mobility-warm-up', dose: BUILT_IN_LADDERS['hamstring-mobility-warm-up'].rungs[0] },
    ])
  })

  it('does the deadbug on Monday, Wednesday and Friday, within its ladder: 1-3 a week, never two days running (seed 000)', () => {
    const { perWeek, minDaysApart } = BUILT_IN_LADDERS.deadbug.frequency
    const days = datesWith(program, 'deadbug')
    expect(days).toHaveLength(8 * 3)
    expect(new Set(days.map(weekdayOf))).toEqual(new Set(['monday', 'wednesday', 'friday']))
    const perCalendarWeek = Array.from({ length: 8 }, (_, week) => days.filter((day) => Math.floor((dayNumber(day) - dayNumber(program.start)) / 7) === week).length)
    for (const count of perCalendarWeek) expect(count >= perWeek.min && count <= perWeek.max).toBe(true)
    days.slice(1).forEach((day, index) => expect(dayNumber(day) - dayNumber(days[index]!)).toBeGreaterThanOrEqual(minDaysApart))
  })

  it('does the thoracic press on Tuesday and Friday, as its ladder asks: 2 a week, never two days running (seed 000)', () => {
    const { perWeek, minDaysApart } = BUILT_IN_LADDERS['thoracic-press'].frequency
    const days = datesWith(program, 'thoracic-press')
    expect(days).toHaveLength(8 * perWeek.max)
    expect(new Set(days.map(weekdayOf))).toEqual(new Set(['tuesday', 'friday']))
    days.slice(1).forEach((day, index) => expect(dayNumber(day) - dayNumber(days[index]!)).toBeGreaterThanOrEqual(minDaysApart))
  })

  it('puts the hip thrust before each workout (seed 000) and the between-sets movements in it (seed 004)', () => {
    const workout = program.sessions.find((session) => session.label === 'Evening rehab and workout')!
    const order = workout.items.map((item) => item.movement)
    expect(order[0]).toBe('hip-thrust')
    expect(order.slice(-2)).toEqual(['progressive-bodyweight-squat', 'raising-the-roof'])
    expect(new Set(datesWith(program, 'hip-thrust').map(weekdayOf))).toEqual(new Set(['monday', 'wednesday', 'friday']))
    expect(datesWith(build({ workoutDays: [] }), 'hip-thrust')).toEqual([])
  })

  it('reassesses every 2 weeks and checks in after 8 weeks', () => {
    expect(program.checkIns).toEqual([
      { date: '2026-11-16', kind: 'reassessment' },
      { date: '2026-11-30', kind: 'reassessment' },
      { date: '2026-12-14', kind: 'reassessment' },
      { date: '2026-12-28', kind: 'check-in' },
    ])
  })

  it('explains the layout, one reason for each part', () => {
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
    expect(program.reasons[0]).toMatchObject({ rule: 'program-frame', message: '8 weeks from 2026-11-02 to 2026-12-27 in UTC, then a check-in on 2026-12-28.', value: 8 })
  })
})

describe('buildProgram: options', () => {
  it('lays out the days asked for', () => {
    const program = build({ weeks: 2, deadbugDays: ['tuesday', 'sunday'], thoracicPressDays: ['monday', 'thursday'], workoutDays: ['saturday'] })
    expect(datesWith(program, 'deadbug')).toEqual(['2026-11-03', '2026-11-08', '2026-11-10', '2026-11-15'])
    expect(datesWith(program, 'thoracic-press')).toEqual(['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12'])
    expect(datesWith(program, 'hip-thrust')).toEqual(['2026-11-07', '2026-11-14'])
    expect(program.reasons.find((reason) => reason.rule === 'deadbug-days')?.value).toEqual(['tuesday', 'sunday'])
  })

  it('names the zone canonically', () => {
    expect(build({ weeks: 1, timeZone: 'US/Eastern' }).timeZone).toBe('America/New_York')
  })

  it('lays a year out: 52 weeks, the longest program', () => {
    const program = build({ weeks: 52 }, '2026-01-05')
    expect(program).toMatchObject({ start: '2026-01-05', end: '2027-01-03' })
    expect(program.sessions).toHaveLength(52 * 7 * 3)
  })

  it('leaves out the protocol movements an app catalog lacks, and says which', () => {
    const catalog = BUILT_IN_CATALOG.filter((movement) => !['thoracic-press', 'back-mobility-warm-up', 'raising-the-roof'].includes(movement.id))
    const program = build({ weeks: 1, catalog })
    expect(datesWith(program, 'thoracic-press')).toEqual([])
    expect(program.sessions[0]?.items.map((item) => item.movement)).toEqual(['hamstring-mobility-warm-up', 'hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'])
    expect(program.reasons.filter((reason) => reason.rule === 'not-in-catalog')).toEqual(
      ['back-mobility-warm-up', 'thoracic-press', 'raising-the-roof'].map((id) => ({
        rule: 'not-in-catalog',
        message: `"${id}" is not in the catalog, or has no ladder, so the program leaves it out.`,
        value: id,
        params: { movement: id },
      })),
    )
    expect(program.reasons.at(-1)?.rule).toBe('not-in-catalog')
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
    const program = build({ weeks: 1, timeZone }, before)
    expect(startsOn(program, before)).toEqual(['08:00', '13:00', '19:00'].map((time) => `${before}T${time}:00${offsetBefore}`))
    expect(startsOn(program, after)).toEqual(['08:00', '13:00', '19:00'].map((time) => `${after}T${time}:00${offsetAfter}`))
    expect(program.reasons.filter((reason) => reason.rule === 'time-shifted')).toEqual([])
  })

  it('keeps a quarter-hour offset: Kathmandu is +05:45', () => {
    expect(build({ weeks: 1, timeZone: 'Asia/Kathmandu' }).sessions[0]?.start).toBe('2026-11-02T08:00:00+05:45')
  })

  it('moves a time that does not exist on a spring-forward day, that day only, and says so', () => {
    const program = build({ weeks: 1, timeZone: 'Europe/Berlin', sessionTimes: ['02:30', '09:00', '18:00'] }, '2026-03-29')
    expect(program.sessions[0]).toMatchObject({ date: '2026-03-29', time: '03:30', start: '2026-03-29T03:30:00+02:00' })
    expect(program.sessions[3]).toMatchObject({ date: '2026-03-30', time: '02:30', start: '2026-03-30T02:30:00+02:00' })
    expect(program.reasons.filter((reason) => reason.rule === 'time-shifted')).toEqual([
      {
        rule: 'time-shifted',
        message: '02:30 does not exist in Europe/Berlin on 2026-03-29 (the clocks go forward): the session moves to 03:30.',
        date: '2026-03-29',
        value: '03:30',
        source: SOURCES.timeZones,
        params: { time: '02:30', timeZone: 'Europe/Berlin', date: '2026-03-29', movedTo: '03:30' },
      },
    ])
    // The shifted time's reason follows the layout's own reasons.
    expect(program.reasons.map((reason) => reason.rule).indexOf('time-shifted')).toBe(8)
  })
})

describe('buildProgram: a zone that skipped a calendar day', () => {
  // Samoa skipped 2011-12-30 when it crossed the date line; Kwajalein skipped 1993-08-21.
  const cases = [
    ['Pacific/Apia', '2011-12-26', '2011-12-30'],
    ['Pacific/Kwajalein', '1993-08-16', '1993-08-21'],
  ] as const

  it.each(cases)('lists every date the zone lives once and in order in %s from %s', (timeZone, start, skipped) => {
    const program = build({ weeks: 1, timeZone }, start)
    const lived = calendar(start, 7).filter((date) => date !== skipped)
    expect(program.sessions.map((session) => session.date)).toEqual(lived.flatMap((date) => [date, date, date]))
    const days = calendar(start, 57)
    expect(program.checkIns).toEqual([
      { date: days[7], kind: 'check-in' },
      { date: days[56], kind: 'check-in' },
    ])
  })

  it.each(cases)('lists every date of the week around %s from %s, skipped day included, in a zone that lived it', (_, start) => {
    const program = build({ weeks: 1, timeZone: 'Europe/Berlin' }, start)
    expect(program.sessions.map((session) => session.date)).toEqual(calendar(start, 7).flatMap((date) => [date, date, date]))
  })

  it.each(cases)('keeps the sessions in %s from %s in time order', (timeZone, start) => {
    const instants = build({ weeks: 1, timeZone }, start).sessions.map((session) => Date.parse(session.start))
    expect(instants).toEqual([...instants].sort((a, b) => a - b))
  })

  it.each(cases)('says that the skipped day in %s from %s (%s) has no sessions, and moves no other', (timeZone, start, skipped) => {
    const program = build({ weeks: 1, timeZone }, start)
    const next = calendar(skipped, 2)[1]
    expect(program.reasons.filter((reason) => reason.rule === 'day-skipped' || reason.rule === 'time-shifted')).toEqual([
      {
        rule: 'day-skipped',
        message: `${skipped} does not exist in ${timeZone}: its clocks jump from the day before to ${next}, so that date has no sessions.`,
        date: skipped,
        value: next,
        source: 'IANA time zone database',
        params: { date: skipped, timeZone, next },
      },
    ])
  })

  it.each(cases)('writes a calendar for %s from %s in which no two events share an id', (timeZone, start) => {
    const result = programToIcs({ program: build({ weeks: 1, timeZone }, start), options: { idPrefix: 'p' } })
    if (result._tag !== 'Right') throw new Error('expected iCalendar')
    const ids = icsUids(result.right)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

/** FOUR with its selected movements replaced, as a hand-edited plan would be. */
const withSelected = (selected: readonly unknown[]) => ({ ...FOUR, selection: { ...FOUR.selection, selected } })

describe('buildProgram: invalid input', () => {
  const base = { start: '2026-11-02', plan: FOUR }
  const issues = (input: unknown) => issuesOf(buildProgram(input as BuildProgramInput))

  it('refuses a start that is no calendar date, or outside 1900-2999', () => {
    expect(issues({ ...base, start: '2026-02-30' })).toEqual([{ code: 'invalid_format', path: ['start'], message: 'must be a calendar date written YYYY-MM-DD' }])
    expect(issues({ ...base, start: '1899-12-31' })).toEqual([{ code: 'too_small', path: ['start'], message: 'must be a date from 1900-01-01 to 2999-12-31' }])
    expect(issues({ ...base, start: '3000-01-01' })).toEqual([{ code: 'too_big', path: ['start'], message: 'must be a date from 1900-01-01 to 2999-12-31' }])
    expect(buildProgram({ ...base, start: '1900-01-01', options: { weeks: 1 } })._tag).toBe('Right')
    expect(buildProgram({ ...base, start: '2999-12-31', options: { weeks: 52 } })._tag).toBe('Right')
  })

  it('names what is missing, and an unknown field', () => {
    expect(issues({})).toEqual([
      { code: 'required', path: ['start'], message: 'is required' },
      { code: 'required', path: ['plan'], message: 'is required' },
    ])
    expect(issues({ ...base, weeks: 2 })).toEqual([{ code: 'unknown_key', path: ['weeks'], message: 'is not a known field' }])
  })

  it('refuses an input that is not an object', () => {
    expect(issues(null)).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
    expect(issues([base])).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
    expect(issues(undefined)).toEqual([{ code: 'required', path: [], message: 'is required' }])
  })

  it('checks the plan against its schema', () => {
    expect(issues({ ...base, plan: withSelected(FOUR.selection.selected.slice(0, 3)) })).toEqual([
      { code: 'too_small', path: ['plan', 'selection', 'selected'], message: 'must hold at least 4 item(s)' },
    ])
    expect(issues({ ...base, plan: { ...FOUR, screening: { ...FOUR.screening, _tag: 'Referral' } } })).toEqual([
      { code: 'invalid_value', path: ['plan', 'screening', '_tag'], message: 'must be one of "Cleared"' },
    ])
  })

  it('takes a plan, not a selection alone: no program without a screening behind it', () => {
    expect(issues({ start: '2026-11-02', selection: FOUR.selection })).toEqual([
      { code: 'required', path: ['plan'], message: 'is required' },
      { code: 'unknown_key', path: ['selection'], message: 'is not a known field' },
    ])
  })

  it('checks every selected movement against the catalog, naming each at its index', () => {
    const changed = FOUR.selection.selected.map((item, index) =>
      index === 0 ? { ...item, movement: 'handstand' } : index === 1 ? { ...item, movement: 'deadbug' } : index === 3 ? { ...item, variant: 'overhead' } : item,
    )
    expect(issues({ ...base, plan: withSelected(changed) })).toEqual([
      { code: 'not_in_catalog', path: ['plan', 'selection', 'selected', 0, 'movement'], message: '"handstand" is not a movement of the catalog' },
      { code: 'not_in_catalog', path: ['plan', 'selection', 'selected', 1, 'movement'], message: '"deadbug" is not an assessment movement' },
      { code: 'not_in_catalog', path: ['plan', 'selection', 'selected', 3, 'variant'], message: '"bird-dog" has no variants' },
    ])
  })

  it('checks the selection against an app catalog, and the catalog itself under options.catalog', () => {
    const withoutBridge = BUILT_IN_CATALOG.filter((movement) => movement.id !== 'hip-bridge' && movement.id !== 'single-leg-hip-bridge')
    expect(issues({ ...base, options: { catalog: withoutBridge } })).toEqual([
      { code: 'not_in_catalog', path: ['plan', 'selection', 'selected', 2, 'movement'], message: '"hip-bridge" is not a movement of the catalog' },
    ])
    expect(issues({ ...base, options: { catalog: [{ ...BUILT_IN_CATALOG[0]!, name: '' }] } })).toEqual([
      { code: 'too_small', path: ['options', 'catalog', 0, 'name'], message: 'must not be empty' },
    ])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_name, value) => {
    for (const input of [value, { ...base, plan: value }, { ...base, plan: { ...FOUR, selection: value } }, { ...base, options: value }, { ...base, options: { timeZone: value } }]) {
      const result = buildProgram(input as BuildProgramInput)
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
  })
})

describe('buildProgram: a plan edited by hand is checked again', () => {
  const [first, ...rest] = FOUR.selection.selected
  const editFirst = (change: Record<string, unknown>) => withSelected([{ ...first!, ...change }, ...rest])
  const issues = (plan: unknown, options?: unknown) => issuesOf(buildProgram({ start: '2026-11-02', plan, options } as BuildProgramInput))
  const at = (...path: (string | number)[]) => ['plan', 'selection', ...path]

  it('refuses a start dose that is no rung of the ladder, and names it', () => {
    expect(issues(editFirst({ start: { kind: 'reps', sets: 10, reps: 500, loadKg: 200 } }))).toEqual([
      { code: 'inconsistent', path: at('selected', 0, 'start'), message: '10 x 500 with 200 kg is not a rung of the hip-mobility ladder (1 x 5 to 2 x 10)' },
    ])
  })

  it('refuses a load or a band that the rung does not have, and a dose of another kind', () => {
    for (const start of [
      { kind: 'reps', sets: 1, reps: 5, loadKg: 200 },
      { kind: 'reps', sets: 1, reps: 5, band: true },
      { kind: 'reps', sets: 1, reps: 5, perSide: true },
      { kind: 'reps', sets: 2, reps: 5 },
    ]) {
      expect(issues(editFirst({ start })).map((issue) => [(issue as { code: string }).code, (issue as { path: unknown }).path])).toEqual([['inconsistent', at('selected', 0, 'start')]])
    }
  })

  it('lays out a start on any rung of the ladder, written with or without its absent flags', () => {
    for (const start of [{ kind: 'reps', sets: 2, reps: 10 }, { kind: 'reps', sets: 1, reps: 5, band: false, perSide: false }]) {
      const program = buildProgram({ start: '2026-11-02', plan: editFirst({ start }) as typeof FOUR, options: { weeks: 1 } })
      expect(program._tag === 'Right' && program.right.sessions[0]?.items.find((item) => item.movement === first!.movement)?.dose).toEqual(start)
    }
  })

  it('refuses a selected movement that hurt more than the plan\'s pain ceiling', () => {
    expect(issues(editFirst({ pain: 9 }))).toEqual([
      { code: 'inconsistent', path: at('selected', 0, 'pain'), message: "hip-mobility hurt 9/10, above the selection's pain ceiling of 3/10, so it cannot be selected" },
    ])
    expect(issues(editFirst({ pain: 4 })).map((issue) => (issue as { path: unknown }).path)).toEqual([at('selected', 0, 'pain')])
  })

  it('refuses a pain ceiling higher than any option may set', () => {
    expect(issues({ ...FOUR, selection: { ...FOUR.selection, painCeiling: 8 } })).toEqual([{ code: 'too_big', path: at('painCeiling'), message: 'must be at most 5' }])
    expect(issues({ ...FOUR, selection: { ...FOUR.selection, painCeiling: 6 } })).toEqual([{ code: 'too_big', path: at('painCeiling'), message: 'must be at most 5' }])
  })

  it('lays out a plan made with the highest ceiling an option may set', () => {
    const plan = planRehab({ intake: CLEAR_INTAKE, assessment: { date: '2026-11-02', results: FOUR.selection.selected.map((item) => ({ movement: item.movement, pain: 5 })) }, options: { painCeiling: 5 } })
    expect(plan._tag === 'Right' && buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })._tag).toBe('Right')
  })

  it('refuses a movement done more or less often a day than its ladder asks', () => {
    expect(issues(editFirst({ timesPerDay: 5 }))).toEqual([
      { code: 'inconsistent', path: at('selected', 0, 'timesPerDay'), message: 'must be 3, the sessions a day of the hip-mobility ladder' },
    ])
    expect(issues(editFirst({ timesPerDay: 1 })).map((issue) => (issue as { path: unknown }).path)).toEqual([at('selected', 0, 'timesPerDay')])
  })

  it('refuses a movement and variant selected twice, at the second', () => {
    expect(issues(withSelected([...FOUR.selection.selected, first]))).toEqual([
      { code: 'duplicate', path: at('selected', 4), message: 'hip-mobility is already selected at selected.0' },
    ])
    const walk = FIVE.selection.selected.find((item) => item.movement === 'kettlebell-walk')!
    expect(issues(withSelected([...rest, walk, walk]))).toEqual([
      { code: 'duplicate', path: at('selected', 4), message: 'kettlebell-walk (overhead) is already selected at selected.3' },
    ])
  })

  it('refuses two variants of one movement, and a movement beside its harder form: a plan holds each movement once', () => {
    const walk = FIVE.selection.selected.find((item) => item.movement === 'kettlebell-walk')!
    expect(issues(withSelected([...rest, walk, { ...walk, variant: 'by-the-side' }]))).toEqual([
      { code: 'duplicate', path: at('selected', 4), message: 'is the same movement as selected.3 (a variant of it, or its harder or easier form): a plan holds each movement once' },
    ])
    const bridge = FIVE.selection.selected.find((item) => item.movement === 'hip-bridge')
    expect(bridge).toBeDefined()
    const singleLeg = { ...bridge!, movement: 'single-leg-hip-bridge', start: { kind: 'reps', sets: 1, reps: 5, perSide: true } }
    const others = FIVE.selection.selected.filter((item) => item.movement !== 'hip-bridge').slice(0, 3)
    expect(issues({ ...FIVE, selection: { ...FIVE.selection, selected: [bridge, ...others, singleLeg] } }).map((issue) => [(issue as { code: string }).code, (issue as { path: unknown }).path])).toEqual([
      ['duplicate', at('selected', 4)],
    ])
  })

  it('lists every problem of an edited plan at once', () => {
    const plan = { ...FOUR, selection: { ...FOUR.selection, painCeiling: 8, selected: [{ ...first!, pain: 9, timesPerDay: 5, start: { kind: 'reps', sets: 10, reps: 500 } }, ...rest, first] } }
    expect(issues(plan).map((issue) => [(issue as { code: string }).code, (issue as { path: unknown }).path])).toEqual([
      ['too_big', at('painCeiling')],
      ['inconsistent', at('selected', 0, 'pain')],
      ['inconsistent', at('selected', 0, 'start')],
      ['inconsistent', at('selected', 0, 'timesPerDay')],
      ['duplicate', at('selected', 4)],
    ])
  })
})

describe('buildProgram properties', () => {
  test.prop([programInputArbitrary], RUNS)('puts every session on a program date, on its own date, in strict time order', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    const dates = calendar(program.start, program.sessions.length / 3)
    expect(program.sessions.map((session) => session.date)).toEqual(dates.flatMap((date) => [date, date, date]))
    expect(program.end).toBe(dates.at(-1))
    for (const session of program.sessions) expect(session.start.slice(0, 10)).toBe(session.date)
    const instants = program.sessions.map((session) => Date.parse(session.start))
    instants.slice(1).forEach((instant, index) => expect(instant).toBeGreaterThan(instants[index]!))
  })

  test.prop([programInputArbitrary], RUNS)('keeps the deadbug and the thoracic press to their ladders: so many a week, never two days running', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    for (const movement of ['deadbug', 'thoracic-press'] as const) {
      const { perWeek, minDaysApart } = BUILT_IN_LADDERS[movement].frequency
      const days = datesWith(program, movement).map(dayNumber)
      days.slice(1).forEach((day, index) => expect(day - days[index]!).toBeGreaterThanOrEqual(minDaysApart))
      for (let week = 0; week * 7 < program.sessions.length / 3; week++) {
        const first = dayNumber(program.start) + week * 7
        const count = days.filter((day) => day >= first && day < first + 7).length
        expect(count).toBeGreaterThanOrEqual(perWeek.min)
        expect(count).toBeLessThanOrEqual(perWeek.max)
      }
    }
  })

  test.prop([programInputArbitrary], RUNS)('does each rehab movement three times a day and the warm-ups once', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    for (const date of new Set(program.sessions.map((session) => session.date))) {
      for (const selected of input.plan.selection.selected) expect(countOn(program, date, selected.movement)).toBe(selected.timesPerDay)
      expect(countOn(program, date, 'back-mobility-warm-up')).toBe(1)
    }
  })

  test.prop([programInputArbitrary], RUNS)('says why each session time moved, and moves none it does not explain', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    const moved = program.sessions.filter((session, index) => session.time !== input.options!.sessionTimes![index % 3])
    expect(program.reasons.filter((reason) => reason.rule === 'time-shifted').map((reason) => [reason.date, reason.value])).toEqual(
      moved.map((session) => [session.date, session.time]),
    )
  })

  // Each run writes and parses a whole calendar, so this one runs fewer times.
  test.prop([programInputArbitrary], { numRuns: 50 })('round-trips through iCalendar', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    const ics = programToIcs({ program, options: { idPrefix: 'p' } })
    if (ics._tag !== 'Right') throw new Error('expected iCalendar')
    expect(
      icsEvents(ics.right)
        .filter((event) => !event.startDate.isDate)
        .map((event) => event.startDate.toJSDate().getTime()),
    ).toEqual(program.sessions.map((session) => Date.parse(session.start)))
  })

  test.prop([programInputArbitrary], { numRuns: 100 })('gives the same program for the same input, leaves it unchanged and passes its schema', (input) => {
    expect(expectPure(buildProgram, input, ProgramSchema)._tag).toBe('Right')
  })

  test.prop([anyJson], RUNS)('answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = buildProgram(input as BuildProgramInput)
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
  })

  test.prop([programInputArbitrary, fc.constantFrom('start', 'plan')], { numRuns: 100 })('names a missing start or plan at its key', (input, key) => {
    const { [key]: _dropped, ...rest } = input
    expect(issuesOf(buildProgram(rest as BuildProgramInput))).toEqual([{ code: 'required', path: [key], message: 'is required' }])
  })
})
