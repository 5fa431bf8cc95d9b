import { InvalidArgumentError, Option, type Command } from 'commander'
import type { Either } from 'fp-ts/lib/Either.js'
import type { CatalogInput, InvalidInput, Paused, Referral } from '../index.js'
import { EXIT, type ExitCode } from './exitCodes.js'
import { readInput } from './readInput.js'
import { pausedBlocks, referralBlocks, renderBlocks, type Block, type ReadableFormat } from './render.js'
import { voiceOf, type Language, type Voice } from './voice.js'

/** Where a command writes; the real process in use, a buffer in a test. */
export interface Io {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly isTerminal: boolean
}

export type Format = 'table' | 'json' | 'md' | 'ics'
export type Failure = InvalidInput | Referral | Paused

/** What every command shares: the program to add itself to, the streams, and where to record its exit code. */
export interface CliContext {
  readonly program: Command
  readonly io: Io
  readonly exit: { code: ExitCode }
}

// The file `rehab-engine init client.yaml` writes: every help example runs on it as it stands.
export const EXAMPLE_FILE = 'client.yaml'

/** A parsed file's top-level fields; anything else has none, and the engine says what is missing. */
export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/**
 * A file's input with the flags' options over its own `options`. Without a flag the file goes as it is, and
 * a file whose `options` is not an object keeps it, so the engine names the problem.
 */
export const withFlagOptions = (value: unknown, flags: Record<string, unknown>): unknown => {
  if (Object.keys(flags).length === 0) return value
  const file = asRecord(value)
  const own = file['options']
  if (own !== undefined && (typeof own !== 'object' || own === null || Array.isArray(own))) return value
  return { ...file, options: { ...asRecord(own), ...flags } }
}

export const formatOption = (allowed: readonly Format[]) =>
  new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(allowed)

/**
 * A number option, as decimal digits only: JavaScript's Number would read ""
 * as 0 and "0x3" as 3, silently. The engine checks the range.
 */
export const wholeNumber = (value: string): number => {
  if (!/^\d{1,6}$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number in decimal digits`)
  return Number(value)
}

export const painCeilingOption = () => new Option('--pain-ceiling <n>', 'highest pain (0-5) a movement may score and be chosen').argParser(wholeNumber)

export const ceilingOption = (painCeiling: number | undefined) => (painCeiling === undefined ? {} : { painCeiling })

export const resolveFormat = (io: Io, asked: Format | undefined): Format => asked ?? (io.isTerminal ? 'table' : 'json')

/** A command of the program with its file argument and a runnable example in its help. */
export const fileCommand = (context: CliContext, name: string, summary: string, example: string): Command =>
  context.program
    .command(name)
    .description(summary)
    .argument('[file]', 'JSON or YAML input; omit or "-" to read standard input')
    .addHelpText('after', `\nExample:\n  ${example}\n`)

export const reportInvalid = (io: Io, source: string, error: InvalidInput): ExitCode => {
  for (const issue of error.issues) io.err(`${source}: ${issue.path.length === 0 ? '(input)' : issue.path.join('.')}: ${issue.message}\n`)
  return EXIT.invalidInput
}

/** The catalog an input file brings in its `options`, whose names the output uses. */
export const catalogOf = (value: unknown): CatalogInput | undefined => asRecord(asRecord(value)['options'])['catalog'] as CatalogInput | undefined

/** The voice `--lang` asks for (English by default), naming movements from `catalog` when the input brought one. */
export const voiceFor = (context: CliContext, catalog?: CatalogInput): Voice =>
  voiceOf((context.program.opts() as { lang?: Language }).lang ?? 'en', catalog)

/** Writes a value in the asked format. An iCalendar output takes only a calendar: without one, stdout stays empty. */
export const write = (io: Io, value: unknown, format: Format, blocks: () => Block[], voice: Voice): void => {
  if (format === 'ics') return
  io.out(format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : `${renderBlocks(blocks(), format as ReadableFormat, voice)}\n`)
}

/**
 * Writes a result or a failure in the asked format, its reasons and advice in the voice's language, and
 * returns its exit code.
 */
export const answer = <Value>(
  io: Io,
  source: string,
  answered: Either<Failure, Value>,
  format: Format,
  blocks: (value: Value, voice: Voice) => Block[],
  voice: Voice,
): ExitCode => {
  const result = voice.speak(answered)
  if (result._tag === 'Right') {
    write(io, result.right, format, () => blocks(result.right, voice), voice)
    return EXIT.done
  }
  const failure = result.left
  switch (failure._tag) {
    case 'InvalidInput':
      return reportInvalid(io, source, failure)
    case 'Referral':
      write(io, failure, format, () => referralBlocks(failure, voice), voice)
      io.err(`Referral (${failure.urgency}): ${failure.advice}\n`)
      return failure.cause === 'too-few-tolerable' ? EXIT.notEnoughTolerable : EXIT.referral
    case 'Paused':
      write(io, failure, format, () => pausedBlocks(failure, voice), voice)
      io.err(`Paused until ${failure.resumeOn}: ${failure.reasons[0]?.message ?? ''}\n`)
      return EXIT.paused
    default: {
      const unreachable: never = failure
      return unreachable
    }
  }
}

/** Reads the input, or reports why it could not be read, then records the handler's exit code. */
export const withInput = async (context: CliContext, file: string | undefined, handle: (value: unknown, source: string) => ExitCode): Promise<void> => {
  const input = await readInput(file)
  if (input.ok) context.exit.code = handle(input.value, input.source)
  else {
    context.io.err(`${input.message}\n`)
    context.exit.code = EXIT.invalidInput
  }
}
