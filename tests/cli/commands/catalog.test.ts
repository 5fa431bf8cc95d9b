import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, DISCLAIMER } from '../../../src/index.js'
import { runInProcess } from '../../support/cliRun.js'

describe('the catalog command', () => {
  it('lists the built-in movements as JSON in a pipe', async () => {
    const run = await runInProcess(['catalog'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(BUILT_IN_CATALOG)))
  })

  it('lists them as a table on a terminal, one row each, the disclaimer last', async () => {
    const run = await runInProcess(['catalog'], { terminal: true })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('Catalog')
    expect(lines[1]).toMatch(/^Id {2,}Name {2,}Roles {2,}Focus {2,}Source$/)
    expect(lines.slice(3, 3 + BUILT_IN_CATALOG.length).map((line) => line.split(/ {2,}/)[0])).toEqual(BUILT_IN_CATALOG.map((movement) => movement.id))
    expect(run.stdout.endsWith(`\n\n${DISCLAIMER}\n`)).toBe(true)
  })

  it('lists them in Markdown on request', async () => {
    const run = await runInProcess(['catalog', '--format', 'md'], { terminal: true })
    expect(run.stdout).toMatch(/^## Catalog\n\n\| Id \| Name \| Roles \| Focus \| Source \|\n/)
    expect(run.stdout).toContain('| hip-bridge | Hip bridge | assessment |')
  })
})
