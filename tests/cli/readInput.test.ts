import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_INPUT_BYTES, readInput } from '../../src/cli/readInput.js'

const work = mkdtempSync(join(tmpdir(), 'rehab-engine-read-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

const file = (name: string, text: string) => {
  const path = join(work, name)
  writeFileSync(path, text)
  return path
}
const stdin = (chunks: readonly string[], isTTY?: boolean) => {
  const stream = Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), isTTY === undefined ? {} : { isTTY })
  vi.spyOn(process, 'stdin', 'get').mockReturnValue(stream as unknown as typeof process.stdin)
}

describe('readInput', () => {
  it('reads a JSON file, and names it as the source', async () => {
    const path = file('plan.json', '{ "start": "2026-11-02", "weeks": 2 }')
    expect(await readInput(path)).toEqual({ ok: true, value: { start: '2026-11-02', weeks: 2 }, source: path })
  })

  it('reads a YAML file the same way', async () => {
    const path = file('plan.yaml', 'start: "2026-11-02"\nweeks: 2\n')
    expect(await readInput(path)).toEqual({ ok: true, value: { start: '2026-11-02', weeks: 2 }, source: path })
  })

  it('says a file that is missing cannot be read, and why', async () => {
    const path = join(work, 'missing.json')
    const result = await readInput(path)
    expect(result).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^${path.replaceAll('.', '\\.')}: cannot be read \\(ENOENT`)) })
  })

  it('says an empty file, or one of blanks only, is empty', async () => {
    expect(await readInput(file('empty.json', ''))).toEqual({ ok: false, message: `${join(work, 'empty.json')}: is empty; give JSON or YAML input` })
    expect(await readInput(file('blank.json', ' \n\t\n'))).toEqual({ ok: false, message: `${join(work, 'blank.json')}: is empty; give JSON or YAML input` })
  })

  it('says text that is neither JSON nor YAML is not valid, with the first line of the parser message', async () => {
    const result = await readInput(file('broken.yaml', 'start: [2026-11-02'))
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.message).toMatch(new RegExp(`^${join(work, 'broken.yaml').replaceAll('.', '\\.')}: is not valid JSON or YAML \\([^\\n]*[^:]\\)$`))
  })

  it('reads a .json file with the JSON parser: YAML in it is not JSON, and a broken one says so', async () => {
    const yamlInJson = await readInput(file('yaml.json', 'start: "2026-11-02"\n'))
    expect(yamlInJson).toEqual({ ok: false, message: expect.stringMatching(/yaml\.json: is not valid JSON \(/) })
    const broken = await readInput(file('broken.json', '{ "start": '))
    expect(broken).toEqual({ ok: false, message: expect.stringMatching(/broken\.json: is not valid JSON \(/) })
  })

  it('reads JSON piped in with the JSON parser, by its first character, and YAML piped in without it', async () => {
    // The YAML parser reads JSON too, but a 14 MB file of logs took it 13 s and 1.2 GB.
    const jsonParse = vi.spyOn(JSON, 'parse')
    stdin([' {"weeks": 2}'])
    expect(await readInput('-')).toEqual({ ok: true, value: { weeks: 2 }, source: 'stdin' })
    expect(jsonParse).toHaveBeenCalledWith(' {"weeks": 2}')
    jsonParse.mockClear()
    stdin(['weeks: 2\n'])
    expect(await readInput('-')).toEqual({ ok: true, value: { weeks: 2 }, source: 'stdin' })
    expect(jsonParse).not.toHaveBeenCalled()
  })

  it('refuses an input over 16 MiB before parsing it, from a file or piped in', async () => {
    const big = 'x'.repeat(MAX_INPUT_BYTES + 1)
    expect(await readInput(file('big.json', big))).toEqual({ ok: false, message: `${join(work, 'big.json')}: is larger than 16 MiB, more than any input the engine takes` })
    stdin([big.slice(0, MAX_INPUT_BYTES), 'xx'])
    expect(await readInput('-')).toEqual({ ok: false, message: 'stdin: is larger than 16 MiB, more than any input the engine takes' })
  })

  it('reads standard input for "-" and for no path, chunk by chunk', async () => {
    stdin(['{ "weeks"', ': 3 }'])
    expect(await readInput('-')).toEqual({ ok: true, value: { weeks: 3 }, source: 'stdin' })
    stdin(['weeks: 4\n'])
    expect(await readInput(undefined)).toEqual({ ok: true, value: { weeks: 4 }, source: 'stdin' })
  })

  it('asks for input rather than wait on a terminal', async () => {
    stdin([], true)
    expect(await readInput(undefined)).toEqual({ ok: false, message: 'no input: give a file path, or pipe JSON or YAML into standard input' })
  })

  it('names standard input as the source of an empty input', async () => {
    stdin([], false)
    expect(await readInput('-')).toEqual({ ok: false, message: 'stdin: is empty; give JSON or YAML input' })
  })
})
