import { describe, expect, it } from 'vitest'
import { ProgramToIcsInputSchema, programToIcs, type ProgramToIcsInput } from '../../src/ics.js'
import { BUILT_IN_CATALOG, DISCLAIMER, InvalidInputSchema, PROGRAM_DEFAULTS, type Program } from '../../src/index.js'
import { hostileValues } from '../support/hostile.js'
import { build, icsEvents, icsUids, icsValues, issuesOf } from '../support/programHelpers.js'
import { SAMPLE_PROGRAM } from '../support/programSample.js'

const ID = { idPrefix: 'client-42' }

const ics = (input: unknown): string => {
  const result = programToIcs(input as ProgramToIcsInput)
  if (result._tag !== 'Right') throw new Error(`expected iCalendar, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('programToIcs: the file', () => {
  const text = ics({ program: SAMPLE_PROGRAM, options: ID })
  const events = icsEvents(text)
  const sessions = events.filter((event) => !event.startDate.isDate)
  const allDay = events.filter((event) => event.startDate.isDate)

  it('is one calendar named for the program, from rehab-engine, every line ended by CRLF', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(icsValues(text, 'PRODID')).toEqual(['rehab-engine'])
    expect(icsValues(text, 'X-WR-CALNAME')).toEqual(['Back rehab program'])
    // No line feed without its carriage return, and no carriage return without its line feed.
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('gives each session an event at its exact instant, as long as PROGRAM_DEFAULTS.sessionMinutes, titled with its label', () => {
    expect(sessions.map((event) => event.startDate.toJSDate().getTime())).toEqual(SAMPLE_PROGRAM.sessions.map((session) => Date.parse(session.start)))
    expect(sessions.map((event) => event.startDate.zone.tzid)).toEqual(Array(4).fill('UTC'))
    expect(sessions.map((event) => event.duration.toSeconds())).toEqual(Array(4).fill(PROGRAM_DEFAULTS.sessionMinutes * 60))
    expect(sessions.map((event) => event.summary)).toEqual(SAMPLE_PROGRAM.sessions.map((session) => session.label))
    expect(icsValues(text, 'CATEGORIES')).toEqual(Array(4).fill('rehab'))
  })

  it('lists each movement with its dose in the description, then the disclaimer', () => {
    expect(sessions.map((event) => event.description)).toEqual([
      `Hip bridge: 1 x 5\nKettlebell walk: Held overhead: 2 x 20 m\n\n${DISCLAIMER}`,
      `Deadbug hold: 2 x 20 s\nThoracic press: 2 x 8 with 5.5 kg\n\n${DISCLAIMER}`,
      `Bird dog: 2 x 6 per side\n\n${DISCLAIMER}`,
      `Hip thrust: 3 x 15 with a band\nhandstand: 1 x 10 s\n\n${DISCLAIMER}`,
    ])
  })

  it('gives each check-in an all-day event, with a title for its kind and the disclaimer', () => {
    expect(allDay.map((event) => [event.startDate.toString(), event.endDate.toString(), event.summary, event.description])).toEqual([
      ['2026-11-09', '2026-11-10', 'Rehab reassessment: score the assessment movements again', DISCLAIMER],
      ['2026-11-16', '2026-11-17', 'Rehab check-in: how does the back feel?', DISCLAIMER],
    ])
  })

  it('takes the names from an app catalog', () => {
    const catalog = BUILT_IN_CATALOG.map((movement) => (movement.id === 'bird-dog' ? { ...movement, name: 'Quadruped reach' } : movement))
    const named = icsEvents(ics({ program: SAMPLE_PROGRAM, options: { ...ID, catalog } }))
    expect(named[2]?.description).toBe(`Quadruped reach: 2 x 6 per side\n\n${DISCLAIMER}`)
  })

  it('writes a program buildProgram made back to the same sessions and check-ins', () => {
    const program = build({ weeks: 2, timeZone: 'America/New_York' }, '2026-10-26')
    const parsed = icsEvents(ics({ program, options: ID }))
    const timed = parsed.filter((event) => !event.startDate.isDate)
    expect(timed.map((event) => event.startDate.toJSDate().getTime())).toEqual(program.sessions.map((session) => Date.parse(session.start)))
    expect(timed.map((event) => event.summary)).toEqual(program.sessions.map((session) => session.label))
    expect(parsed.filter((event) => event.startDate.isDate).map((event) => event.startDate.toString())).toEqual(program.checkIns.map((checkIn) => checkIn.date))
  })
})

describe('programToIcs: dates far from today', () => {
  it('writes a program of 1950, before the Unix epoch, and reads back its instants and dates', () => {
    const program = build({ weeks: 1, timeZone: 'Europe/Berlin' }, '1950-01-02')
    const events = icsEvents(ics({ program, options: ID }))
    expect(events.filter((event) => !event.startDate.isDate).map((event) => event.startDate.toJSDate().getTime())).toEqual(
      program.sessions.map((session) => Date.parse(session.start)),
    )
    expect(events.filter((event) => event.startDate.isDate).map((event) => event.startDate.toString())).toEqual(program.checkIns.map((checkIn) => checkIn.date))
    // The stamp defaults to the program's start, which is before the SEQUENCE epoch: SEQUENCE is 0, never negative.
    expect(icsValues(ics({ program, options: ID }), 'SEQUENCE')[0]).toBe('0')
  })

  /** SAMPLE_PROGRAM moved to start on `start`: one session on `start` at `time` UTC, and one check-in `checkIn` days on. */
  const handMade = (start: string, end: string, time: string, checkIn: string): Program => ({
    ...SAMPLE_PROGRAM,
    start,
    end,
    timeZone: 'UTC',
    sessions: [{ ...SAMPLE_PROGRAM.sessions[0]!, start: `${start}T${time}:00Z`, date: start, time }],
    checkIns: [{ date: checkIn, kind: 'check-in' }],
  })

  it('writes the year 1 with its four digits', () => {
    const text = ics({ program: handMade('0001-01-01', '0001-01-07', '08:00', '0001-01-08'), options: ID })
    expect(icsValues(text, 'DTSTART')).toEqual(['00010101T080000Z'])
    expect(icsValues(text, 'DTEND')).toEqual(['00010101T082000Z'])
    expect(icsValues(text, 'DTSTART;VALUE=DATE')).toEqual(['00010108'])
  })

  it('ends an event whose end would fall after 9999 with DURATION, which needs no date', () => {
    const text = ics({ program: handMade('9999-12-25', '9999-12-31', '23:50', '9999-12-31'), options: ID })
    expect(icsValues(text, 'DTSTART')).toEqual(['99991225T235000Z'])
    expect(icsValues(text, 'DTEND')).toEqual(['99991226T001000Z'])
    expect(icsValues(text, 'DTSTART;VALUE=DATE')).toEqual(['99991231'])
    expect(icsValues(text, 'DURATION')).toEqual(['P1D'])
    const lastMinutes = handMade('9999-12-25', '9999-12-31', '23:50', '9999-12-31')
    const late = ics({ program: { ...lastMinutes, sessions: [{ ...lastMinutes.sessions[0]!, start: '9999-12-31T23:50:00Z', date: '9999-12-31' }] }, options: ID })
    expect(icsValues(late, 'DURATION')).toEqual([`PT${PROGRAM_DEFAULTS.sessionMinutes}M`, 'P1D'])
    expect(icsEvents(late)[0]?.endDate.toString()).toBe('10000-01-01T00:10:00Z')
  })

  it('refuses a session or a stamp whose instant in UTC falls outside the years 0000-9999', () => {
    const program = handMade('0000-01-03', '0000-01-09', '00:30', '0000-01-10')
    const early = { ...program, sessions: [{ ...program.sessions[0]!, start: '0000-01-01T00:30:00+01:00', date: '0000-01-01' }] }
    expect(issuesOf(programToIcs({ program: early, options: { ...ID, stamp: '9999-12-31T23:00:00-02:00' } }))).toEqual([
      { code: 'invalid_value', path: ['program', 'sessions', 0, 'start'], message: 'is outside the years 0000-9999 in UTC, which iCalendar cannot write' },
      { code: 'invalid_value', path: ['options', 'stamp'], message: 'is outside the years 0000-9999 in UTC, which iCalendar cannot write' },
    ])
  })
})

describe('programToIcs: its input', () => {
  it('describes its input as a schema: a program, and options naming the id prefix', () => {
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: ID }).success).toBe(true)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { ...ID, stamp: '2026-10-01T12:30:00Z', sequence: 3, previous: SAMPLE_PROGRAM } }).success).toBe(true)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: {} }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { idPrefix: 'two words' } }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: { ...SAMPLE_PROGRAM, end: SAMPLE_PROGRAM.start }, options: ID }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: ID, notes: '' }).success).toBe(false)
  })

  it('asks for the options, and for the id prefix in them', () => {
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM } as never))).toEqual([{ code: 'required', path: ['options'], message: 'is required' }])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: {} } as never))).toEqual([{ code: 'required', path: ['options', 'idPrefix'], message: 'is required' }])
  })

  it('refuses a malformed program or options, naming each field under its part of the input', () => {
    expect(issuesOf(programToIcs({ program: { ...SAMPLE_PROGRAM, sessions: [{ ...SAMPLE_PROGRAM.sessions[0]!, start: 'soon' }] }, options: ID }))).toMatchObject([
      { code: 'invalid_format', path: ['program', 'sessions', 0, 'start'] },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'two words' } }))).toEqual([
      { code: 'invalid_format', path: ['options', 'idPrefix'], message: 'must be 1-64 letters, digits, dots, dashes or underscores' },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { ...ID, stamp: '2026-10-01T12:30:00' } }))).toMatchObject([
      { code: 'invalid_format', path: ['options', 'stamp'] },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { ...ID, catalog: [{ id: 'x' }] } } as never))).toContainEqual({
      code: 'required',
      path: ['options', 'catalog', 0, 'name'],
      message: 'is required',
    })
  })

  it('takes an id prefix of 1 to 64 characters', () => {
    expect(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'a'.repeat(64) } })._tag).toBe('Right')
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'a'.repeat(65) } }))).toHaveLength(1)
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: '' } }))).toHaveLength(1)
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'a~b' } }))).toHaveLength(1)
  })

  it('takes a sequence that is a whole number from 0 to the largest iCalendar INTEGER', () => {
    for (const sequence of [0, 2 ** 31 - 1]) expect(programToIcs({ program: SAMPLE_PROGRAM, options: { ...ID, sequence } })._tag).toBe('Right')
    for (const sequence of [-1, 1.5, 2 ** 31]) {
      expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { ...ID, sequence } }))).toMatchObject([{ path: ['options', 'sequence'] }])
    }
  })

  it('checks a previous program as a program, naming its fields under options.previous', () => {
    const broken = { ...SAMPLE_PROGRAM, checkIns: [{ date: '2026-11-09', kind: 'follow-up' }] }
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { ...ID, previous: broken } } as never))).toMatchObject([
      { code: 'invalid_value', path: ['options', 'previous', 'checkIns', 0, 'kind'] },
    ])
  })

  it('refuses a check-in listed twice, whose two events would share an id, in the program or the previous one', () => {
    const twice: Program = { ...SAMPLE_PROGRAM, checkIns: [...SAMPLE_PROGRAM.checkIns, SAMPLE_PROGRAM.checkIns[0]!] }
    expect(issuesOf(programToIcs({ program: twice, options: { ...ID, previous: twice } }))).toEqual([
      { code: 'duplicate', path: ['program', 'checkIns', 2], message: 'lists a reassessment on 2026-11-09 a second time' },
      { code: 'duplicate', path: ['options', 'previous', 'checkIns', 2], message: 'lists a reassessment on 2026-11-09 a second time' },
    ])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_name, value) => {
    for (const input of [value, { program: value, options: ID }, { program: SAMPLE_PROGRAM, options: value }, { program: SAMPLE_PROGRAM, options: { ...ID, previous: value } }]) {
      const result = programToIcs(input as ProgramToIcsInput)
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
  })
})

describe('programToIcs: text that would break a calendar line', () => {
  it('keeps a label holding a line break, or a name holding a control character, on one line, so it adds no event', () => {
    const injected = 'Morning\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected'
    const program = { ...SAMPLE_PROGRAM, sessions: SAMPLE_PROGRAM.sessions.map((session) => ({ ...session, label: injected })) }
    const text = ics({ program, options: ID })
    expect(icsUids(text)).toEqual(icsUids(ics({ program: SAMPLE_PROGRAM, options: ID })))
    expect(text).not.toMatch(/^SUMMARY:Injected/m)
    expect(icsEvents(text)[0]?.summary).toBe('Morning  END:VEVENT  BEGIN:VEVENT  SUMMARY:Injected')
    // A catalog name with a bell and an escape: neither reaches the file.
    const catalog = BUILT_IN_CATALOG.map((movement) => ({ ...movement, name: `${movement.name}\u0007\u001b[2J` }))
    expect(ics({ program: SAMPLE_PROGRAM, options: { ...ID, catalog } })).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
  })
})
