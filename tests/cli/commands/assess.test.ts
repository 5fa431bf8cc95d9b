import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DISCLAIMER, evaluateCeiling, nextDose, planRehab, screenIntake, selectRehabMovements, type PlanRehabInput } from '../../../src/index.js'
import { runInProcess } from '../../support/cliRun.js'

const ROOT = join(import.meta.dirname, '../../..')
type Example = { intake: { redFlags: Record<string, boolean> } & Record<string, unknown>; assessment: { date: string; results: { movement: string; pain: number }[] } }
const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8')) as Example
const hold = (date: string, painDuring: number) => ({ date, movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring })
const logs = { sessions: [hold('2026-11-20', 1)], mornings: [{ date: '2026-11-21', backPain: 1 }], baselinePain: 1, today: '2026-11-21' }
const json = (value: unknown) => JSON.stringify(value)

describe('screen', () => {
  it('writes the screening the engine gives, with exit code 0', async () => {
    const run = await runInProcess(['screen'], { stdin: json(example().intake) })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json((screenIntake(example().intake as never) as { right: unknown }).right)))
  })

  it('shows a cleared screening as text on a terminal', async () => {
    const run = await runInProcess(['screen'], { stdin: json(example().intake), terminal: true })
    expect(run.stdout).toMatch(/^Screening\nNo red flags\. STarT Back risk: low\.\n- /)
  })

  it('treats a referral found at screening as one: on stdout, its advice on stderr, exit code 3', async () => {
    const intake = { ...example().intake, redFlags: { ...example().intake.redFlags, 'saddle-numbness': true } }
    const run = await runInProcess(['screen', '-f', 'md'], { stdin: json(intake) })
    expect(run.code).toBe(3)
    expect(run.stdout).toMatch(/^## Refer, do not exercise\n\nUrgency: emergency\. /)
    expect(run.stderr).toMatch(/^Referral \(emergency\): /)
  })

  it('names each missing answer with exit code 2', async () => {
    const { fever: _fever, ...redFlags } = example().intake.redFlags
    const run = await runInProcess(['screen'], { stdin: json({ ...example().intake, redFlags }) })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stdin: redFlags.fever: must be answered true or false: an unanswered red flag is never taken as "no"\n' })
  })
})

describe('select', () => {
  it('writes the selection for { intake, assessment }, at the pain ceiling asked for', async () => {
    const run = await runInProcess(['select', '--pain-ceiling', '2'], { stdin: json(example()) })
    expect(run.code).toBe(0)
    const direct = selectRehabMovements({ ...(example() as unknown as PlanRehabInput), options: { painCeiling: 2 } })
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json(direct._tag === 'Right' ? direct.right : null)))
    expect(JSON.parse(run.stdout).painCeiling).toBe(2)
  })

  it('keeps the default ceiling without the flag', async () => {
    expect(JSON.parse((await runInProcess(['select'], { stdin: json(example()) })).stdout).painCeiling).toBe(3)
  })

  it('tables the chosen movements and those left out', async () => {
    const run = await runInProcess(['select', '-f', 'table'], { stdin: json(example()) })
    expect(run.stdout).toMatch(/^Chosen movements \(pain ceiling 3\/10\)\nMovement {2,}Pain {2}Start at/)
    expect(run.stdout).toContain('\nLeft out\n')
  })

  it('refuses a ceiling above 5, with exit code 2', async () => {
    const run = await runInProcess(['select', '--pain-ceiling', '6'], { stdin: json(example()) })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stdin: options.painCeiling: must be at most 5\n' })
  })

  it.each(['', '0x3', '2.5', '1e0', '-1', ' 3'])('refuses --pain-ceiling %j as a usage error, exit 2, instead of reading a number into it', async (value) => {
    const run = await runInProcess(['select', '--pain-ceiling', value], { stdin: json(example()) })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`"${value}" is not a whole number in decimal digits`)
  })

  it('refers with exit code 4 when too few movements are tolerable', async () => {
    const assessment = { ...example().assessment, results: example().assessment.results.map((result) => ({ ...result, pain: 6 })) }
    const run = await runInProcess(['select'], { stdin: json({ ...example(), assessment }) })
    expect(run.code).toBe(4)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'too-few-tolerable', urgency: 'routine' })
  })

  it('screens the intake first: a red flag refers with exit code 3 and chooses nothing', async () => {
    const flagged = example()
    flagged.intake.redFlags['fever'] = true
    const run = await runInProcess(['select'], { stdin: json(flagged) })
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'red-flag' })
    expect(JSON.parse(run.stdout)).not.toHaveProperty('selected')
  })

  it('refuses an assessment without an intake, with exit code 2', async () => {
    const run = await runInProcess(['select'], { stdin: json(example().assessment) })
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'stdin: intake: is required',
      'stdin: assessment: is required',
      'stdin: date: is not a known field',
      'stdin: results: is not a known field',
    ])
  })
})

describe('plan', () => {
  it('writes the plan the engine gives for { intake, assessment }', async () => {
    const run = await runInProcess(['plan'], { stdin: json(example()) })
    expect(run.code).toBe(0)
    const direct = planRehab(example() as unknown as PlanRehabInput)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json(direct._tag === 'Right' ? direct.right : null)))
  })

  it('shows the screening, then the selection, then the disclaimer', async () => {
    const run = await runInProcess(['plan', '-f', 'md', '--pain-ceiling', '2'], { stdin: json(example()) })
    expect(run.stdout.match(/^## .*$/gm)).toEqual(['## Screening', '## Chosen movements (pain ceiling 2/10)', '## Left out', '## Why'])
    expect(run.stdout.endsWith(`${DISCLAIMER}\n`)).toBe(true)
  })

  // A plan-rehab-input may hold options; the CLI must use them, or refuse them, never drop them unsaid.
  it('plans with the options in the file, the flag overriding them', async () => {
    const fromFile = await runInProcess(['plan'], { stdin: json({ ...example(), options: { painCeiling: 2 } }) })
    expect(fromFile.code).toBe(0)
    expect(JSON.parse(fromFile.stdout).selection.painCeiling).toBe(2)
    const overridden = await runInProcess(['plan', '--pain-ceiling', '3'], { stdin: json({ ...example(), options: { painCeiling: 2 } }) })
    expect(JSON.parse(overridden.stdout).selection.painCeiling).toBe(3)
  })

  it('refers on a red flag with exit code 3, and when too few movements are tolerable with exit code 4', async () => {
    const flagged = example()
    flagged.intake.redFlags['fever'] = true
    const referral = await runInProcess(['plan'], { stdin: json(flagged) })
    expect(referral.code).toBe(3)
    expect(JSON.parse(referral.stdout)).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'soon' })
    const painful = example()
    for (const result of painful.assessment.results) result.pain = 7
    expect((await runInProcess(['plan'], { stdin: json(painful) })).code).toBe(4)
  })

  it('names every problem of the input under its part, with exit code 2', async () => {
    const input = example()
    input.assessment.results[0]!.pain = 11
    expect(await runInProcess(['plan'], { stdin: json(input) })).toEqual({ code: 2, stdout: '', stderr: 'stdin: assessment.results.0.pain: must be at most 10\n' })
    expect((await runInProcess(['plan'], { stdin: '[1, 2]' })).stderr).toBe('stdin: (input): must be an object\n')
    expect((await runInProcess(['plan'], { stdin: '{}' })).stderr).toBe('stdin: intake: is required\nstdin: assessment: is required\n')
  })
})

describe('ceiling', () => {
  it('writes the verdict on the logs', async () => {
    const run = await runInProcess(['ceiling'], { stdin: json(logs) })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json((evaluateCeiling(logs as never) as { right: unknown }).right)))
  })

  it('shows the zone and action as text', async () => {
    expect((await runInProcess(['ceiling', '-f', 'table'], { stdin: json(logs) })).stdout).toMatch(/^Ceiling\nZone: green\. Action: progress\.\n/)
  })

  it('names a malformed log with exit code 2', async () => {
    const run = await runInProcess(['ceiling'], { stdin: json({ ...logs, sessions: [{ ...hold('2026-11-20', 1), painDuring: 11 }] }) })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stdin: sessions.0.painDuring: must be at most 10\n' })
  })
})

describe('progress', () => {
  it('writes the next dose from the sessions logged', async () => {
    const input = { intake: example().intake, ...logs, movement: 'deadbug' }
    const run = await runInProcess(['progress'], { stdin: json(input) })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json((nextDose(input as never) as { right: unknown }).right)))
    expect((await runInProcess(['progress', '-f', 'table'], { stdin: json(input) })).stdout).toMatch(/^Next dose: Deadbug hold\nAction: progress\. Dose: 2 x 25 s\./)
  })

  it('pauses with exit code 5 after repeated red', async () => {
    const run = await runInProcess(['progress', '-f', 'table'], {
      stdin: json({ intake: example().intake, movement: 'deadbug', sessions: [hold('2026-11-17', 6), hold('2026-11-19', 6)], mornings: [], baselinePain: 1, today: '2026-11-21' }),
    })
    expect(run.code).toBe(5)
    expect(run.stdout).toMatch(/^Paused: Deadbug hold\nDo not do it before 2026-11-28\.\n/)
    expect(run.stderr).toBe('Paused until 2026-11-28: deadbug went into the red repeatedly: pause it until 2026-11-28.\n')
  })

  it('refers with exit code 3 when the ceiling says stop', async () => {
    const run = await runInProcess(['progress'], { stdin: json({ intake: example().intake, movement: 'deadbug', sessions: [hold('2026-11-20', 8)], mornings: [], baselinePain: 1, today: '2026-11-21' }) })
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'ceiling' })
  })

  it('refuses the old history field with exit code 2', async () => {
    const { sessions, ...rest } = logs
    const run = await runInProcess(['progress'], { stdin: json({ intake: example().intake, ...rest, movement: 'deadbug', history: sessions }) })
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(['stdin: sessions: is required', 'stdin: history: is not a known field'])
  })

  it('screens the intake first: a red flag refers with exit code 3 and gives no dose', async () => {
    const intake = { ...example().intake, redFlags: { ...example().intake.redFlags, 'saddle-numbness': true } }
    const run = await runInProcess(['progress'], { stdin: json({ intake, ...logs, movement: 'deadbug' }) })
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' })
    expect(JSON.parse(run.stdout)).not.toHaveProperty('dose')
  })

  it('refuses logs without an intake, with exit code 2', async () => {
    const run = await runInProcess(['progress'], { stdin: json({ ...logs, movement: 'deadbug' }) })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stdin: intake: is required\n' })
  })
})

describe('the planning and ceiling commands on an episode file', () => {
  const episode = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as { intake: unknown; events: { type: string; date: string }[] }
  const first = episode.events.find((event) => event.type === 'assessment') as unknown as Example['assessment'] & { type: string }
  const run = (args: readonly string[]) => runInProcess(args, { stdin: json(episode) })

  it('plans, selects and screens from its intake and its latest assessment on or before --today', async () => {
    const { type: _type, ...assessment } = first
    const expected = planRehab({ intake: episode.intake, assessment } as never)
    expect(JSON.parse((await run(['plan', '-', '--today', '2026-11-09'])).stdout)).toEqual(JSON.parse(json((expected as { right: unknown }).right)))
    expect(JSON.parse((await run(['screen', '-'])).stdout)).toEqual(JSON.parse(json((screenIntake(episode.intake as never) as { right: unknown }).right)))
    const before = await run(['select', '-', '--today', '2026-11-01'])
    expect([before.code, before.stderr]).toEqual([2, 'stdin: the episode holds no assessment on or before 2026-11-01 to plan from\n'])
  })

  it('judges the ceiling and doses a movement of the episode on --today, and needs the day and the movement', async () => {
    const ceiling = await run(['ceiling', '-', '--today', '2026-11-09'])
    expect(JSON.parse(ceiling.stdout)).toEqual(JSON.parse(json((evaluateCeiling({ episode, today: '2026-11-09' } as never) as { right: unknown }).right)))
    const dose = await run(['progress', '-', '--today', '2026-11-09', '--movement', 'hip-bridge'])
    expect(JSON.parse(dose.stdout)).toEqual(JSON.parse(json((nextDose({ episode, movement: 'hip-bridge', today: '2026-11-09' } as never) as { right: unknown }).right)))
    const table = await run(['progress', '-', '--today', '2026-11-09', '--movement', 'hip-bridge', '-f', 'table'])
    expect(table.stdout).toMatch(/^Next dose: Hip bridge\nStatus: progress\. Dose: 2 x 7\. /)
    const red = (time: string) => ({ type: 'session', date: '2026-11-09', time, movement: 'hip-bridge', performed: { kind: 'reps', sets: 2, reps: 7 }, completed: true, painDuring: 6 })
    const paused = await runInProcess(['progress', '-', '--today', '2026-11-10', '--movement', 'hip-bridge', '-f', 'table'], { stdin: json({ ...episode, events: [...episode.events, red('08:00'), red('12:30')] }) })
    // A stop never carries a dose, and scripts see the pause's exit code whichever form the file had.
    expect([paused.code, paused.stdout.startsWith('Paused: Hip bridge\nDo not do it before 2026-11-16.'), paused.stdout.includes('Dose')]).toEqual([5, true, false])
    expect(await run(['ceiling', '-'])).toMatchObject({ code: 2, stderr: 'stdin: an episode needs --today to say which day to judge\n' })
    expect(await run(['progress', '-', '--today', '2026-11-09'])).toMatchObject({ code: 2, stderr: 'stdin: an episode needs --movement to say which movement to dose\n' })
  })
})
