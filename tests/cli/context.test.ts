import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { DISCLAIMER, type InvalidInput, type Paused, type Referral } from '../../src/index.js'
import { answer, asRecord, ceilingOption, fileCommand, reportInvalid, resolveFormat, withInput, write, type Io } from '../../src/cli/context.js'
import { EXIT, type ExitCode } from '../../src/cli/exitCodes.js'
import { inputFolder } from '../support/cliRun.js'
import { voiceOf } from '../../src/cli/voice.js'

const english = voiceOf('en')

const capture = (isTerminal = false) => {
  const written = { out: '', err: '' }
  const io: Io = { out: (text) => (written.out += text), err: (text) => (written.err += text), isTerminal }
  return { io, written }
}
const lines = (text: string) => [{ lines: [text] }]

describe('asRecord', () => {
  it('keeps an object and reads anything else as an object without fields', () => {
    expect(asRecord({ start: '2026-11-02' })).toEqual({ start: '2026-11-02' })
    for (const value of [null, undefined, [1, 2], 'plan', 3, true]) expect(asRecord(value)).toEqual({})
  })
})

describe('ceilingOption', () => {
  it('asks for a pain ceiling only when the flag was given', () => {
    expect(ceilingOption(undefined)).toEqual({})
    expect(ceilingOption(0)).toEqual({ painCeiling: 0 })
  })
})

describe('resolveFormat', () => {
  it('takes the format asked for, or a table on a terminal and JSON in a pipe', () => {
    expect(resolveFormat(capture(true).io, 'md')).toBe('md')
    expect(resolveFormat(capture(false).io, 'table')).toBe('table')
    expect(resolveFormat(capture(true).io, undefined)).toBe('table')
    expect(resolveFormat(capture(false).io, undefined)).toBe('json')
  })
})

describe('reportInvalid', () => {
  it('writes one line per issue to stderr, the path dot-joined or "(input)", and gives exit code 2', () => {
    const { io, written } = capture()
    const error: InvalidInput = {
      _tag: 'InvalidInput',
      issues: [
        { code: 'too_big', path: ['assessment', 'results', 1, 'pain'], message: 'must be at most 10' },
        { code: 'invalid_type', path: [], message: 'must be an object' },
      ],
    }
    expect(reportInvalid(io, 'plan.json', error)).toBe(EXIT.invalidInput)
    expect(written).toEqual({ out: '', err: 'plan.json: assessment.results.1.pain: must be at most 10\nplan.json: (input): must be an object\n' })
  })
})

describe('write', () => {
  it('writes JSON indented by two spaces, or the blocks with the disclaimer, each ending in a newline', () => {
    const json = capture()
    write(json.io, { zone: 'green' }, 'json', () => lines('unused'), english)
    expect(json.written.out).toBe('{\n  "zone": "green"\n}\n')
    const table = capture()
    write(table.io, {}, 'table', () => [{ heading: 'Zone', lines: ['green'] }], english)
    expect(table.written.out).toBe(`Zone\ngreen\n\n${DISCLAIMER}\n`)
    const md = capture()
    write(md.io, {}, 'md', () => [{ heading: 'Zone', lines: ['green'] }], english)
    expect(md.written.out).toBe(`## Zone\n\ngreen\n\n${DISCLAIMER}\n`)
  })

  it('writes nothing when a calendar was asked for', () => {
    const { io, written } = capture()
    write(io, { zone: 'green' }, 'ics', () => lines('unused'), english)
    expect(written).toEqual({ out: '', err: '' })
  })
})

describe('answer', () => {
  const referral: Referral = { _tag: 'Referral', cause: 'red-flag', urgency: 'emergency', advice: 'Go now.', reasons: [{ rule: 'red-flag', message: 'Saddle numbness.' }] }
  const paused: Paused = { _tag: 'Paused', movement: 'deadbug', resumeOn: '2026-11-28', reasons: [{ rule: 'ceiling-pause', message: 'Red twice.' }] }

  it('writes a result and gives exit code 0', () => {
    const { io, written } = capture()
    expect(answer(io, 'stdin', { _tag: 'Right', right: { ok: 1 } }, 'table', () => lines('All good.'), english)).toBe(EXIT.done)
    expect(written).toEqual({ out: `All good.\n\n${DISCLAIMER}\n`, err: '' })
  })

  it('reports invalid input on stderr only, with exit code 2', () => {
    const { io, written } = capture()
    const code = answer(io, 'in.json', { _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ code: 'required', path: ['start'], message: 'is required' }] } }, 'json', () => [], english)
    expect(code).toBe(2)
    expect(written).toEqual({ out: '', err: 'in.json: start: is required\n' })
  })

  it('writes a referral, its urgency and advice on stderr, with exit code 3', () => {
    const { io, written } = capture()
    expect(answer(io, 'stdin', { _tag: 'Left', left: referral }, 'json', () => [], english)).toBe(3)
    expect(JSON.parse(written.out)).toEqual(referral)
    expect(written.err).toBe('Referral (emergency): Go now.\n')
  })

  it('gives exit code 4 to a referral for too few tolerable movements', () => {
    const { io, written } = capture()
    expect(answer(io, 'stdin', { _tag: 'Left', left: { ...referral, cause: 'too-few-tolerable', urgency: 'routine' } }, 'table', () => [], english)).toBe(4)
    expect(written.out).toMatch(/^No plan: see a clinician first\nUrgency: routine\. Go now\.\n- Saddle numbness\./)
    expect(written.err).toBe('Referral (routine): Go now.\n')
  })

  it('writes a pause, its end and first reason on stderr, with exit code 5', () => {
    const { io, written } = capture()
    expect(answer(io, 'stdin', { _tag: 'Left', left: paused }, 'md', () => [], english)).toBe(5)
    expect(written.out).toMatch(/^## Paused: Deadbug hold\n\nDo not do it before 2026-11-28\.\n- Red twice\./)
    expect(written.err).toBe('Paused until 2026-11-28: Red twice.\n')
  })

  it('keeps the line of a pause that came without a reason', () => {
    const { io, written } = capture()
    answer(io, 'stdin', { _tag: 'Left', left: { ...paused, reasons: [] } }, 'ics', () => [], english)
    expect(written).toEqual({ out: '', err: 'Paused until 2026-11-28: \n' })
  })
})

describe('withInput', () => {
  const context = (io: Io) => ({ program: new Command(), io, exit: { code: EXIT.done as ExitCode } })

  it('gives the handler the parsed file and its name, and keeps its exit code', async () => {
    const folder = inputFolder()
    try {
      const path = folder.file('in.json', '{ "weeks": 2 }')
      const { io } = capture()
      const ctx = context(io)
      const seen: unknown[] = []
      await withInput(ctx, path, (value, source) => {
        seen.push(value, source)
        return EXIT.referral
      })
      expect(seen).toEqual([{ weeks: 2 }, path])
      expect(ctx.exit.code).toBe(3)
    } finally {
      folder.remove()
    }
  })

  it('says why a file could not be read, with exit code 2, and never calls the handler', async () => {
    const { io, written } = capture()
    const ctx = context(io)
    let called = false
    await withInput(ctx, '/no/such/file.json', () => {
      called = true
      return EXIT.done
    })
    expect(called).toBe(false)
    expect(ctx.exit.code).toBe(2)
    expect(written.err).toMatch(/^\/no\/such\/file\.json: cannot be read \(.*\)\n$/)
  })
})

describe('fileCommand', () => {
  it('adds a command taking an optional file', () => {
    const { io } = capture()
    const program = new Command('rehab-engine')
    const command = fileCommand({ program, io, exit: { code: EXIT.done } }, 'screen', 'screen an intake', 'rehab-engine screen intake.yaml')
    expect(command.name()).toBe('screen')
    expect(command.description()).toBe('screen an intake')
    expect(command.registeredArguments.map((argument) => [argument.name(), argument.required])).toEqual([['file', false]])
  })
})
