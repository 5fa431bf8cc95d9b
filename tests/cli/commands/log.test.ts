import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { decideDay, type EpisodeInput } from '../../../src/index.js'
import { inputFolder, runInProcess } from '../../support/cliRun.js'

const folder = inputFolder()
afterAll(() => folder.remove())

const template = async (name: string): Promise<string> => folder.file(name, (await runInProcess(['init'])).stdout)

describe('log: one event appended to an episode file', () => {
  it('appends a morning check given as kebab-case flags, keeps the comments, and the next plan reads it', async () => {
    const path = await template('client.yaml')
    const run = await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '2'])
    expect(run).toEqual({ code: 0, stdout: '', stderr: `${path}: morning on 2026-01-06 logged; the episode holds 2 events\n` })
    const text = readFileSync(path, 'utf8')
    expect(text).toContain('# Every red-flag question is answered true or false')
    // Quoted, so that a YAML 1.1 reader reads the date as text too.
    expect(text).toContain("date: '2026-01-06'")
    const episode = parse(text) as EpisodeInput
    expect(episode.events.at(-1)).toEqual({ type: 'morning', date: '2026-01-06', backPain: 2 })
    expect(decideDay({ episode, today: '2026-01-06' })._tag).toBe('Right')
  })

  it('takes a dose as JSON and booleans as true or false, and keeps a JSON file JSON', async () => {
    const path = folder.file('client.json', parse(await runInProcess(['init']).then((run) => run.stdout)))
    const dose = '{"kind":"reps","sets":1,"reps":5}'
    const run = await runInProcess(['log', path, 'session', '--date', '2026-01-05', '--time', '08:00', '--movement', 'hip-bridge', '--performed', dose, '--completed', 'true', '--pain-during', '1'])
    expect(run.code).toBe(0)
    const episode = JSON.parse(readFileSync(path, 'utf8')) as EpisodeInput
    expect(episode.events.at(-1)).toEqual({ type: 'session', date: '2026-01-05', time: '08:00', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true, painDuring: 1 })
  })

  it('takes a field inside another as --outer.inner, and speaks the engine\'s words for what it refuses, the catalog and repeats included', async () => {
    const path = await template('nested.yaml')
    const dotted = ['--performed.kind', 'reps', '--performed.sets', '1', '--performed.reps', '5', '--completed', 'true', '--pain-during', '1']
    expect((await runInProcess(['log', path, 'session', '--date', '2026-01-05', '--movement', 'hip-bridge', ...dotted])).code).toBe(0)
    expect((parse(readFileSync(path, 'utf8')) as EpisodeInput).events.at(-1)).toMatchObject({ performed: { kind: 'reps', sets: 1, reps: 5 } })
    const before = readFileSync(path, 'utf8')
    const typo = await runInProcess(['log', path, 'session', '--date', '2026-01-05', '--movement', 'hip-brdge', ...dotted])
    expect([typo.code, typo.stderr]).toEqual([2, `${path}: event.movement: "hip-brdge" is not a movement of the catalog\n`])
    const wrong = await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '11', '--mood', 'good'])
    expect(wrong.stderr).toBe(`${path}: event.backPain: must be at most 10\n${path}: event.mood: is not a known field\n`)
    await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '2'])
    const again = await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '3'])
    expect(again.stderr).toMatch(new RegExp(`: event\\.date: 2026-01-06 already has a morning check, at events\\.\\d+\\n$`))
    expect(readFileSync(path, 'utf8')).not.toBe(before)
    expect((parse(readFileSync(path, 'utf8')) as EpisodeInput).events.filter((event) => event.type === 'morning')).toHaveLength(1)
  })

  it('writes nothing for an event that fails its schema, a flag without a value, or a file that holds no episode', async () => {
    const path = await template('strict.yaml')
    const before = readFileSync(path, 'utf8')
    const tooMuch = await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '12'])
    expect(tooMuch.code).toBe(2)
    expect(tooMuch.stderr).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')}: event\\.backPain: `))
    const bare = await runInProcess(['log', path, 'morning', '--date'])
    expect(bare).toMatchObject({ code: 2, stderr: `${path}: --date needs a value\n` })
    const unknown = await runInProcess(['log', path, 'morning', '--date', '2026-01-06', '--back-pain', '2', '--mood', 'fine'])
    expect(unknown.code).toBe(2)
    expect(readFileSync(path, 'utf8')).toBe(before)
    const notAnEpisode = folder.file('list.yaml', '- 1\n- 2\n')
    expect((await runInProcess(['log', notAnEpisode, 'morning', '--date', '2026-01-06', '--back-pain', '2'])).stderr).toBe(`${notAnEpisode}: holds no episode with an events list\n`)
    const brokenJson = folder.file('broken.json', '{ "intake": ')
    expect((await runInProcess(['log', brokenJson, 'morning', '--date', '2026-01-06', '--back-pain', '2'])).stderr).toMatch(/broken\.json: is not valid JSON \(/)
    const noEvents = folder.file('bare.json', { intake: {} })
    expect((await runInProcess(['log', noEvents, 'morning', '--date', '2026-01-06', '--back-pain', '2'])).stderr).toBe(`${noEvents}: holds no episode with an events list\n`)
    // Nothing is left beside the file.
    expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(existsSync(path)).toBe(true)
  })
})
