import { fc, test } from '@fast-check/vitest'
import ICAL from 'ical.js'
import { describe, expect } from 'vitest'
import { programToIcs, type ProgramToIcsInput } from '../../src/ics.js'
import { BUILT_IN_CATALOG, DISCLAIMER, type Program } from '../../src/index.js'
import { formatDose } from '../../src/shared/formatDose.js'
import { programInputArbitrary, sessionTimesArbitrary } from '../arbitraries/program.js'
import { awkwardText, wellFormed } from '../arbitraries/text.js'
import { FOUR, build, icsEvents, icsUids, icsValues, unfoldIcs } from '../support/programHelpers.js'

const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true })

const ics = (input: ProgramToIcsInput): string => {
  const result = programToIcs(input)
  if (result._tag !== 'Right') throw new Error(`expected iCalendar, got ${JSON.stringify(result.left)}`)
  return result.right
}

/** Text as the calendar promises to keep it: each control character and line separator a space, each lone surrogate U+FFFD. */
const flattened = (text: string) => wellFormed(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))
/** RFC 5545 3.3.11, written out here on its own: the escapes of a TEXT value. */
const escaped = (text: string) => text.replace(/[\\;,]/g, (found) => `\\${found}`).replaceAll('\n', '\\n')

const WEEK = build({ weeks: 1, timeZone: 'Europe/Berlin' })
/** Awkward text of 1 to `max` UTF-16 units, as the schemas count: a character takes up to four. */
const text1to = (max: number) => awkwardText(max / 4).filter((text) => text.length >= 1)

/** A week of sessions whose labels, and a catalog whose names, are made of awkward text. */
const hostileExport = fc
  .record({
    labels: fc.array(text1to(100), { minLength: 1, maxLength: 5 }),
    names: fc.array(text1to(80), { minLength: BUILT_IN_CATALOG.length, maxLength: BUILT_IN_CATALOG.length }),
  })
  .map(({ labels, names }) => ({
    program: { ...WEEK, sessions: WEEK.sessions.map((session, index) => ({ ...session, label: labels[index % labels.length]! })) } satisfies Program,
    catalog: BUILT_IN_CATALOG.map((movement, index) => ({ ...movement, name: names[index]! })),
  }))

describe('programToIcs: any text, any program', () => {
  test.prop([hostileExport], { numRuns: 60 })('reads back in ical.js with every label and description as it was given, flattened', ({ program, catalog }) => {
    const text = ics({ program, options: { idPrefix: 'client-42', catalog } })
    const nameOf = (movement: string) => catalog.find((entry) => entry.id === movement)?.name ?? movement
    const descriptions = program.sessions.map((session) =>
      [...session.items.map((item) => `${nameOf(item.movement)}: ${formatDose(item.dose)}`), '', DISCLAIMER].map(flattened).join('\n'),
    )
    const events = icsEvents(text)
    expect(events).toHaveLength(program.sessions.length + program.checkIns.length)
    const sessions = events.filter((event) => !event.startDate.isDate)
    expect(sessions.map((event) => event.summary)).toEqual(program.sessions.map((session) => flattened(session.label)))
    expect(sessions.map((event) => event.description)).toEqual(descriptions)
    // The logical lines hold the values escaped as RFC 5545 asks, read back by unfolding alone.
    expect(icsValues(text, 'SUMMARY').slice(0, program.sessions.length)).toEqual(program.sessions.map((session) => escaped(flattened(session.label))))
    expect(icsValues(text, 'DESCRIPTION').slice(0, program.sessions.length)).toEqual(descriptions.map(escaped))
  })

  test.prop([hostileExport], { numRuns: 60 })('folds every line to at most 75 octets of valid UTF-8, and unfolds to lines that each name a property', ({ program, catalog }) => {
    const text = ics({ program, options: { idPrefix: 'client-42', catalog } })
    const physical = text.split('\r\n')
    expect(physical.pop()).toBe('')
    for (const line of physical) {
      const octets = encoder.encode(line)
      expect(octets.length).toBeLessThanOrEqual(75)
      expect(strictDecoder.decode(octets)).toBe(line)
    }
    const logical = unfoldIcs(text).slice(0, -1)
    expect(logical.every((line) => /^[A-Z][A-Z-]*(;[A-Z-]+=[A-Z]+)?:/.test(line))).toBe(true)
    expect(logical.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(program.sessions.length + program.checkIns.length)
    // Folding and unfolding are inverse: the same text parses to the same calendar either way.
    expect(ICAL.parse(logical.join('\r\n'))).toEqual(ICAL.parse(text))
  })

  test.prop([programInputArbitrary], { numRuns: 40 })('writes every session of any layout at its instant, and every check-in on its date', (input) => {
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    const events = icsEvents(ics({ program, options: { idPrefix: 'p' } }))
    expect(events.filter((event) => !event.startDate.isDate).map((event) => event.startDate.toJSDate().getTime())).toEqual(
      program.sessions.map((session) => Date.parse(session.start)),
    )
    expect(events.filter((event) => event.startDate.isDate).map((event) => event.startDate.toString())).toEqual(program.checkIns.map((checkIn) => checkIn.date))
  })
})

describe('programToIcs: event ids across exports', () => {
  const layouts = fc.tuple(programInputArbitrary, sessionTimesArbitrary)

  test.prop([layouts], { numRuns: 40 })('keep each id when the session times change, and move its event to the new time', ([input, otherTimes]) => {
    const before = build(input.options, input.start, input.plan as typeof FOUR)
    const after = build({ ...input.options, sessionTimes: otherTimes }, input.start, input.plan as typeof FOUR)
    // A zone can skip a whole date; the ids can only match where both layouts hold the same dates.
    fc.pre(JSON.stringify(before.sessions.map((session) => session.date)) === JSON.stringify(after.sessions.map((session) => session.date)))
    const beforeText = ics({ program: before, options: { idPrefix: 'ana' } })
    const afterText = ics({ program: after, options: { idPrefix: 'ana' } })
    expect(icsUids(afterText)).toEqual(icsUids(beforeText))
    const starts = new Map(icsEvents(afterText).map((event) => [event.uid, event.startDate.toJSDate().getTime()]))
    expect(icsEvents(beforeText).filter((event) => !event.startDate.isDate).map((event) => starts.get(event.uid))).toEqual(
      after.sessions.map((session) => Date.parse(session.start)),
    )
  })

  const prefix = fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/)
  test.prop([programInputArbitrary, prefix, prefix], { numRuns: 30 })('never share an id between two prefixes, nor within one file', (input, first, second) => {
    fc.pre(first !== second)
    const program = build(input.options, input.start, input.plan as typeof FOUR)
    const ids = icsUids(ics({ program, options: { idPrefix: first } }))
    expect(new Set(ids).size).toBe(program.sessions.length + program.checkIns.length)
    expect(icsUids(ics({ program, options: { idPrefix: second } })).filter((id) => ids.includes(id))).toEqual([])
  })

  const shortened = fc.record({ input: programInputArbitrary, cut: fc.integer({ min: 1, max: 3 }) }).filter(({ input, cut }) => cut < (input.options?.weeks ?? 0))
  test.prop([shortened], { numRuns: 30 })('cancel exactly the events of a previous program that the new one dropped, at a higher sequence', ({ input, cut }) => {
    const longer = build(input.options, input.start, input.plan as typeof FOUR)
    const shorter = build({ ...input.options, weeks: input.options!.weeks! - cut }, input.start, input.plan as typeof FOUR)
    const options = { idPrefix: 'ana', stamp: '2026-01-01T09:00:00Z' }
    const first = ics({ program: longer, options })
    const second = ics({ program: shorter, options: { ...options, stamp: '2026-01-08T09:00:00Z', previous: longer } })
    const kept = new Set(icsUids(ics({ program: shorter, options })))
    const removed = icsUids(first).filter((id) => !kept.has(id))
    expect(removed.length).toBeGreaterThan(0)
    const events = icsEvents(second)
    const status = (event: ICAL.Event) => event.component.getFirstPropertyValue('status')
    expect(events.filter((event) => status(event) === 'CANCELLED').map((event) => event.uid)).toEqual(removed)
    expect(events.filter((event) => status(event) === null).map((event) => event.uid)).toEqual([...kept])
    expect(Math.min(...events.map((event) => event.sequence))).toBeGreaterThan(Math.max(...icsEvents(first).map((event) => event.sequence)))
  })
})
