import { readFileSync } from 'node:fs'
import { describe, expect, it, afterAll } from 'vitest'
import { parse } from 'yaml'
import { BUILT_IN_CATALOG, EpisodeSchema, RED_FLAGS, decideDay } from '../../../src/index.js'
import { inputFolder, runInProcess } from '../../support/cliRun.js'

const folder = inputFolder()
afterAll(() => folder.remove())

describe('init: a commented template of an episode', () => {
  it('prints a template that is a valid episode, whose first day the engine plans', async () => {
    const run = await runInProcess(['init'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const episode = parse(run.stdout) as unknown
    expect(EpisodeSchema.safeParse(episode).success).toBe(true)
    const day = decideDay({ episode: episode as never, today: '2026-01-05' })
    expect(day._tag === 'Right' && day.right.items.map((item) => item.movement).slice(0, 4)).toEqual(['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'])
  })

  it('asks every red-flag question and lists every assessment movement, from the engine\'s own tables', async () => {
    const { stdout } = await runInProcess(['init'])
    for (const flag of RED_FLAGS) expect(stdout).toContain(`    ${flag.id}: false # ${flag.description}`)
    for (const movement of BUILT_IN_CATALOG.filter((entry) => entry.roles.includes('assessment'))) expect(stdout).toContain(`{ movement: ${movement.id}, pain: 0 } # ${movement.name}`)
  })

  it('writes a new file, and never replaces one that exists', async () => {
    const path = folder.file('client.yaml', 'intake: mine\n')
    const refused = await runInProcess(['init', path])
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `${path}: already exists, and is left as it is\n` })
    expect(readFileSync(path, 'utf8')).toBe('intake: mine\n')
    const fresh = `${path}.new.yaml`
    const written = await runInProcess(['init', fresh])
    expect(written.code).toBe(0)
    expect(readFileSync(fresh, 'utf8')).toBe((await runInProcess(['init'])).stdout)
  })
})
