import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'

/** Input read and parsed, or a message saying why it could not be. */
export type ReadResult = { readonly ok: true; readonly value: unknown; readonly source: string } | { readonly ok: false; readonly message: string }

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Reads a file, or standard input for `-` or no path, and parses it as YAML,
 * which also reads every JSON document. Nothing is thrown: a missing file or a
 * syntax error comes back as a message naming the source.
 */
export const readInput = async (path: string | undefined): Promise<ReadResult> => {
  const source = path === undefined || path === '-' ? 'stdin' : path
  let text: string
  try {
    if (source === 'stdin' && process.stdin.isTTY === true) {
      return { ok: false, message: 'no input: give a file path, or pipe JSON or YAML into standard input' }
    }
    text = source === 'stdin' ? await readStdin() : await readFile(source, 'utf8')
  } catch (error) {
    return { ok: false, message: `${source}: cannot be read (${error instanceof Error ? error.message : String(error)})` }
  }
  if (text.trim() === '') return { ok: false, message: `${source}: is empty; give JSON or YAML input` }
  try {
    return { ok: true, value: parse(text), source }
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/:$/, '') : String(error)
    return { ok: false, message: `${source}: is not valid JSON or YAML (${firstLine})` }
  }
}
