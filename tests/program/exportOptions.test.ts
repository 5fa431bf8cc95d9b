import { describe, expect, it } from 'vitest'
import { IcsOptionsSchema } from '../../src/ics.js'
import { BUILT_IN_CATALOG, MarkdownOptionsSchema, PROGRAM_WORDS_EN, parseCatalog } from '../../src/index.js'
import { de } from '../../src/locales.js'
import { parseExport } from '../../src/program/exportOptions.js'
import { build } from '../support/programHelpers.js'

const program = build({ weeks: 1 })
// Options that may be left out, as the Markdown export takes them.
const OPTIONAL = MarkdownOptionsSchema.optional()
const issues = (input: unknown, schema: typeof OPTIONAL | typeof IcsOptionsSchema = IcsOptionsSchema) => {
  const result = parseExport(input, schema)
  return result._tag === 'Left' ? result.left.issues : []
}

describe('parseExport', () => {
  it('gives back the program, the options and the built-in catalog when none is asked for', () => {
    const english = expect.objectContaining({ words: PROGRAM_WORDS_EN })
    expect(parseExport({ program }, OPTIONAL)).toEqual({ _tag: 'Right', right: { program, options: undefined, catalog: BUILT_IN_CATALOG, wording: english } })
    expect(parseExport({ program, options: { idPrefix: 'client-7' } }, IcsOptionsSchema)).toEqual({
      _tag: 'Right',
      right: { program, options: { idPrefix: 'client-7' }, catalog: BUILT_IN_CATALOG, wording: english },
    })
  })

  it("takes the words of a locale, and names a locale that is not a catalog of words or a language the JavaScript engine knows", () => {
    const german = parseExport({ program, options: { locale: de } }, OPTIONAL)
    expect(german._tag === 'Right' && german.right.wording.words).toEqual(de.program)
    expect(issues({ program, options: { locale: { ...de, program: undefined } } }, OPTIONAL).map((issue) => issue.path)).toEqual([['options', 'locale', 'program']])
    expect(issues({ program, options: { locale: 'de' } }, OPTIONAL).map((issue) => [issue.path, issue.code])).toEqual([[['options', 'locale'], 'invalid_type']])
    expect(issues({ program, options: { locale: { ...de, locale: 'de-12' } } }, OPTIONAL).map((issue) => issue.path)).toEqual([['options', 'locale', 'locale']])
  })

  it('resolves an app catalog, checked or already parsed', () => {
    const own = BUILT_IN_CATALOG.map((movement) => (movement.id === 'hip-bridge' ? { ...movement, name: 'Glute bridge' } : movement))
    const checked = parseExport({ program, options: { catalog: own } }, OPTIONAL)
    expect(checked._tag === 'Right' && checked.right.catalog.find((movement) => movement.id === 'hip-bridge')?.name).toBe('Glute bridge')
    const parsed = parseCatalog(own)
    if (parsed._tag !== 'Right') throw new Error('expected a catalog')
    const trusted = parseExport({ program, options: { catalog: parsed.right } }, OPTIONAL)
    expect(trusted._tag === 'Right' && trusted.right.catalog).toBe(parsed.right)
  })

  it('refuses an input that is not an object, a missing program and an unknown field, at their paths', () => {
    expect(issues([program])).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
    expect(issues(undefined)).toEqual([{ code: 'required', path: [], message: 'is required' }])
    expect(issues({}, OPTIONAL)).toEqual([{ code: 'required', path: ['program'], message: 'is required' }])
    expect(issues({ program, format: 'ics' }, OPTIONAL)).toEqual([{ code: 'unknown_key', path: ['format'], message: 'is not a known field' }])
  })

  it('asks for the options when the export needs them, and only then', () => {
    expect(issues({ program })).toEqual([{ code: 'required', path: ['options'], message: 'is required' }])
    expect(issues({ program }, OPTIONAL)).toEqual([])
  })

  it('lists the problems of the program and of the options together, the program first, each under its field', () => {
    expect(issues({ program: { ...program, timeZone: '' }, options: { idPrefix: 'two words', colour: 'red' } })).toEqual([
      { code: 'too_small', path: ['program', 'timeZone'], message: 'must not be empty' },
      { code: 'invalid_format', path: ['options', 'idPrefix'], message: 'must be 1-64 letters, digits, dots, dashes or underscores' },
      { code: 'unknown_key', path: ['options', 'colour'], message: 'is not a known field' },
    ])
  })

  it('names an unknown field together with the problems of the program, after them', () => {
    expect(issues({ format: 'ics', options: { idPrefix: 'x y' } })).toEqual([
      { code: 'required', path: ['program'], message: 'is required' },
      { code: 'invalid_format', path: ['options', 'idPrefix'], message: 'must be 1-64 letters, digits, dots, dashes or underscores' },
      { code: 'unknown_key', path: ['format'], message: 'is not a known field' },
    ])
  })

  it('checks the catalog once the program and options are well formed, under options.catalog', () => {
    expect(issues({ program, options: { catalog: [{ ...BUILT_IN_CATALOG[0]!, name: '' }] } }, OPTIONAL)).toEqual([
      { code: 'too_small', path: ['options', 'catalog', 0, 'name'], message: 'must not be empty' },
    ])
  })
})
