import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SOURCE = join(import.meta.dirname, '../../src')

/*
 * Files that are data tables rather than logic: the catalog, the ladders, the
 * red-flag questions, the rule ids, and the public export list. Their length
 * is the length of the data.
 */
const DATA_FILES = new Set(['catalog/movements.ts', 'catalog/builtInLadders.ts', 'screening/redFlags.ts', 'shared/rules.ts', 'index.ts'])
const MAX_FILE_LINES = 200
const MAX_FUNCTION_LINES = 60

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  )

const files = sourceFiles(SOURCE).map((file) => ({ path: relative(SOURCE, file), text: readFileSync(file, 'utf8') }))

/** Every function of a file with its first line and its length in lines. */
const functionsOf = (path: string, text: string): { name: string; lines: number }[] => {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true)
  const found: { name: string; lines: number }[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      found.push({ name: `${path}:${start + 1}`, lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the size of src', () => {
  it(`keeps every file under ${MAX_FILE_LINES} lines, data tables aside`, () => {
    const long = files.filter((file) => !DATA_FILES.has(file.path) && file.text.split('\n').length > MAX_FILE_LINES)
    expect(long.map((file) => `${file.path} (${file.text.split('\n').length} lines)`)).toEqual([])
  })

  it(`keeps every function under ${MAX_FUNCTION_LINES} lines, data tables aside`, () => {
    const long = files
      .filter((file) => !DATA_FILES.has(file.path))
      .flatMap((file) => functionsOf(file.path, file.text))
      .filter((entry) => entry.lines > MAX_FUNCTION_LINES)
    expect(long.map((entry) => `${entry.name} (${entry.lines} lines)`)).toEqual([])
  })

  it('measures functions, so that a long one would be caught', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES + 1 }, (_, index) => `  const a${index} = ${index}`).join('\n')
    expect(functionsOf('probe.ts', `const long = () => {\n${body}\n}\n`)[0]?.lines).toBe(MAX_FUNCTION_LINES + 3)
  })
})
