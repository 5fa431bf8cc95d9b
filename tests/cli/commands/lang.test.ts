import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideDay, describeDose, episodeProgram, programToMarkdown, type DayPlan } from '../../../src/index.js'
import { de, localize } from '../../../src/locales.js'
import { CLI_WORDS_DE } from '../../../src/cli/words/de.js'
import { CLI_WORDS_EN } from '../../../src/cli/words/en.js'
import { runInProcess } from '../../support/cliRun.js'

const ROOT = join(import.meta.dirname, '../../..')
const EPISODE = join(ROOT, 'examples/episode.json')
const episode: unknown = JSON.parse(readFileSync(EPISODE, 'utf8'))
const TODAY = '2026-11-10'

describe('--lang', () => {
  it("writes the day's plan as JSON with every reason and advice as localize writes them in German", async () => {
    const run = await runInProcess(['today', EPISODE, '--today', TODAY, '--lang', 'de', '-f', 'json'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const german = localize({ value: decideDay({ episode: episode as never, today: TODAY }), catalog: de })
    expect(german._tag === 'Right' && german.right._tag === 'Right').toBe(true)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(german._tag === 'Right' ? (german.right as { right: DayPlan }).right : undefined)))
  })

  it("writes the day's table with German names, doses, reasons and disclaimer, the same options after the command or before it", async () => {
    const after = await runInProcess(['today', EPISODE, '--today', TODAY, '--lang', 'de', '-f', 'md'])
    const before = await runInProcess(['--lang', 'de', 'today', EPISODE, '--today', TODAY, '-f', 'md'])
    expect(after).toEqual(before)
    const plan = decideDay({ episode: episode as never, today: TODAY })
    if (plan._tag !== 'Right') throw new Error('expected a plan')
    const item = plan.right.items.find((entry) => entry.status !== 'paused' && entry.movement === 'hip-bridge')!
    const dose = describeDose({ dose: 'dose' in item ? item.dose : { kind: 'reps', sets: 1, reps: 1 }, options: { locale: de } })
    expect(after.stdout).toContain(`| ${de.movements['hip-bridge'].name} | ${CLI_WORDS_DE.statuses[item.status]} | ${dose._tag === 'Right' ? dose.right : ''} |`)
    expect(after.stdout).toMatch(new RegExp(`^## Heute: ${TODAY}\n\n\| Bewegung \| Stand \| Dosis \| Heute wie oft \| Warum \|`))
    expect(after.stdout.trimEnd().endsWith(de.program.disclaimer)).toBe(true)
    expect(after.stdout).not.toContain('Hip bridge')
  })

  it('writes the program as German Markdown, as programToMarkdown writes it with the German catalog', async () => {
    const run = await runInProcess(['program', EPISODE, '--today', TODAY, '--weeks', '2', '--lang', 'de', '-f', 'md'])
    const program = episodeProgram({ episode: episode as never, today: TODAY, weeks: 2 })
    if (program._tag !== 'Right') throw new Error('expected a program')
    const markdown = programToMarkdown({ program: program.right, options: { locale: de } })
    expect(run).toEqual({ code: 0, stdout: markdown._tag === 'Right' ? markdown.right : '', stderr: '' })
  })

  it('gives the advice of a referral in German on stderr', async () => {
    const intake = { age: 38, redFlags: { ...(episode as { intake: { redFlags: Record<string, boolean> } }).intake.redFlags, 'saddle-numbness': true } }
    const run = await runInProcess(['screen', '--lang', 'de'], { stdin: JSON.stringify(intake) })
    expect(run.code).toBe(3)
    expect(run.stderr).toBe(`Referral (emergency): ${de.advice['red-flag-emergency']}\n`)
  })

  it('leaves no English word of its own in German tables: every heading, column and value word comes from the German words', async () => {
    const english = Object.values(CLI_WORDS_EN.columns)
    for (const argv of [
      ['today', EPISODE, '--today', TODAY],
      ['report', EPISODE, '--today', TODAY],
      ['ceiling', EPISODE, '--today', TODAY],
      ['program', EPISODE, '--today', TODAY, '--week', '2'],
      ['plan', EPISODE, '--today', TODAY],
    ]) {
      const run = await runInProcess([...argv, '--lang', 'de', '-f', 'md'])
      expect(run.code, argv.join(' ')).toBe(0)
      const headers = [...run.stdout.matchAll(/^\| (.*) \|$/gm)].filter((_row, index, rows) => rows[index + 1]?.[1]?.startsWith('---') ?? false)
      expect(headers.length, argv[0]).toBeGreaterThan(0)
      for (const header of headers) for (const cell of header[1]!.split(' | ')) expect(english, `${argv[0]}: ${cell}`).not.toContain(cell === 'Id' || cell === 'Name' ? '' : cell)
      expect(run.stdout, argv[0]).not.toMatch(/^## (Today|Outcome|Ceiling|Program|Week|Check-ins|Why|Screening|Chosen)\b/m)
    }
  })

  it('refuses a language it does not ship, with exit code 2', async () => {
    const run = await runInProcess(['today', EPISODE, '--today', TODAY, '--lang', 'fr'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--lang <language>.*fr.*en, de/s)
  })
})
