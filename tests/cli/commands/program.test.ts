import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { programToIcs } from '../../../src/ics.js'
import { BUILT_IN_CATALOG, DISCLAIMER, buildProgram, planRehab, programToMarkdown, type PlanRehabInput, type Program } from '../../../src/index.js'
import { inputFolder, runInProcess } from '../../support/cliRun.js'

const ROOT = join(import.meta.dirname, '../../..')
type Example = { intake: { redFlags: Record<string, boolean> } & Record<string, unknown>; assessment: { results: { pain: number }[] } } & Record<string, unknown>
const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8')) as Example
const folder = inputFolder()
afterAll(() => folder.remove())
const json = (value: unknown) => JSON.stringify(value)

/** The program the engine lays out for the example, as the command should. */
const expected = (start: string, options: Record<string, unknown> = {}): Program => {
  const plan = planRehab(example() as unknown as PlanRehabInput)
  if (plan._tag !== 'Right') throw new Error('expected a plan')
  const program = buildProgram({ start, plan: plan.right, options })
  if (program._tag !== 'Right') throw new Error('expected a program')
  return JSON.parse(json(program.right)) as Program
}

describe('program: where the layout comes from', () => {
  it('lays out the plan from the start flag, 8 weeks in UTC by default', async () => {
    const run = await runInProcess(['program', '--start', '2026-11-02'], { stdin: json(example()) })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(run.stdout)).toEqual(expected('2026-11-02'))
  })

  it('reads start and options from the file', async () => {
    const path = folder.file('program.json', { ...example(), start: '2026-11-09', options: { weeks: 2, timeZone: 'Asia/Kathmandu', deadbugDays: ['tuesday'] } })
    const run = await runInProcess(['program', path])
    expect(JSON.parse(run.stdout)).toEqual(expected('2026-11-09', { weeks: 2, timeZone: 'Asia/Kathmandu', deadbugDays: ['tuesday'] }))
  })

  it('lets each flag override the file, and keeps the file options the flags do not name', async () => {
    const path = folder.file('override.json', { ...example(), start: '2026-11-09', options: { weeks: 2, timeZone: 'Asia/Kathmandu', workoutDays: [] } })
    const weeks = await runInProcess(['program', path, '--weeks', '1'])
    expect(JSON.parse(weeks.stdout)).toEqual(expected('2026-11-09', { weeks: 1, timeZone: 'Asia/Kathmandu', workoutDays: [] }))
    const zone = await runInProcess(['program', path, '--time-zone', 'Europe/Berlin', '--start', '2026-11-02'])
    expect(JSON.parse(zone.stdout)).toEqual(expected('2026-11-02', { weeks: 2, timeZone: 'Europe/Berlin', workoutDays: [] }))
  })

  it('plans at the pain ceiling asked for', async () => {
    const run = await runInProcess(['program', '--start', '2026-11-02', '--pain-ceiling', '2', '--weeks', '1', '-f', 'table'], { stdin: json(example()) })
    expect(run.stdout).toContain('Chosen movements (pain ceiling 2/10)')
  })
})

describe('program: formats', () => {
  const start = ['program', '--start', '2026-11-02', '--weeks', '2', '--time-zone', 'Europe/Berlin']

  it('writes the whole program as the Markdown programToMarkdown gives', async () => {
    const run = await runInProcess([...start, '-f', 'md'], { stdin: json(example()) })
    const markdown = programToMarkdown({ program: expected('2026-11-02', { weeks: 2, timeZone: 'Europe/Berlin' }) })
    expect(run).toEqual({ code: 0, stdout: markdown._tag === 'Right' ? markdown.right : '', stderr: '' })
  })

  it('writes the calendar programToIcs gives, its event ids starting with --id', async () => {
    const run = await runInProcess([...start, '-f', 'ics', '--id', 'client-42'], { stdin: json(example()) })
    const ics = programToIcs({ program: expected('2026-11-02', { weeks: 2, timeZone: 'Europe/Berlin' }), options: { idPrefix: 'client-42' } })
    expect(run).toEqual({ code: 0, stdout: ics._tag === 'Right' ? ics.right : '', stderr: '' })
  })

  it('stamps the calendar with --stamp, as programToIcs does with its stamp', async () => {
    const stamp = '2026-11-01T18:30:00+01:00'
    const run = await runInProcess([...start, '-f', 'ics', '--id', 'client-42', '--stamp', stamp], { stdin: json(example()) })
    const ics = programToIcs({ program: expected('2026-11-02', { weeks: 2, timeZone: 'Europe/Berlin' }), options: { idPrefix: 'client-42', stamp } })
    expect(run).toEqual({ code: 0, stdout: ics._tag === 'Right' ? ics.right : '', stderr: '' })
  })

  it('shows the screening, the selection and the program as text, one week when asked', async () => {
    const whole = await runInProcess(start, { stdin: json(example()), terminal: true })
    expect(whole.stdout.match(/^(Screening|Chosen movements.*|Left out|Why|Program|Week \d.*|Check-ins)$/gm)).toEqual([
      'Screening',
      'Chosen movements (pain ceiling 3/10)',
      'Left out',
      'Why',
      'Program',
      'Week 1: 2026-11-02 to 2026-11-08',
      'Week 2: 2026-11-09 to 2026-11-15',
      'Check-ins',
    ])
    const week = await runInProcess([...start, '--week', '2', '-f', 'md'], { stdin: json(example()) })
    expect(week.stdout.match(/^## Week .*$/gm)).toEqual(['## Week 2: 2026-11-09 to 2026-11-15'])
    expect(week.stdout.endsWith(`${DISCLAIMER}\n`)).toBe(true)
  })

  it('takes the first and the last week, and refuses the week after it, naming how many there are', async () => {
    expect((await runInProcess([...start, '--week', '1', '-f', 'table'], { stdin: json(example()) })).stdout).toContain('Week 1: 2026-11-02 to 2026-11-08')
    expect((await runInProcess([...start, '--week', '2', '-f', 'table'], { stdin: json(example()) })).code).toBe(0)
    expect(await runInProcess([...start, '--week', '3', '-f', 'table'], { stdin: json(example()) })).toEqual({
      code: 2,
      stdout: '',
      stderr: '--week 3: the program has 2 weeks\n',
    })
    expect((await runInProcess(['program', '--start', '2026-11-02', '--weeks', '1', '--week', '2'], { stdin: json(example()) })).stderr).toBe(
      '--week 2: the program has 1 week\n',
    )
  })

  it('refuses a week that is not a whole number from 1', async () => {
    const zero = await runInProcess([...start, '--week', '0'], { stdin: json(example()) })
    expect(zero.code).toBe(2)
    expect(zero.stderr).toContain('must be a whole number from 1')
    for (const week of ['1.5', 'two', '0x1', '']) {
      const run = await runInProcess([...start, '--week', week], { stdin: json(example()) })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`"${week}" is not a whole number in decimal digits`)
    }
  })

  it('refuses --weeks written other than in decimal digits, which Number would read as 0 or 3', async () => {
    for (const weeks of ['', '0x3', '3.0']) {
      const run = await runInProcess(['program', '--start', '2026-11-02', '--weeks', weeks], { stdin: json(example()) })
      expect(run).toMatchObject({ code: 2, stdout: '' })
      expect(run.stderr).toContain(`"${weeks}" is not a whole number in decimal digits`)
    }
  })
})

describe('program: failures', () => {
  it('asks for a start when neither the file nor the flags give one', async () => {
    expect(await runInProcess(['program'], { stdin: json(example()) })).toEqual({ code: 2, stdout: '', stderr: 'stdin: start: is required\n' })
  })

  it('names a layout the engine refuses, under options', async () => {
    const run = await runInProcess(['program', '--start', '2026-11-02', '--time-zone', 'Mars/Olympus_Mons'], { stdin: json(example()) })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stdin: options.timeZone: is not a time zone this runtime knows (an IANA name such as "Europe/Berlin")\n' })
  })

  it('asks for --id with --format ics before it reads any input, naming the option', async () => {
    // No input at all: the usage error comes first.
    const run = await runInProcess(['program', '--start', '2026-11-02', '-f', 'ics'], { stdin: '' })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^--format ics needs --id <prefix>: /)
  })

  it('names an id or a stamp the engine refuses, under options, with exit code 2', async () => {
    const id = await runInProcess(['program', '--start', '2026-11-02', '-f', 'ics', '--id', 'ana smith'], { stdin: json(example()) })
    expect(id).toEqual({ code: 2, stdout: '', stderr: 'stdin: options.idPrefix: must be 1-64 letters, digits, dots, dashes or underscores\n' })
    const stamp = await runInProcess(['program', '--start', '2026-11-02', '-f', 'ics', '--id', 'ana', '--stamp', 'yesterday'], { stdin: json(example()) })
    expect(stamp).toMatchObject({ code: 2, stdout: '' })
    expect(stamp.stderr).toMatch(/^stdin: options\.stamp: /)
  })

  it('writes a calendar for a program that starts before 1970', async () => {
    const run = await runInProcess(['program', '--start', '1969-12-29', '--weeks', '1', '-f', 'ics', '--id', 'ana'], { stdin: json(example()) })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain('\r\nDTSTART:19691229T080000Z\r\n')
  })

  it('refers on a red flag with exit code 3, writing no calendar', async () => {
    const input = example()
    input.intake.redFlags['fever'] = true
    const run = await runInProcess(['program', '--start', '2026-11-02', '-f', 'ics', '--id', 'ana'], { stdin: json(input) })
    expect(run.code).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Referral \(soon\): /)
    const table = await runInProcess(['program', '--start', '2026-11-02', '-f', 'table'], { stdin: json(input) })
    expect(table.stdout).toMatch(/^Refer, do not exercise\nUrgency: soon\. /)
  })

  it('refers with exit code 4 when too few movements are tolerable', async () => {
    const input = example()
    for (const result of input.assessment.results) result.pain = 7
    const run = await runInProcess(['program', '--start', '2026-11-02', '-f', 'md'], { stdin: json(input) })
    expect(run.code).toBe(4)
    expect(run.stdout).toMatch(/^## No plan: see a clinician first\n/)
  })

  it('names a malformed plan input with exit code 2', async () => {
    const input = example()
    input.assessment.results[0]!.pain = -1
    expect(await runInProcess(['program', '--start', '2026-11-02'], { stdin: json(input) })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'stdin: assessment.results.0.pain: must be at least 0\n',
    })
  })

  it('names the movements from the catalog in the file options, in every readable format', async () => {
    const catalog = BUILT_IN_CATALOG.map((movement) => (movement.id === 'hip-bridge' ? { ...movement, name: 'Glute bridge' } : movement))
    const path = folder.file('catalog.json', { ...example(), start: '2026-11-02', options: { weeks: 1, catalog } })
    for (const format of ['md', 'table', 'ics']) {
      const run = await runInProcess(['program', path, '-f', format, '--id', 'ana'])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Glute bridge')
    }
  })
})
