// A person's plan, program and calendar from one episode, written in German and in a pseudo-language made
// from English: every person-facing text comes from the catalog, and the pseudo-language leaves no English.
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { programToIcs } from '../../src/ics.js'
import { decideDay, describeDose, episodeProgram, programToMarkdown, type Program } from '../../src/index.js'
import { de, en, localize, type MessageCatalog } from '../../src/locales.js'
import { icsEvents } from '../support/programHelpers.js'
import { pseudoCatalog } from './pseudo.js'

const episode: unknown = JSON.parse(readFileSync(new URL('../../examples/episode.json', import.meta.url), 'utf8'))
const TODAY = '2026-11-10'
const pseudo = pseudoCatalog(en)

const program = (() => {
  const result = episodeProgram({ episode: episode as never, today: TODAY, weeks: 2 })
  if (result._tag !== 'Right') throw new Error(JSON.stringify(result.left))
  return result.right as Program
})()

const markdownIn = (catalog?: MessageCatalog) => {
  const result = programToMarkdown({ program, options: catalog === undefined ? undefined : { locale: catalog } })
  if (result._tag !== 'Right') throw new Error(JSON.stringify(result.left))
  return result.right
}

const calendarIn = (catalog?: MessageCatalog) => {
  const result = programToIcs({ program, options: { idPrefix: 'client-7', ...(catalog === undefined ? {} : { locale: catalog }) } })
  if (result._tag !== 'Right') throw new Error(JSON.stringify(result.left))
  return result.right
}

/** The words of a text left once the values it writes (dates, times, the time zone, numbers, ids) are taken out. */
const englishLeft = (text: string): string[] =>
  text
    .replace(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|UTC|client-7/g, '')
    .match(/[A-Za-z]{3,}/g) ?? []

describe('a German plan, program and calendar, end to end', () => {
  it("writes the day's plan in German: every reason's message and the advice of a referral", () => {
    const plan = decideDay({ episode: episode as never, today: TODAY })
    const german = localize({ value: plan, catalog: de })
    if (german._tag !== 'Right' || plan._tag !== 'Right' || german.right._tag !== 'Right') throw new Error('expected a plan')
    const [before, after] = [plan.right, german.right.right].map((day) => day.items.flatMap((item) => item.reasons.map((reason) => reason.message)))
    expect(after).toHaveLength(before!.length)
    after!.forEach((message, index) => expect(message).not.toBe(before![index]))
  })

  it('writes the program as Markdown in German: headings, columns, labels, names, doses and the disclaimer', () => {
    const markdown = markdownIn(de)
    expect(markdown).toContain(`# Reha-Programm: ${program.start} bis ${program.end} (${program.timeZone})`)
    expect(markdown).toContain(`> ${de.program.disclaimer}`)
    expect(markdown).toContain(`## Woche 1: ${program.start} bis`)
    expect(markdown).toContain('| Datum | Uhrzeit | Einheit | Bewegungen |')
    const first = program.sessions[0]!
    const item = first.items[0]!
    const dose = describeDose({ dose: item.dose, options: { locale: de } })
    expect(dose._tag).toBe('Right')
    expect(markdown).toContain(`${de.movements[item.movement as keyof typeof de.movements].name} ${dose._tag === 'Right' ? dose.right : ''}`)
    expect(markdown).toContain('Reha am Morgen')
    expect(markdown).not.toContain('Morning rehab')
    expect(markdown).not.toContain('Week ')
  })

  it('writes the calendar in German, as a calendar app reads it back', () => {
    const events = icsEvents(calendarIn(de))
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) {
      expect(event.description).toContain(de.program.disclaimer)
      expect(event.summary).not.toMatch(/rehab|check-in|planned/i)
    }
    expect(new ICAL.Component(ICAL.parse(calendarIn(de))).getFirstPropertyValue('x-wr-calname')).toBe(de.program.calendarName)
  })

  it('with the English catalog, writes the program and the calendar exactly as without a locale', () => {
    expect(markdownIn(en)).toBe(markdownIn())
    expect(calendarIn(en)).toBe(calendarIn())
  })

  it('in the pseudo-language, leaves no English word in the program or the calendar but the weekdays, which Intl writes for its tag', () => {
    const weekday = new Intl.DateTimeFormat(pseudo.locale, { weekday: 'short', timeZone: 'UTC' })
    const weekdays = program.sessions.map((session) => weekday.format(new Date(`${session.date}T12:00:00Z`)))
    expect(englishLeft(markdownIn(pseudo))).toEqual(weekdays)
    const events = icsEvents(calendarIn(pseudo))
    for (const event of events) expect(englishLeft(`${event.summary}\n${event.description}`)).toEqual([])
  })
})
