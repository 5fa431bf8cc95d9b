import { test } from '@fast-check/vitest'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, programToMarkdown, type Program, type ProgramToMarkdownInput } from '../../src/index.js'
import { formatDose } from '../../src/shared/formatDose.js'
import { awkwardText, wellFormed } from '../arbitraries/text.js'
import { HOSTILE_MARKDOWN as HOSTILE } from '../support/hostileMarkdown.js'
import { SAMPLE_PROGRAM } from '../support/programSample.js'

// The most a renderer could do with the text: raw HTML allowed, and bare URLs, e-mail addresses and (beyond
// GFM, which needs `www.`) bare domain names such as evil.com linked.
const renderer = new MarkdownIt({ html: true, linkify: true })
renderer.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true })

const markdown = (input: ProgramToMarkdownInput): string => {
  const result = programToMarkdown(input)
  if (result._tag !== 'Right') throw new Error(`expected Markdown, got ${JSON.stringify(result.left)}`)
  return result.right
}

/** The text of an HTML fragment that holds no tag, its entities read back. */
const textOf = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')
/** Each cell of each body row, as rendered HTML. */
const rowsOf = (html: string) => [...html.matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!))
/** Text on one line: each control character and line separator a space. */
const flat = (text: string) => wellFormed(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))
/** How a renderer shows a cell or a heading of that text: its ends trimmed. */
const shown = (text: string) => flat(text).trim()

/** SAMPLE_PROGRAM with `label` on every session, `zone` as its time zone, and a catalog naming every movement `name`. */
const hostile = (label: string, name: string, zone = SAMPLE_PROGRAM.timeZone): ProgramToMarkdownInput => ({
  program: { ...SAMPLE_PROGRAM, timeZone: zone, sessions: SAMPLE_PROGRAM.sessions.map((session) => ({ ...session, label })) } satisfies Program,
  options: { catalog: BUILT_IN_CATALOG.map((movement) => ({ ...movement, name, variants: movement.variants.map((variant) => ({ ...variant, name })) })) },
})

const plain = rowsOf(renderer.render(markdown({ program: SAMPLE_PROGRAM })))


describe('programToMarkdown: text from the input, rendered', () => {
  it.each(HOSTILE)('renders %j as that text, with no tag, link or extra cell', (text) => {
    const html = renderer.render(markdown(hostile(text, text, text.slice(0, 64))))
    expect(html).not.toMatch(/<script|<img|<a[\s>]|href|<div|<!--|<code|<strong|<em>|<s>/i)
    const rows = rowsOf(html)
    expect(rows.map((row) => row.length)).toEqual(plain.map((row) => row.length))
    const labels = rows.filter((row) => row.length === 4 && row[0] !== 'Date')
    expect(labels.map((row) => textOf(row[2]!))).toEqual(Array(4).fill(shown(text)))
    expect(html).toContain(`<h1>Rehab program: 2026-11-02 to 2026-11-15 (${renderer.utils.escapeHtml(shown(text.slice(0, 64)))})</h1>`)
  })

  const labels = awkwardText(25).filter((text) => text.trim().length > 0)
  test.prop([labels, labels, labels], { numRuns: 150 })('renders any label, name and zone as the same text, on one line, in the same rows and cells', (label, name, zone) => {
    const html = renderer.render(markdown(hostile(label, name, zone)))
    const rows = rowsOf(html)
    expect(rows.map((row) => row.length)).toEqual(plain.map((row) => row.length))
    // No cell holds a tag: everything in it is text.
    expect(rows.flat().every((cell) => !cell.includes('<'))).toBe(true)
    const sessions = rows.filter((row) => row.length === 4 && row[0] !== 'Date')
    expect(sessions.map((row) => textOf(row[2]!))).toEqual(SAMPLE_PROGRAM.sessions.map(() => shown(label)))
    const cleanName = flat(name)
    const movements = SAMPLE_PROGRAM.sessions.map((session) =>
      session.items
        .map((item) => {
          // A movement the catalog lacks (the handstand) keeps its id; a variant is named after a colon.
          const known = BUILT_IN_CATALOG.some((movement) => movement.id === item.movement)
          const named = known ? cleanName : item.movement
          return `${item.variant === undefined ? named : `${named}: ${cleanName}`} ${formatDose(item.dose)}`
        })
        .join('; '),
    )
    expect(sessions.map((row) => textOf(row[3]!))).toEqual(movements.map((text) => text.trim()))
    // A link is a tag: the random text may spell "href" itself, which renders as text, never inside a tag.
    expect(html).not.toMatch(/<a[\s>]|<[^>]*\shref=|<script|<img/i)
  })
})
