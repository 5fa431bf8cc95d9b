import { describe, expect, it } from 'vitest'
import { escapeControls, runCli } from '../../src/cli/main.js'
import { VERSION } from '../../src/cli/version.js'
import { runInProcess } from '../support/cliRun.js'

const COMMANDS = ['screen', 'select', 'plan', 'ceiling', 'progress', 'program', 'catalog'] as const

describe('runCli', () => {
  it('prints the version with exit code 0', async () => {
    expect(await runInProcess(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' })
  })

  // The build writes the package version in; the sources run unbuilt say so instead (tests/cli/cli.test.ts checks the built one).
  it('says it is an unbuilt development version when run from the sources', () => {
    expect(VERSION).toBe('0.0.0-dev')
  })

  it('lists every command and the disclaimer in its help, with exit code 0', async () => {
    const help = await runInProcess(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Decision support, not medical advice.')
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'))
  })

  it.each(COMMANDS)('gives %s a help ending in a runnable example', async (command) => {
    const help = await runInProcess([command, '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(new RegExp(`\\nExample:\\n {2}rehab-engine ${command} .*\\n+$`))
  })

  it('answers a usage error with the help on stderr and exit code 2', async () => {
    const unknown = await runInProcess(['no-such-command'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^error: unknown command 'no-such-command'\n/)
    expect((await runInProcess([])).code).toBe(2)
    expect((await runInProcess(['catalog', '--format', 'pdf'])).code).toBe(2)
  })

  it('exits 1 on anything unexpected, here a stream that fails to write, and says what broke', async () => {
    const errors: string[] = []
    const code = await runCli(['catalog', '-f', 'json'], {
      out: () => {
        throw new Error('the stream broke')
      },
      err: (text) => errors.push(text),
      isTerminal: false,
    })
    expect(code).toBe(1)
    expect(errors.join('')).toMatch(/^rehab-engine: unexpected error: Error: the stream broke\n {4}at /)
  })

  it('says what was thrown when it is not an Error', async () => {
    const errors: string[] = []
    const code = await runCli(['catalog', '-f', 'json'], {
      out: () => {
        throw 'no room left' // eslint-disable-line no-throw-literal
      },
      err: (text) => errors.push(text),
      isTerminal: false,
    })
    expect(code).toBe(1)
    expect(errors).toEqual(['rehab-engine: unexpected error: no room left\n'])
  })
})

describe('escapeControls: input echoed to a terminal is shown, never acted on', () => {
  it('writes C0, DEL and C1 controls and a lone carriage return as \\u escapes, and keeps tabs, newlines and CRLF', () => {
    // JSON's own escapes: JSON output read back holds the same strings.
    expect(JSON.parse(escapeControls(JSON.stringify({ name: 'a\u009bb' })))).toEqual({ name: 'a\u009bb' })
    expect(escapeControls('a\u001b[31mb\tc\nd\r\ne\rf\u007fg\u009bh\u0000')).toBe('a\\u001b[31mb\tc\nd\r\ne\\u000df\\u007fg\\u009bh\\u0000')
  })

  it('escapes a key, or a value, holding terminal escape codes in the error that names it', async () => {
    const run = await runInProcess(['screen'], { stdin: JSON.stringify({ age: 38, redFlags: {}, '\u001b]0;owned\u0007': 1 }) })
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(run.stderr).toContain('\\u001b]0;owned\\u0007')
    // A movement name holding a C1 control (a one-byte terminal escape) is named with it escaped.
    const plan = await runInProcess(['select', '-f', 'json'], { stdin: JSON.stringify({ intake: { age: 38, redFlags: {} }, assessment: { date: '2026-11-02', results: [{ movement: 'cat\u009bcamel', pain: 1 }] } }) })
    expect(plan.code).toBe(2)
    expect(plan.stderr).toContain('cat\\u009bcamel')
  })
})
