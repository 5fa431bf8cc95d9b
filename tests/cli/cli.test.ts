// The built CLI as a child process, the way a coach's script or a shell runs it: arguments, files and
// standard input in; stdout, stderr and the exit code out.
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import MarkdownIt from 'markdown-it'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { BUILT_IN_CATALOG, NO_RED_FLAGS, decideDay, outcomeReport, type EpisodeInput } from '../../src/index.js'
import { de } from '../../src/locales.js'

const ROOT = join(import.meta.dirname, '../..')
const CLI = join(ROOT, 'dist/cli.js')
const EXAMPLE = join(ROOT, 'examples/assessment.json')
const work = mkdtempSync(join(tmpdir(), 'rehab-engine-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

type Example = { intake: { redFlags: Record<string, boolean> }; assessment: { results: { pain: number }[] } } & Record<string, unknown>
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Example
const file = (name: string, value: unknown): string => {
  const path = join(work, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The built CLI as a child process. */
const cli = (args: readonly string[], stdin?: string, cwd = ROOT): Promise<Run> =>
  new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr })
    })
    child.stdin?.end(stdin ?? '')
  })

const hold = (date: string, painDuring: number) => ({ date, movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring })
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm test builds it before the tests run (npm run build)')
})

describe('the rehab-engine CLI: commands', () => {
  it('prints its version, and a help whose example runs, as written, on the file init writes', async () => {
    const version = await cli(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n` })
    const folder = mkdtempSync(join(work, 'examples-'))
    for (const command of ['init', 'screen', 'select', 'plan', 'ceiling', 'progress', 'program', 'catalog', 'today', 'report', 'log']) {
      const help = await cli([command, '--help'])
      expect(help.code).toBe(0)
      const example = /Example:\n {2}rehab-engine (.*)\n/.exec(help.stdout)?.[1]
      // A redirection is the shell's: the words before it are the command's.
      const words = example!.split(' > ')[0]!.split(' ')
      const run = await cli(words, undefined, folder)
      expect([command, run.code, run.stderr.includes('Error')]).toEqual([command, 0, false])
    }
  })

  it('plans from a file as JSON, and the same from standard input as YAML', async () => {
    const fromFile = await cli(['plan', EXAMPLE, '--format', 'json'])
    expect(fromFile.code).toBe(0)
    const plan = JSON.parse(fromFile.stdout)
    expect(plan.selection.selected).toHaveLength(5)
    const fromStdin = await cli(['plan', '-', '--format', 'json'], stringify(example()))
    expect(JSON.parse(fromStdin.stdout)).toEqual(plan)
    expect(fromStdin.stderr).toBe('')
  })

  it('writes json by default when the output is not a terminal, and tables or Markdown on request', async () => {
    expect(JSON.parse((await cli(['plan', EXAMPLE])).stdout).screening._tag).toBe('Cleared')
    const table = await cli(['plan', EXAMPLE, '--format', 'table'])
    expect(table.stdout).toMatch(/^Movement {2,}Pain {2}Start at/m)
    expect(table.stdout).toContain('decision support, not medical advice')
    expect((await cli(['plan', EXAMPLE, '-f', 'md'])).stdout).toMatch(/^\| Movement \| Pain \| Start at \|/m)
  })

  it('screens an intake and selects from an assessment', async () => {
    const screen = await cli(['screen', '-f', 'json'], JSON.stringify(example().intake))
    expect(screen.code).toBe(0)
    expect(JSON.parse(screen.stdout)).toMatchObject({ _tag: 'Cleared', risk: 'low' })
    const select = await cli(['select', '--pain-ceiling', '2', '-f', 'json'], JSON.stringify(example()))
    expect(select.code).toBe(0)
    expect(JSON.parse(select.stdout)).toMatchObject({ painCeiling: 2 })
  })

  it('judges the ceiling, gives the next dose from the sessions logged, and lists the catalog', async () => {
    const logs = { sessions: [hold('2026-11-20', 1)], mornings: [{ date: '2026-11-21', backPain: 1 }], baselinePain: 1, today: '2026-11-21' }
    const ceiling = await cli(['ceiling', '-f', 'json'], JSON.stringify(logs))
    expect(JSON.parse(ceiling.stdout)).toMatchObject({ zone: 'green', action: 'progress' })
    const progress = await cli(['progress', '-f', 'json'], JSON.stringify({ intake: example().intake, ...logs, movement: 'deadbug' }))
    expect(progress.code).toBe(0)
    expect(JSON.parse(progress.stdout)).toMatchObject({ action: 'progress', dose: { kind: 'hold', sets: 2, seconds: 25 } })
    expect(JSON.parse((await cli(['catalog', '-f', 'json'])).stdout)).toEqual(JSON.parse(JSON.stringify(BUILT_IN_CATALOG)))
  })

  it("writes text from the client file into its Markdown as text: a clinician's name holding a tag and links", async () => {
    const path = join(work, 'markup.yaml')
    writeFileSync(path, (await cli(['init'])).stdout)
    const by = '<script>alert(1)</script> [site](javascript:alert(1)) www.example.org'
    expect((await cli(['log', path, 'clearance', '--date', '2026-01-08', '--clears', 'referral', '--by', by])).code).toBe(0)
    const today = await cli(['today', path, '--today', '2026-01-08', '-f', 'md'])
    expect(today.code).toBe(0)
    const html = new MarkdownIt({ html: true, linkify: true }).render(today.stdout)
    expect(html).not.toMatch(/<script|<a[\s>]|href/i)
    // The name reads back whole, as the text it is.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [site](javascript:alert(1)) www.example.org lifted the referral')
  })
})

describe('the rehab-engine CLI: program', () => {
  it('writes a program as iCalendar that parses back, with the local times asked for', async () => {
    const ics = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--time-zone', 'Europe/Berlin', '--format', 'ics', '--id', 'ana'])
    expect(ics.code).toBe(0)
    const all = events(ics.stdout)
    expect(all.filter((event) => !event.startDate.isDate)).toHaveLength(8 * 7 * 3)
    expect(all[0]?.startDate.toJSDate().toISOString()).toBe('2026-11-02T07:00:00.000Z')
  })

  it('writes a German calendar with --lang de: titles, names, doses and the disclaimer from the German catalog', async () => {
    const ics = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--weeks', '1', '--format', 'ics', '--id', 'ana', '--lang', 'de'])
    expect(ics.code).toBe(0)
    const [first] = events(ics.stdout)
    expect(first?.summary).toBe(de.program.morning)
    expect(first?.description).toContain(de.program.disclaimer)
    expect(first?.description).toContain(`${de.movements['hip-mobility'].name}: 1 x 5`)
  })

  it('shows one week as a table or in Markdown, and the whole program in Markdown', async () => {
    const week = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--week', '1', '--format', 'table'])
    expect(week.stdout).toContain('Week 1: 2026-11-02 to 2026-11-08')
    expect(week.stdout).not.toContain('Week 2')
    const second = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--week', '2', '-f', 'md'])
    expect(second.stdout).toContain('## Week 2: 2026-11-09 to 2026-11-15')
    expect(second.stdout).not.toContain('## Week 1:')
    expect((await cli(['program', EXAMPLE, '--start', '2026-11-02', '-f', 'md'])).stdout).toMatch(/^# Rehab program: 2026-11-02 to 2026-12-27/)
  })

  it('reads start and options from a program file, the flags overriding them', async () => {
    const path = file('program.json', { ...example(), start: '2026-11-09', options: { weeks: 2, timeZone: 'America/New_York', workoutDays: [] } })
    const fromFile = JSON.parse((await cli(['program', path, '-f', 'json'])).stdout)
    expect(fromFile).toMatchObject({ start: '2026-11-09', end: '2026-11-22', timeZone: 'America/New_York' })
    expect(fromFile.sessions[2].label).toBe('Evening rehab')
    const overridden = JSON.parse((await cli(['program', path, '--start', '2026-11-02', '--weeks', '1', '--time-zone', 'UTC', '-f', 'json'])).stdout)
    expect(overridden).toMatchObject({ start: '2026-11-02', end: '2026-11-08', timeZone: 'UTC' })
    expect(overridden.sessions[2].label).toBe('Evening rehab')
  })
})

describe('the rehab-engine CLI: a reader that stops early', () => {
  it('ends quietly when the pipe is closed, as `| head` does, with no stack trace', async () => {
    // A year's program as JSON is far more than a pipe holds, so the CLI is still writing when the reader goes.
    const child = spawn(process.execPath, [CLI, 'program', EXAMPLE, '--start', '2026-11-02', '--weeks', '52', '-f', 'json'], { cwd: ROOT })
    let stderr = ''
    let first = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString()
      child.stdout.destroy()
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(first.startsWith('{')).toBe(true)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe('the rehab-engine CLI: exit codes', () => {
  it('plans a day of the bundled episode: the engine\'s own answer as JSON, a table with the week\'s adherence on request', async () => {
    const episode = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as EpisodeInput
    const json = await cli(['today', 'examples/episode.json', '--today', '2026-11-09'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify((decideDay({ episode, today: '2026-11-09' }) as { right: unknown }).right)))
    const table = await cli(['today', 'examples/episode.json', '--today', '2026-11-09', '--format', 'table'])
    expect(table.stdout).toMatch(/^Today: 2026-11-09\nMovement {2,}Status {2,}Dose {2,}Times today {2,}Why\n/)
    expect(table.stdout).toMatch(/\nBird dog {2,}hold {2,}1 x 9 per side {2,}3 {2,}.*pain during 5\/10/)
    expect(table.stdout).toContain('Done against asked, 2026-11-02 to 2026-11-08\n123 of 133 (92%), 1 skipped.')
    expect(table.stdout).not.toContain('Due')
    // Two weeks after the assessment, the reassessment is due.
    const due = await cli(['today', 'examples/episode.json', '--today', '2026-11-16', '--format', 'table'])
    expect(due.stdout).toMatch(/\nDue\nSince {2,}Kind\n-+ {2}-+\n2026-11-16 {2,}reassessment\n/)
  })

  it("reports the bundled episode's outcome: the engine's report as JSON, tables a person reads as text and Markdown", async () => {
    const episode = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as EpisodeInput
    const json = await cli(['report', 'examples/episode.json', '--today', '2026-11-09', '-f', 'json'])
    expect(json).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify((outcomeReport({ episode, today: '2026-11-09' }) as { right: unknown }).right)))
    const table = await cli(['report', 'examples/episode.json', '--today', '2026-11-09', '-f', 'table'])
    expect(table.stdout).toMatch(/^Outcome: 2026-11-02 to 2026-11-09, day 8 of the episode\nUsual back pain at the start {2,}Now {2,}Change {2,}Verdict\n/)
    expect(table.stdout).toMatch(/\n2\/10 {2,}2\/10 \(mean of 7 morning checks\) {2,}0 points \(0%\) {2,}unchanged\n/)
    expect(table.stdout).toMatch(/\nCat-camel {2,}4\/10 {2,}4\/10 {2,}0 {2,}- {2,}- {2,}0\n/)
    const markdown = await cli(['report', 'examples/episode.json', '--today', '2026-11-09', '-f', 'md'])
    expect(markdown.stdout).toContain('## Each movement\n\n| Movement | Pain first | Pain latest | Sessions | Rung first | Rung latest | Rungs climbed |')
    expect(markdown.stdout).toContain('| Hip bridge | 0/10 | 0/10 | 19 | 1 | 7 | 6 |')
    // Before the first assessment there is nothing to measure from: a usage error naming the field, exit 2.
    const early = await cli(['report', 'examples/episode.json', '--today', '2026-11-01'])
    expect(early.code).toBe(2)
    expect(early.stderr).toContain('episode.events')
    expect((await cli(['report', 'examples/episode.json'])).code).toBe(2)
  })

  it('refers on a day of an episode after a re-screen with a sign, exit 3; and needs the day named', async () => {
    const episode = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as { events: unknown[] }
    const signed = file('signed.json', { ...episode, events: [...episode.events, { type: 'symptoms', date: '2026-11-09', redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } }] })
    const referred = await cli(['today', signed, '--today', '2026-11-10'])
    expect(referred.code).toBe(3)
    expect(JSON.parse(referred.stdout)).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'emergency', since: '2026-11-09' })
    const unnamed = await cli(['today', 'examples/episode.json'])
    expect(unnamed.code).toBe(2)
    expect(unnamed.stderr).toContain("required option '--today <date>' not specified")
  })

  it('exits 2 on invalid input, naming the file and each field path on stderr', async () => {
    const input = example()
    input.assessment.results[1]!.pain = 11
    const run = await cli(['plan', '-', '-f', 'json'], JSON.stringify(input))
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'stdin: assessment.results.1.pain: must be at most 10\n' })
    expect(await cli(['select', 'no-such-file.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^no-such-file\.json: cannot be read/) })
    expect(await cli(['select'], '{ broken')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^stdin: is not valid JSON \(/) })
    expect((await cli(['select', '-f', 'ics', EXAMPLE])).code).toBe(2)
    expect(await cli(['program', EXAMPLE])).toMatchObject({ code: 2, stdout: '', stderr: `${EXAMPLE}: start: is required\n` })
    expect(await cli(['program', EXAMPLE, '--start', '2026-11-02', '--weeks', '60'])).toMatchObject({ code: 2, stderr: `${EXAMPLE}: options.weeks: must be at most 52\n` })
  })

  it('exits 2 for a week the program does not have, for a usage error and for empty input', async () => {
    expect(await cli(['program', EXAMPLE, '--start', '2026-11-02', '--weeks', '2', '--week', '3', '-f', 'table'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: '--week 3: the program has 2 weeks\n',
    })
    expect((await cli(['program', EXAMPLE, '--week', '0'])).code).toBe(2)
    expect((await cli(['no-such-command'])).code).toBe(2)
    expect(await cli(['plan'], '')).toMatchObject({ code: 2, stderr: 'stdin: is empty; give JSON or YAML input\n' })
  })

  it('exits 3 on a red flag, saying what to do, with the referral on stdout', async () => {
    const input = example()
    input.intake.redFlags['saddle-numbness'] = true
    const run = await cli(['plan', '-f', 'json'], JSON.stringify(input))
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' })
    expect(run.stderr).toMatch(/^Referral \(emergency\): .*emergency department/)
    expect((await cli(['screen', '-f', 'json'], JSON.stringify(input.intake))).code).toBe(3)
    expect((await cli(['select', '-f', 'json'], JSON.stringify(input))).code).toBe(3)
  })

  it('exits 3 when the ceiling refers: pain of 8 during a session', async () => {
    const run = await cli(['progress', '-f', 'json'], JSON.stringify({ intake: example().intake, movement: 'deadbug', sessions: [hold('2026-11-20', 8)], mornings: [], baselinePain: 1, today: '2026-11-21' }))
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'ceiling' })
    expect(run.stderr).toMatch(/^Referral \(soon\): /)
  })

  it('writes nothing to stdout when a calendar was asked for and a referral came instead', async () => {
    const input = example()
    input.intake.redFlags['fever'] = true
    const run = await cli(['program', '-', '--start', '2026-11-02', '-f', 'ics', '--id', 'ana'], JSON.stringify(input))
    expect(run).toMatchObject({ code: 3, stdout: '' })
    expect(run.stderr).toMatch(/^Referral \(soon\)/)
  })

  it('exits 4 when too few movements are tolerable: a referral with its cause', async () => {
    const input = example()
    for (const result of input.assessment.results) result.pain = 7
    const run = await cli(['plan', '-f', 'json'], JSON.stringify(input))
    expect(run.code).toBe(4)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'too-few-tolerable', reasons: expect.arrayContaining([expect.objectContaining({ rule: 'too-few-tolerable', value: [] })]) })
    expect(run.stderr).toMatch(/doctor or physiotherapist/)
    expect((await cli(['program', '-', '--start', '2026-11-02', '-f', 'table'], JSON.stringify(input))).code).toBe(4)
  })

  it('exits 5 when a movement is paused, with the pause on stdout and its end on stderr', async () => {
    const run = await cli(
      ['progress', '-f', 'json'],
      JSON.stringify({ intake: example().intake, movement: 'deadbug', sessions: [hold('2026-11-17', 6), hold('2026-11-19', 6)], mornings: [], baselinePain: 1, today: '2026-11-21' }),
    )
    expect(run.code).toBe(5)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Paused', movement: 'deadbug', resumeOn: '2026-11-28' })
    expect(run.stderr).toBe('Paused until 2026-11-28: deadbug went into the red repeatedly: pause it until 2026-11-28.\n')
  })
})
