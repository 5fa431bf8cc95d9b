// Runs the CLI inside the test process, on the sources: files in a temporary folder, standard input from a
// string, and the streams collected, so each run is quick and reaches every line of src/cli.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { vi } from 'vitest'
import { runCli } from '../../src/cli/main.js'

export interface InProcessRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI on `argv`; `stdin` is what a pipe would hold, and `terminal` says whether stdout is one. */
export const runInProcess = async (argv: readonly string[], options: { stdin?: string; terminal?: boolean } = {}): Promise<InProcessRun> => {
  let stdout = ''
  let stderr = ''
  const spy =
    options.stdin === undefined
      ? undefined
      : vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([Buffer.from(options.stdin)]) as unknown as typeof process.stdin)
  try {
    const code = await runCli(argv, { out: (text) => (stdout += text), err: (text) => (stderr += text), isTerminal: options.terminal ?? false })
    return { code, stdout, stderr }
  } finally {
    spy?.mockRestore()
  }
}

/** A temporary folder for input files, removed by `remove`. */
export const inputFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'rehab-engine-cli-'))
  return {
    file: (name: string, value: unknown): string => {
      const path = join(folder, name)
      writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
      return path
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  }
}
