import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/index.js'

const TESTS = join(import.meta.dirname, '..')

const testFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(join(folder, entry.name)) : entry.name.endsWith('.test.ts') ? [join(folder, entry.name)] : [],
  )

// This file lists no id itself; every other test file counts.
const sources = testFiles(TESTS)
  .filter((file) => relative(TESTS, file) !== 'api/ruleIds.test.ts')
  .map((file) => readFileSync(file, 'utf8'))

/*
 * A static check: a rule id that no test names cannot be asserted by any
 * test. It cannot see whether the test that names an id asserts on it; the
 * tests of each rule's own file do that, and mutation testing shows when a
 * rule's reason could change unseen.
 */
describe('the rule ids', () => {
  it('are each named by at least one test', () => {
    const unnamed = Object.keys(RULES).filter((rule) => !sources.some((source) => new RegExp(`['"\`]${rule}['"\`]`).test(source)))
    expect(unnamed).toEqual([])
  })
})
