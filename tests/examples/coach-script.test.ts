import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'

const ROOT = join(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'coach-script-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8'))

describe('examples/coach-script.ts', () => {
  it('plans a folder of clients, writes each plan and calendar, and reports one line per client', async () => {
    const clients = join(work, 'clients')
    const out = join(work, 'out')
    mkdirSync(clients, { recursive: true })
    const write = (file: string, text: string) => writeFileSync(join(clients, file), text)
    write('anna.json', JSON.stringify({ ...example(), start: '2026-11-02', options: { timeZone: 'Europe/Berlin', weeks: 2 } }))
    write('ben.yaml', stringify({ ...example(), start: '2026-11-09' }))
    const referral = example()
    referral.intake.redFlags.fever = true
    write('carla.json', JSON.stringify({ ...referral, start: '2026-11-02' }))
    write('dev.json', JSON.stringify({ ...example(), start: '2026-11-31' }))
    const painful = example()
    for (const result of painful.assessment.results) result.pain = 7
    write('emil.json', JSON.stringify({ ...painful, start: '2026-11-02' }))
    write('fay.json', JSON.stringify({ ...example(), start: '2026-11-02', options: { weeks: 0 } }))
    write('notes.txt', 'not a client')

    // The script stamps each calendar with the time it ran, so a newer file for a client replaces the older.
    const started = new Date().toISOString().replace(/[-:]|\.\d+/g, '')
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/coach-script.ts'), clients, out], { cwd: ROOT, timeout: 60_000 }, (error, stdout) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout }),
      )
    })
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toMatch(/^\[1\/6\] anna: 5 movements \(.*\), 42 sessions from 2026-11-02 in Europe\/Berlin$/)
    expect(lines[1]).toMatch(/^\[2\/6\] ben: 5 movements .* 168 sessions from 2026-11-09 in UTC$/)
    expect(lines[2]).toMatch(/^\[3\/6\] carla: REFER \(soon\): /)
    expect(lines[3]).toBe('[4/6] dev: fix the file: start: must be a calendar date written YYYY-MM-DD')
    expect(lines[4]).toMatch(/^\[5\/6\] emil: no plan, too few tolerable movements: .*doctor or physiotherapist/)
    expect(lines[5]).toBe('[6/6] fay: fix the file: options.weeks: must be at least 1')
    expect(lines[6]).toBe('2 of 6 clients planned; 4 need attention.')
    expect(run.code).toBe(1)
    expect(readdirSync(out).sort()).toEqual(['anna.ics', 'anna.plan.json', 'ben.ics', 'ben.plan.json'])
    expect(readFileSync(join(out, 'anna.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/)
    const anna = readFileSync(join(out, 'anna.ics'), 'utf8')
    expect(anna).toMatch(/^UID:anna~2026-11-02~session-1@rehab-engine\r$/m)
    const stamps = [...new Set([...anna.matchAll(/^DTSTAMP:(\d{8}T\d{6}Z)\r$/gm)].map((match) => match[1]!))]
    expect(stamps).toHaveLength(1)
    expect(stamps[0]! >= started).toBe(true)
    expect(JSON.parse(readFileSync(join(out, 'ben.plan.json'), 'utf8')).program.sessions).toHaveLength(168)
  })
})
