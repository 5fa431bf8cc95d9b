import { test } from '@fast-check/vitest'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { markdownText } from '../../src/cli/markdownText.js'
import { renderBlocks } from '../../src/cli/render.js'
import { awkwardText, wellFormed } from '../arbitraries/text.js'
import { HOSTILE_MARKDOWN } from '../support/hostileMarkdown.js'
import { voiceOf } from '../../src/cli/voice.js'

const english = voiceOf('en')

// A renderer that allows raw HTML and links what GFM links: bare http(s) addresses, www. and e-mail addresses.
const renderer = new MarkdownIt({ html: true, linkify: true })
renderer.linkify.set({ fuzzyLink: false, fuzzyEmail: true })

/** The text of an HTML fragment that holds no tag, its entities read back. */
const textOf = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')
/** The rendered cells of each row. */
const rowsOf = (html: string) => [...html.matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!))
/** How a renderer shows the text of a cell or a line: on one line, its ends trimmed. */
const shown = (text: string) => wellFormed(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')).trim()

/** A document of the command line's with `text` as a heading, in a bullet, and in a table's cell. */
const documentWith = (text: string) =>
  renderBlocks(
    [
      { heading: text, lines: [`- ${text}`] },
      { headers: ['Movement', 'Dose'], rows: [[text, '1 x 5']] },
    ],
    'md',
    english,
  )

describe("the command line's Markdown: text from the input, rendered", () => {
  it.each(HOSTILE_MARKDOWN)('renders %j as that text, with no tag, link, code, emphasis or extra cell', (text) => {
    const html = renderer.render(documentWith(text))
    expect(html).not.toMatch(/<script|<img|<a[\s>]|href|<div|<!--|<code|<strong|<em>|<s>|<h1/i)
    expect(rowsOf(html).map((row) => row.map(textOf))).toEqual([
      ['Movement', 'Dose'],
      [shown(text), '1 x 5'],
    ])
    expect(html).toContain(`<h2>${renderer.utils.escapeHtml(shown(text))}</h2>`)
    expect(html).toContain(`<li>${renderer.utils.escapeHtml(shown(text))}</li>`)
  })

  test.prop([awkwardText(40).filter((text) => text.trim().length > 0)], { numRuns: 200 })('renders any text as the same text, in the same rows and cells', (text) => {
    const html = renderer.render(documentWith(text))
    const rows = rowsOf(html)
    expect(rows.flat().every((cell) => !cell.includes('<'))).toBe(true)
    expect(rows.map((row) => row.map(textOf))).toEqual([
      ['Movement', 'Dose'],
      [shown(text), '1 x 5'],
    ])
  })

  it("leaves the engine's sentences readable: no escape in a dose, a date, a time or a ratio", () => {
    const sentence = 'hip-bridge is at 1 x 5, rung 1 of 11; done on 2026-11-02 at 08:00 (3/10).'
    expect(markdownText(sentence)).toBe(sentence)
    expect(markdownText('Dr <b>Ruiz</b> & co')).toBe('Dr &lt;b&gt;Ruiz&lt;/b&gt; &amp; co')
    expect(markdownText('see https://x.example or www.x.example, me@x.example')).toBe('see https:\\//x.example or www\\.x.example, me\\@x.example')
  })
})
