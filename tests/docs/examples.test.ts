import assert from 'node:assert/strict'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { asModule, findExamples } from '../../scripts/extract-examples.mjs'
import * as calendar from '../../src/ics.js'
import * as main from '../../src/index.js'
import * as locales from '../../src/locales.js'

interface Example {
  readonly where: string
  readonly code: string
  readonly kind: 'doc comment' | 'guide'
}

const examples: readonly Example[] = findExamples()
const docComments = examples.filter((example) => example.kind === 'doc comment')

/** Every runtime export of the public entries, rehab-engine, rehab-engine/ics and rehab-engine/locales. */
const engine: Readonly<Record<string, unknown>> = { ...main, ...calendar, ...locales }

/** The modules an example may import: the engine's entries under test and node's assert. */
const modules: Readonly<Record<string, unknown>> = { 'rehab-engine': main, 'rehab-engine/ics': calendar, 'rehab-engine/locales': locales, 'node:assert/strict': assert }

/** Runs an example as a CommonJS module whose imports resolve to `modules`; guides' console output is dropped. */
const run = (code: string): void => {
  const compiled = transformSync(asModule(code), { loader: 'ts', format: 'cjs' }).code
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`an example imports ${name}, which examples may not use`)
    return modules[name]
  }
  new Function('require', 'exports', 'module', 'console', compiled)(require, {}, { exports: {} }, { log: () => undefined })
}

describe('the examples in doc comments, the README and the guides', () => {
  it('are found: every public function has at least one', () => {
    const documented = docComments.map((example) => example.code).join('\n')
    const functions = Object.entries(engine)
      .filter(([, value]) => typeof value === 'function' && !('safeParse' in value))
      .map(([name]) => name)
    expect(functions.length).toBeGreaterThan(10)
    expect(functions.filter((name) => !new RegExp(`\\b${name}\\(`).test(documented))).toEqual([])
  })

  it('name every runtime export of the package in some doc comment example', () => {
    const documented = docComments.map((example) => example.code).join('\n')
    expect(Object.keys(engine).filter((name) => !new RegExp(`\\b${name}\\b`).test(documented))).toEqual([])
  })

  it('check what they show: every doc comment example asserts', () => {
    expect(docComments.filter((example) => !/\bassert\b/.test(example.code)).map((example) => example.where)).toEqual([])
  })

  it('need no cast and no any: the types carry them as written', () => {
    const casts = examples.filter((example) => /\bas (?!const\b)[A-Za-z{[]|\bany\b/.test(example.code.replaceAll(/\/\/.*$/gm, '')))
    expect(casts.map((example) => example.where)).toEqual([])
  })

  it.each(examples.map((example) => [example.where, example.code] as const))('%s runs', (_, code) => {
    run(code)
  })
})
