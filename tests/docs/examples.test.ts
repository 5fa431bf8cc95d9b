import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as engine from '../../src/index.js'

const SOURCE = join(import.meta.dirname, '../../src')

interface Example {
  readonly where: string
  readonly code: string
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  )

/** Every `@example` block of every doc comment under src/, with the comment markers stripped. */
const examples: Example[] = sourceFiles(SOURCE).flatMap((file) => {
  const lines = readFileSync(file, 'utf8').split('\n')
  const found: Example[] = []
  lines.forEach((line, index) => {
    if (line.trim() !== '* @example') return
    const body: string[] = []
    for (const next of lines.slice(index + 1)) {
      const text = next.replace(/^\s*\*( |$)/, '')
      if (next.trim().startsWith('*/') || /^\s*\*\s*@\w+/.test(next)) break
      body.push(text)
    }
    found.push({ where: `${relative(SOURCE, file)}:${index + 1}`, code: body.join('\n') })
  })
  return found
})

const markdownFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
  )

/** Every TypeScript block of the README and the guides in docs/, subfolders included. */
const guideBlocks: Example[] = [join(SOURCE, '../README.md'), ...markdownFiles(join(SOURCE, '../docs'))]
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
      where: `${relative(join(SOURCE, '..'), file)} block ${index + 1}`,
      code: match[1]!,
    })),
  )

/** Replaces the package import with the engine under test, and TypeScript with JavaScript. */
const runnable = (code: string): string => {
  const withoutImports = code.replace(/import assert from 'node:assert\/strict'\n/, '').replace(
    /import\s*(type\s*)?\{([^}]*)\}\s*from\s*'rehab-engine'/g,
    (_, typeOnly: string | undefined, names: string) =>
      typeOnly === undefined
        ? `const {${names
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '' && !name.startsWith('type '))
            .join(', ')}} = engine`
        : '',
  )
  return transformSync(withoutImports, { loader: 'ts', format: 'cjs' }).code
}

describe('doc comment examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThanOrEqual(18)
  })

  it.each(examples.map((example) => [example.where, example.code] as const))('%s runs', (_, code) => {
    expect(code).toMatch(/assert/)
    new Function('engine', 'assert', runnable(code))(engine, assert)
  })

  it.each(guideBlocks.map((block) => [block.where, block.code] as const))('%s runs', (_, code) => {
    const quiet = { log: () => undefined }
    new Function('engine', 'assert', 'console', runnable(code))(engine, assert, quiet)
  })

  it('cover every exported function', () => {
    const documented = examples.map((example) => example.code).join('\n')
    const functions = Object.entries(engine)
      .filter(([, value]) => typeof value === 'function' && !('safeParse' in value))
      .map(([name]) => name)
    expect(functions.filter((name) => !new RegExp(`\\b${name}\\(`).test(documented))).toEqual([])
  })
})
