import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { runCli } from '../../src/cli/main.js'

const ROOT = join(import.meta.dirname, '../..')
const CLI = join(ROOT, 'dist/cli.js')
const EXAMPLE = join(ROOT, 'examples/assessment.json')
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { intake: { redFlags: Record<string, boolean> }; assessment: { results: { pain: number }[] } }

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The built CLI as a child process, as a coach's script runs it. */
const cli = (args: readonly string[], stdin?: string): Promise<Run> =>
  new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr })
    })
    child.stdin?.end(stdin ?? '')
  })

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm test builds it before the tests run (npm run build)')
})

describe('the rehab-engine CLI', () => {
  it('prints its version and a help with a runnable example for every command', async () => {
    const version = await cli(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n` })
    for (const command of ['screen', 'select', 'plan', 'ceiling', 'progress', 'program', 'catalog']) {
      const help = await cli([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(/Example:\n {2}rehab-engine /)
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

  it('writes a program as iCalendar that parses back, and as a first week to read', async () => {
    const ics = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--time-zone', 'Europe/Berlin', '--format', 'ics'])
    expect(ics.code).toBe(0)
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
    expect(events.filter((event) => !event.startDate.isDate)).toHaveLength(8 * 7 * 3)
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-11-02T07:00:00.000Z')
    const week = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--week', '1', '--format', 'table'])
    expect(week.stdout).toContain('Week 1: 2026-11-02 to 2026-11-08')
    expect(week.stdout).not.toContain('Week 2')
    expect((await cli(['program', EXAMPLE, '--start', '2026-11-02', '-f', 'md'])).stdout).toMatch(/^# Rehab program: 2026-11-02 to 2026-12-27/)
  })

  it('judges the ceiling, gives the next dose and lists the catalog', async () => {
    const logs = {
      sessions: [{ date: '2026-11-20', movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring: 1 }],
      mornings: [{ date: '2026-11-21', backPain: 1 }],
      baselinePain: 1,
      today: '2026-11-21',
    }
    const ceiling = await cli(['ceiling', '-f', 'json'], JSON.stringify(logs))
    expect(JSON.parse(ceiling.stdout)).toMatchObject({ zone: 'green', action: 'progress' })
    const { sessions, ...rest } = logs
    const progress = await cli(['progress', '-f', 'json'], JSON.stringify({ ...rest, movement: 'deadbug', history: sessions }))
    expect(JSON.parse(progress.stdout)).toMatchObject({ action: 'progress', dose: { kind: 'hold', sets: 2, seconds: 25 } })
    expect(JSON.parse((await cli(['catalog', '-f', 'json'])).stdout)).toHaveLength(18)
  })

  it('exits 2 on invalid input, naming the file and each field path on stderr', async () => {
    const input = example()
    input.assessment.results[1]!.pain = 11
    const run = await cli(['plan', '-', '-f', 'json'], JSON.stringify(input))
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'stdin: assessment.results.1.pain: must be at most 10\n' })
    expect(await cli(['select', 'no-such-file.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^no-such-file\.json: cannot be read/) })
    expect(await cli(['select'], '{ broken')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^stdin: is not valid JSON or YAML/) })
    expect((await cli(['select', '-f', 'ics', EXAMPLE])).code).toBe(2)
    expect((await cli(['program', EXAMPLE])).stderr).toBe(`${EXAMPLE}: start: is required\n`)
  })

  it('refuses a week the program does not have, and empty input', async () => {
    expect(await cli(['program', EXAMPLE, '--start', '2026-11-02', '--weeks', '2', '--week', '3', '-f', 'table'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: '--week 3: the program has 2 weeks\n',
    })
    expect(await cli(['plan'], '')).toMatchObject({ code: 2, stderr: 'stdin: is empty; give JSON or YAML input\n' })
  })

  it('shows one week in Markdown too', async () => {
    const markdown = await cli(['program', EXAMPLE, '--start', '2026-11-02', '--week', '2', '-f', 'md'])
    expect(markdown.stdout).toContain('## Week 2: 2026-11-09 to 2026-11-15')
    expect(markdown.stdout).not.toContain('## Week 1:')
  })

  it('writes nothing to stdout when a calendar was asked for and a referral came instead', async () => {
    const input = example()
    input.intake.redFlags.fever = true
    const run = await cli(['program', '-', '--start', '2026-11-02', '-f', 'ics'], JSON.stringify(input))
    expect(run).toMatchObject({ code: 3, stdout: '' })
    expect(run.stderr).toMatch(/^Referral \(soon\)/)
  })

  it('exits 3 on a referral, saying what to do, with the referral on stdout', async () => {
    const input = example()
    input.intake.redFlags['saddle-numbness'] = true
    const run = await cli(['plan', '-f', 'json'], JSON.stringify(input))
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', urgency: 'emergency' })
    expect(run.stderr).toMatch(/^Referral \(emergency\): .*emergency department now/)
  })

  it('exits 4 when too few movements are tolerable', async () => {
    const input = example()
    for (const result of input.assessment.results) result.pain = 7
    const run = await cli(['plan', '-f', 'json'], JSON.stringify(input))
    expect(run.code).toBe(4)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'NotEnoughTolerableMovements', eligible: [] })
    expect(run.stderr).toMatch(/doctor or physiotherapist/)
  })

  it('exits 1 on anything unexpected, here a stream that fails to write', async () => {
    const errors: string[] = []
    const code = await runCli(['catalog', '-f', 'json'], {
      out: () => {
        throw new Error('the stream broke')
      },
      err: (text) => errors.push(text),
      isTerminal: false,
    })
    expect(code).toBe(1)
    expect(errors.join('')).toMatch(/^rehab-engine: unexpected error: Error: the stream broke/)
  })
})
