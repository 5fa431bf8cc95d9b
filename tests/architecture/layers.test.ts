import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The layers of src/, lowest first. A file may import from its own area and
 * from any area below it, never from one above: the core reads one way, from
 * the domain-free helpers up to the public index, and the CLI sits on top of
 * the public entries (src/index.ts, and src/ics.ts for rehab-engine/ics) like
 * any other user of the package. The catalogs of other languages
 * (messages) sit above every area whose reasons they write, below the
 * entry that ships them (src/locales.ts for rehab-engine/locales).
 */
const LAYERS = ['_lib', 'shared', 'catalog', 'wording', 'screening', 'selection', 'ceiling', 'progression', 'program', 'episode', 'messages', 'index', 'ics', 'locales', 'cli'] as const

const SOURCE = join(import.meta.dirname, '../../src')

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  )

/** The area of a file: its first folder under src/, or `index` for src/index.ts. */
const areaOf = (file: string): string => {
  const path = relative(SOURCE, file)
  return path.includes('/') ? path.split('/')[0]! : path.replace(/\.ts$/, '')
}

interface Edge {
  readonly from: string
  readonly to: string
}

/** Every relative import of every file, static or type-only, as a pair of files. */
const edges: Edge[] = sourceFiles(SOURCE).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)].map((match) => ({
    from: file,
    to: resolve(dirname(file), `${match[1]!}.ts`),
  })),
)

const rank = (area: string): number => LAYERS.indexOf(area as (typeof LAYERS)[number])
const show = (edge: Edge) => `${relative(SOURCE, edge.from)} -> ${relative(SOURCE, edge.to)}`

describe('the layers of src', () => {
  it('name every folder of src', () => {
    expect(sourceFiles(SOURCE).map(areaOf).filter((area) => rank(area) === -1)).toEqual([])
  })

  it('import only downward or within an area', () => {
    expect(edges.filter((edge) => rank(areaOf(edge.to)) > rank(areaOf(edge.from))).map(show)).toEqual([])
  })

  it('keep _lib free of every area', () => {
    expect(edges.filter((edge) => areaOf(edge.from) === '_lib' && areaOf(edge.to) !== '_lib').map(show)).toEqual([])
  })

  it('let the CLI reach the engine through the public entries only', () => {
    const allowed = (edge: Edge) => areaOf(edge.to) === 'cli' || ['index.ts', 'ics.ts', 'locales.ts'].includes(relative(SOURCE, edge.to))
    expect(edges.filter((edge) => areaOf(edge.from) === 'cli' && !allowed(edge)).map(show)).toEqual([])
  })

  it('keep the calendar writer out of the main entry, so an app that writes no calendar never loads it', () => {
    const reached = new Set([join(SOURCE, 'index.ts')])
    for (const file of reached) for (const edge of edges) if (edge.from === file) reached.add(edge.to)
    const calendar = [...reached].map((file) => relative(SOURCE, file)).filter((path) => path.startsWith('program/ics/') || path === 'program/programToIcs.ts')
    expect(calendar).toEqual([])
    // The walk does reach the program area, so the check above is not empty by accident.
    expect(reached.has(join(SOURCE, 'program/programToMarkdown.ts'))).toBe(true)
  })

  it('keep the catalogs and MessageFormat out of the main entry, so an app that speaks only English never loads them', () => {
    const reached = new Set([join(SOURCE, 'index.ts')])
    for (const file of reached) for (const edge of edges) if (edge.from === file) reached.add(edge.to)
    expect([...reached].map((file) => relative(SOURCE, file)).filter((path) => path.startsWith('messages/') || path === 'locales.ts')).toEqual([])
    expect([...reached].filter((file) => readFileSync(file, 'utf8').includes("from 'messageformat'")).map((file) => relative(SOURCE, file))).toEqual([])
  })

  it("import date-fns one function at a time: its index loads every one of its modules, about as long as zod takes to load (and @date-fns/tz's loads parts the engine never calls)", () => {
    const packageImports = sourceFiles(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s*'((?:@date-fns\/tz|date-fns)[^']*)'/g)].map((match) => `${relative(SOURCE, file)}: ${match[1]!}`),
    )
    expect(packageImports.filter((entry) => entry.endsWith(': date-fns') || entry.endsWith(': @date-fns/tz'))).toEqual([])
    // The check reads real imports: the engine does use date-fns.
    expect(packageImports.some((entry) => entry.includes(': date-fns/'))).toBe(true)
  })

  it('take only types from fp-ts: loading its Either at run time took longer than importing the engine itself', () => {
    const fpTs = sourceFiles(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(import|export)(\s+type)?\b(?:(?!^(?:import|export)\b)[\s\S])*?from\s*'fp-ts[^']*'/gm)].map((match) => ({ file: relative(SOURCE, file), typeOnly: match[2] !== undefined })),
    )
    expect(fpTs.filter((entry) => !entry.typeOnly).map((entry) => entry.file)).toEqual([])
    // The check reads real imports: the results are fp-ts Eithers.
    expect(fpTs.some((entry) => entry.file === '_lib/either.ts')).toBe(true)
  })

  it('form no import cycle', () => {
    const next = new Map<string, string[]>()
    for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to])
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((entry) => relative(SOURCE, entry)).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const target of next.get(file) ?? []) visit(target, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of next.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })
})
