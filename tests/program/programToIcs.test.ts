import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, DISCLAIMER, InvalidInputSchema, ProgramToIcsInputSchema, programToIcs, type Program, type ProgramToIcsInput } from '../../src/index.js'
import { hostileValues } from '../support/hostile.js'
import { build, icsEvents, icsUids, issuesOf } from '../support/programHelpers.js'
import { SAMPLE_PROGRAM } from '../support/programSample.js'

const ics = (input: unknown): string => {
  const result = programToIcs(input as ProgramToIcsInput)
  if (result._tag !== 'Right') throw new Error(`expected iCalendar, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('programToIcs: the events', () => {
  const text = ics({ program: SAMPLE_PROGRAM })
  const events = icsEvents(text)
  const sessions = events.filter((event) => !event.startDate.isDate)
  const allDay = events.filter((event) => event.startDate.isDate)

  it('is one calendar named for the program, from rehab-engine', () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r?\n/)
    expect(text).toMatch(/^PRODID:rehab-engine\r?$/m)
    expect(text).toMatch(/^X-WR-CALNAME:Back rehab program\r?$/m)
  })

  it('gives each session an event at its exact instant, 20 minutes long, titled with its label', () => {
    expect(sessions.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2026-11-02T07:00:00.000Z',
      '2026-11-08T18:00:00.000Z',
      '2026-11-09T06:30:00.000Z',
      '2026-11-15T18:00:00.000Z',
    ])
    // The 20 minutes are an engine default: 4-5 movements of 1-2 short sets.
    expect(sessions.map((event) => event.duration.toSeconds())).toEqual([1200, 1200, 1200, 1200])
    expect(sessions.map((event) => event.summary)).toEqual(['Morning rehab', 'Evening | late', 'Morning rehab', 'Evening rehab and workout'])
    expect(text.match(/^CATEGORIES:rehab\r?$/gm)).toHaveLength(4)
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
    const named = icsEvents(ics({ program: SAMPLE_PROGRAM, options: { catalog } }))
    expect(named[2]?.description).toBe(`Quadruped reach: 2 x 6 per side\n\n${DISCLAIMER}`)
  })
})

describe('programToIcs: ids and stamp', () => {
  it('gives every event an id made of the program fingerprint, the event kind and its moment, the same at every export', () => {
    // Calendar apps match a re-imported event by its UID: the same program must always give the same ids.
    expect(icsUids(ics({ program: SAMPLE_PROGRAM }))).toEqual([
      'bvtca2-session-2026-11-02T08:00:00+01:00@rehab-engine',
      'bvtca2-session-2026-11-08T19:00:00+01:00@rehab-engine',
      'bvtca2-session-2026-11-09T07:30:00+01:00@rehab-engine',
      'bvtca2-session-2026-11-15T19:00:00+01:00@rehab-engine',
      'bvtca2-reassessment-2026-11-09@rehab-engine',
      'bvtca2-check-in-2026-11-16@rehab-engine',
    ])
    expect(ics({ program: SAMPLE_PROGRAM })).toBe(ics({ program: SAMPLE_PROGRAM }))
  })

  it('puts an id prefix, such as a client id, in front of every id', () => {
    const ids = icsUids(ics({ program: SAMPLE_PROGRAM, options: { idPrefix: 'client_42.b-7' } }))
    expect(ids[0]).toBe('client_42.b-7-bvtca2-session-2026-11-02T08:00:00+01:00@rehab-engine')
    expect(ids.every((id) => id.startsWith('client_42.b-7-bvtca2-'))).toBe(true)
  })

  it('gives two programs ids that never clash, even a change in one reason', () => {
    const changed: Program = { ...SAMPLE_PROGRAM, reasons: [{ rule: 'program-frame', message: 'Another hand-made program.' }] }
    const first = new Set(icsUids(ics({ program: SAMPLE_PROGRAM })))
    expect(icsUids(ics({ program: changed })).filter((id) => first.has(id))).toEqual([])
    const program = build({ weeks: 2, timeZone: 'Europe/Berlin' })
    const other = build({ weeks: 2, timeZone: 'Europe/Berlin', workoutDays: [] })
    const ids = new Set(icsUids(ics({ program })))
    expect(ids.size).toBe(program.sessions.length + program.checkIns.length)
    expect(icsUids(ics({ program: other })).filter((id) => ids.has(id))).toEqual([])
  })

  it('stamps the file with the program start at midnight UTC, or the stamp asked for', () => {
    expect(ics({ program: SAMPLE_PROGRAM }).match(/^DTSTAMP:.*$/gm)?.map((line) => line.trim())).toEqual(Array(6).fill('DTSTAMP:20261102T000000Z'))
    const stamped = ics({ program: SAMPLE_PROGRAM, options: { stamp: '2026-10-01T12:30:00+02:00' } })
    expect(stamped.match(/^DTSTAMP:.*$/gm)?.map((line) => line.trim())).toEqual(Array(6).fill('DTSTAMP:20261001T103000Z'))
  })
})

describe('programToIcs: a program buildProgram made', () => {
  it('parses back to the same sessions and check-ins', () => {
    const program = build({ weeks: 2, timeZone: 'America/New_York' }, '2026-10-26')
    const events = icsEvents(ics({ program }))
    const timed = events.filter((event) => !event.startDate.isDate)
    expect(timed.map((event) => event.startDate.toJSDate().getTime())).toEqual(program.sessions.map((session) => Date.parse(session.start)))
    expect(timed.map((event) => event.summary)).toEqual(program.sessions.map((session) => session.label))
    expect(events.filter((event) => event.startDate.isDate).map((event) => event.startDate.toString())).toEqual(program.checkIns.map((checkIn) => checkIn.date))
  })
})

describe('programToIcs: its input schema', () => {
  it('describes its input as a schema: a program, and options that are optional', () => {
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM }).success).toBe(true)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { idPrefix: 'client-42', stamp: '2026-10-01T12:30:00Z' } }).success).toBe(true)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { idPrefix: 'two words' } }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: { ...SAMPLE_PROGRAM, end: SAMPLE_PROGRAM.start } }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ program: SAMPLE_PROGRAM, notes: '' }).success).toBe(false)
    expect(ProgramToIcsInputSchema.safeParse({ options: {} }).success).toBe(false)
  })
})

describe('programToIcs: refusals', () => {
  it('refuses a malformed program or options, naming each field under its part of the input', () => {
    expect(issuesOf(programToIcs({ program: { ...SAMPLE_PROGRAM, sessions: [{ ...SAMPLE_PROGRAM.sessions[0]!, start: 'soon' }] } }))).toMatchObject([
      { code: 'invalid_format', path: ['program', 'sessions', 0, 'start'] },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'two words' } }))).toEqual([
      { code: 'invalid_format', path: ['options', 'idPrefix'], message: 'must be 1-64 letters, digits, dots, dashes or underscores' },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { stamp: '2026-10-01T12:30:00' } }))).toMatchObject([
      { code: 'invalid_format', path: ['options', 'stamp'] },
    ])
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { catalog: [{ id: 'x' }] } } as never))).toContainEqual({
      code: 'required',
      path: ['options', 'catalog', 0, 'name'],
      message: 'is required',
    })
  })

  it('takes an id prefix of 1 to 64 characters', () => {
    expect(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'a'.repeat(64) } })._tag).toBe('Right')
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: 'a'.repeat(65) } }))).toHaveLength(1)
    expect(issuesOf(programToIcs({ program: SAMPLE_PROGRAM, options: { idPrefix: '' } }))).toHaveLength(1)
  })

  // The ics package refuses instants before 1970, which buildProgram accepts (its dates start in 1900).
  it('answers a program the ics package refuses with InvalidInput at the program', () => {
    const result = programToIcs({ program: build({ weeks: 1 }, '1969-12-29') })
    expect(result._tag).toBe('Left')
    expect(issuesOf(result)).toMatchObject([{ code: 'invalid_value', path: ['program'], message: expect.stringMatching(/^could not be written as iCalendar: /) }])
  })

  it('says why the ics package refused a program, not only that it did', () => {
    const [issue] = issuesOf(programToIcs({ program: build({ weeks: 1 }, '1969-12-29') })) as { message: string }[]
    expect(issue?.message).toMatch(/greater than or equal to 0/)
  })

  it('lists every problem the ics package found in the refused event, separated by semicolons', () => {
    // A program starting in 1969 has both its first session and its default stamp before 1970.
    expect(issuesOf(programToIcs({ program: build({ weeks: 1 }, '1969-12-29') }))).toEqual([
      {
        code: 'invalid_value',
        path: ['program'],
        message: 'could not be written as iCalendar: timestamp must be greater than or equal to 0; start must be greater than or equal to 0',
      },
    ])
    expect(issuesOf(programToIcs({ program: build({ weeks: 1 }, '1969-12-29'), options: { stamp: '2026-01-01T00:00:00Z' } }))).toEqual([
      { code: 'invalid_value', path: ['program'], message: 'could not be written as iCalendar: start must be greater than or equal to 0' },
    ])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_name, value) => {
    for (const input of [value, { program: value }, { program: SAMPLE_PROGRAM, options: value }]) {
      const result = programToIcs(input as ProgramToIcsInput)
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
  })
})

describe('programToIcs: text that would break a calendar line', () => {
  it('keeps a label holding a line break, or a name holding a control character, on one calendar line, so it adds no event', () => {
    const injected = 'Morning\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected'
    const program = { ...SAMPLE_PROGRAM, sessions: SAMPLE_PROGRAM.sessions.map((session) => ({ ...session, label: injected })) }
    const text = ics({ program })
    expect(icsEvents(text)).toHaveLength(icsEvents(ics({ program: SAMPLE_PROGRAM })).length)
    expect(text).not.toMatch(/^SUMMARY:Injected/m)
    expect(icsEvents(text).find((event) => !event.startDate.isDate)?.summary).toBe('Morning  END:VEVENT  BEGIN:VEVENT  SUMMARY:Injected')
    // A catalog name with a bell and an escape: neither reaches the file.
    const catalog = BUILT_IN_CATALOG.map((movement) => ({ ...movement, name: `${movement.name}\u0007\u001b[2J` }))
    const named = programToIcs({ program: SAMPLE_PROGRAM, options: { catalog } } as ProgramToIcsInput)
    expect(named._tag === 'Right' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(named.right)).toBe(false)
  })
})
