import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../src/program/escapeMarkdown.js'

describe('escapeMarkdown', () => {
  it('writes &, < and > as entities, so no tag of the input reaches HTML', () => {
    expect(escapeMarkdown('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;')
  })

  it('puts a backslash before the punctuation that builds links, code, emphasis and cells', () => {
    expect(escapeMarkdown('[x](y) `z` *a* _b_ ~c~ |')).toBe('\\[x\\](y) \\`z\\` \\*a\\* \\_b\\_ \\~c\\~ \\|')
  })

  it('breaks up what GFM would link on its own: a scheme, www., an e-mail address, and //', () => {
    expect(escapeMarkdown('https://x.com www.y.org a@b.io //c')).toBe('https\\:\\//x\\.com www\\.y\\.org a\\@b\\.io \\//c')
  })

  it('leaves the hyphen, comma, apostrophe, parentheses and a lone slash as they are', () => {
    expect(escapeMarkdown("Farmer's carry (left), warm-up, Europe/Berlin")).toBe("Farmer's carry (left), warm-up, Europe/Berlin")
  })

  it('puts every line break and control character on the one line as a space', () => {
    expect(escapeMarkdown('a\r\nb\u2028c\u0085d\te')).toBe('a  b c d e')
  })
})
