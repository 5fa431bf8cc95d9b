import fc from 'fast-check'
import { MessageFormat } from 'messageformat'
import { describe, expect, it } from 'vitest'
import { TextCatalogSchema } from '../../src/index.js'
import { de, en } from '../../src/locales.js'
import { patternValues, readSimplePattern, writeSimplePattern } from '../../src/wording/simplePattern.js'

const VALUES = { sets: '2', reps: '8', label: 'Reha', week: '3' }

/** What MessageFormat 2 itself writes for a pattern, with no isolation marks, as the reasons are written. */
const byTheLibrary = (pattern: string, values: Readonly<Record<string, string>> = VALUES) => new MessageFormat('en', pattern, { bidiIsolation: 'none' }).format(values)

/** Every text of a tree of words. */
const textsOf = (words: unknown): string[] => (typeof words === 'string' ? [words] : Object.values(words as object).flatMap(textsOf))

describe('simple patterns', () => {
  it('writes every shipped text as MessageFormat 2 writes it', () => {
    for (const catalog of [en, de]) {
      for (const text of textsOf({ doses: catalog.doses, program: catalog.program, movements: catalog.movements })) {
        const values = Object.fromEntries(patternValues(readSimplePattern(text)!).map((name) => [name, `<${name}>`]))
        expect(writeSimplePattern(text, values)).toBe(byTheLibrary(text, values))
      }
    }
  })

  it('writes any text with placeholders and escapes as MessageFormat 2 writes it', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ab x.,:;()|-\u00e4'), minLength: 1, maxLength: 6 }),
      fc.constantFrom('\\{', '\\}', '\\|', '\\\\', '{$sets}', '{ $reps }', '{$label}'),
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const pattern = pieces.join('')
        fc.pre(!/^\s*\./.test(pattern))
        expect(readSimplePattern(pattern)).toBeDefined()
        expect(writeSimplePattern(pattern, VALUES)).toBe(byTheLibrary(pattern))
      }),
    )
  })

  it('refuses what is not a simple message: a complex one, a lone brace, an unknown escape, a placeholder that is not a bare value', () => {
    for (const pattern of ['.input {$x :string} {{x}}', ' .match', 'a { b', 'a } b', 'a \\n b', '{$}', '{ 1 }', '{$x :number}', '{|x|}']) {
      expect(readSimplePattern(pattern)).toBeUndefined()
    }
  })
})

describe('TextCatalogSchema', () => {
  it('takes the shipped catalogs', () => {
    expect(TextCatalogSchema.safeParse(en).success).toBe(true)
    expect(TextCatalogSchema.safeParse(de).success).toBe(true)
  })

  it('names the text that writes a value it is not given, or holds markup, with its path', () => {
    const unknown = TextCatalogSchema.safeParse({ ...de, program: { ...de.program, week: 'Woche {$woche}' } })
    expect(unknown.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['program', 'week'], expect.stringContaining('{$woche}')]])
    for (const markup of ['<b>Brücke</b>', 'Brücke\nneu', '[Brücke](x)', 'a | b', '*Brücke*']) {
      const refused = TextCatalogSchema.safeParse({ ...de, movements: { ...de.movements, 'hip-bridge': { ...de.movements['hip-bridge'], name: markup } } })
      expect(refused.error?.issues.map((issue) => issue.path)).toEqual([['movements', 'hip-bridge', 'name']])
    }
  })

  it('names a built-in movement or variant the catalog leaves out', () => {
    const { deadbug: _left, ...movements } = de.movements
    expect(TextCatalogSchema.safeParse({ ...de, movements }).error?.issues.map((issue) => issue.path)).toEqual([['movements', 'deadbug']])
    const { overhead: _gone, ...variants } = de.movements['kettlebell-walk'].variants
    const walk = { ...de.movements['kettlebell-walk'], variants }
    expect(TextCatalogSchema.safeParse({ ...de, movements: { ...de.movements, 'kettlebell-walk': walk } }).error?.issues.map((issue) => issue.path)).toEqual([
      ['movements', 'kettlebell-walk', 'variants', 'overhead'],
    ])
  })
})
