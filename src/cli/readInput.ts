import { open } from 'node:fs/promises'
import { parse } from 'yaml'

/** Input read and parsed, or a message saying why it could not be. */
export type ReadResult = { readonly ok: true; readonly value: unknown; readonly source: string } | { readonly ok: false; readonly message: string }

/**
 * The largest input the command line reads: 16 MiB, several times the
 * largest episode the engine takes (20,000 events, about 3 MB of JSON). A
 * larger file is refused before it is parsed, so it cannot take the process
 * down. An engine default.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024

const tooLarge = (source: string): ReadResult => ({ ok: false, message: `${source}: is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than any input the engine takes` })

/** Standard input, or undefined once it passes the limit: the rest is not read. */
const readStdin = async (): Promise<string | undefined> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > MAX_INPUT_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A file, or undefined when it is over the limit: its size is looked at, through the same handle, before anything is read. */
export const readSmallFile = async (path: string): Promise<string | undefined> => {
  const handle = await open(path, 'r')
  try {
    return (await handle.stat()).size > MAX_INPUT_BYTES ? undefined : await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}

/** JSON is read as JSON, by name or, on standard input, by its first character; anything else as YAML. */
const isJson = (source: string, text: string): boolean => (source === 'stdin' ? /^\s*[[{]/.test(text) : source.toLowerCase().endsWith('.json'))

/**
 * Reads a file, or standard input for `-` or no path, and parses it: a
 * `.json` file (or JSON piped in) with `JSON.parse`, anything else as YAML.
 * Nothing is thrown: a missing file, an input over MAX_INPUT_BYTES or a
 * syntax error comes back as a message naming the source.
 */
export const readInput = async (path: string | undefined): Promise<ReadResult> => {
  const source = path === undefined || path === '-' ? 'stdin' : path
  let text: string | undefined
  try {
    if (source === 'stdin' && process.stdin.isTTY === true) {
      return { ok: false, message: 'no input: give a file path, or pipe JSON or YAML into standard input' }
    }
    text = source === 'stdin' ? await readStdin() : await readSmallFile(source)
  } catch (error) {
    return { ok: false, message: `${source}: cannot be read (${error instanceof Error ? error.message : String(error)})` }
  }
  if (text === undefined) return tooLarge(source)
  if (text.trim() === '') return { ok: false, message: `${source}: is empty; give JSON or YAML input` }
  const json = isJson(source, text)
  try {
    return { ok: true, value: json ? JSON.parse(text) : parse(text), source }
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/:$/, '') : String(error)
    return { ok: false, message: `${source}: is not valid ${json ? 'JSON' : 'JSON or YAML'} (${firstLine})` }
  }
}
