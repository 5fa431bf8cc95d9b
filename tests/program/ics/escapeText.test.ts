import { fc, test } from '@fast-check/vitest'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText } from '../../../src/program/ics/escapeText.js'
import { awkwardText, wellFormed } from '../../arbitraries/text.js'

/** What a reader of the TEXT value gets back: RFC 5545's four escapes undone, read left to right. */
const unescape = (value: string): string => value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped.toLowerCase() === 'n' ? '\n' : escaped))

/** The summary of a one-event calendar holding `value`, as ical.js reads it. */
const parsedSummary = (value: string): unknown => {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260101T000000Z', `SUMMARY:${value}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')
  return new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')
}

/** A line as escapeText promises to keep it: every control character and line separator a space, every lone surrogate U+FFFD. */
const flattened = (line: string) => wellFormed(line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))

describe('escapeText', () => {
  it('writes a backslash, a semicolon and a comma with a backslash before each, and joins lines with \\n', () => {
    expect(escapeText(['Squat; slow, then \\ hold', 'next'])).toBe('Squat\\; slow\\, then \\\\ hold\\nnext')
  })

  it('turns a line break inside a line into a space, so only the lines given are lines', () => {
    expect(escapeText(['Morning\r\nEND:VEVENT'])).toBe('Morning  END:VEVENT')
    expect(escapeText(['a\u2028b\u0085c'])).toBe('a b c')
  })

  test.prop([fc.array(awkwardText(), { maxLength: 4 })])('gives back the lines, flattened, once a reader undoes its escapes', (lines) => {
    expect(unescape(escapeText(lines))).toBe(lines.map(flattened).join('\n'))
  })

  test.prop([fc.array(awkwardText(), { maxLength: 4 })])('leaves no control character, no bare semicolon or comma, and no lone surrogate', (lines) => {
    const value = escapeText(lines)
    expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    // Read pairwise from the left: every ; and , belongs to a backslash pair.
    expect(value.replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,]/)
    expect(wellFormed(value)).toBe(value)
  })

  test.prop([awkwardText()])('reads back in ical.js as the line it was given, flattened', (line) => {
    expect(parsedSummary(escapeText([line]))).toBe(flattened(line))
  })
})
