import { Command, InvalidArgumentError, Option } from 'commander'
import { planRehab } from '../assessment/planRehab.js'
import { screenIntake } from '../assessment/screenIntake.js'
import { selectRehabMovements } from '../assessment/selectRehabMovements.js'
import type { NotEnoughTolerableMovements, RehabPlan } from '../assessment/selection.js'
import type { Referral } from '../assessment/screening.js'
import { movements } from '../catalog/movements.js'
import type { Either } from '../internal/either.js'
import { buildProgram, type BuildProgramInput } from '../program/buildProgram.js'
import { programToIcs } from '../program/programToIcs.js'
import { programToMarkdown } from '../program/programToMarkdown.js'
import { evaluateCeiling } from '../progression/evaluateCeiling.js'
import { nextDose } from '../progression/nextDose.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { EXIT, type ExitCode } from './exitCodes.js'
import { readInput } from './readInput.js'
import {
  catalogBlocks,
  decisionBlocks,
  programBlocks,
  renderBlocks,
  screeningBlocks,
  selectionBlocks,
  verdictBlocks,
  type Block,
  type ReadableFormat,
} from './render.js'
import { VERSION } from './version.js'

type Format = 'table' | 'json' | 'md' | 'ics'
type Failure = InvalidInput | Referral | NotEnoughTolerableMovements

/** Where a command writes; the real process in use, a buffer in a test. */
export interface Io {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly isTerminal: boolean
}

const EXAMPLE_FILE = 'examples/assessment.json'

/** Builds the command line program; each action records its exit code in `exit`. */
export const createProgram = (io: Io, exit: { code: ExitCode }): Command => {
  const program = new Command('rehab-engine')
    .description('Back-pain rehab selection from the command line: screen, select, plan, judge the ceiling, progress, lay out a program.\nDecision support, not medical advice.')
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()

  const formats = (allowed: readonly Format[]) =>
    new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(allowed)

  const resolveFormat = (asked: Format | undefined): Format => asked ?? (io.isTerminal ? 'table' : 'json')

  const reportInvalid = (source: string, error: InvalidInput): ExitCode => {
    for (const issue of error.issues) io.err(`${source}: ${issue.path === '' ? '(input)' : issue.path}: ${issue.message}\n`)
    return EXIT.invalidInput
  }

  // An iCalendar output takes only a calendar: when there is none, stdout stays empty and stderr says why.
  const write = (value: unknown, format: Format, blocks: () => Block[]) => {
    if (format === 'ics') return
    io.out(format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : `${renderBlocks(blocks(), format as ReadableFormat)}\n`)
  }

  /** Writes a result or a failure in the asked format and returns its exit code. */
  const answer = <Value>(source: string, result: Either<Failure, Value>, format: Format, blocks: (value: Value) => Block[]): ExitCode => {
    if (result._tag === 'Right') {
      write(result.right, format, () => blocks(result.right))
      return EXIT.done
    }
    const failure = result.left
    switch (failure._tag) {
      case 'InvalidInput':
        return reportInvalid(source, failure)
      case 'Referral':
        write(failure, format, () => screeningBlocks(failure))
        io.err(`Referral (${failure.urgency}): ${failure.advice}\n`)
        return EXIT.referral
      case 'NotEnoughTolerableMovements':
        write(failure, format, () => [{ heading: 'No plan', lines: [failure.advice, ...failure.reasons.map((reason) => `- ${reason.message}`)] }])
        io.err(`${failure.advice}\n`)
        return EXIT.notEnoughTolerable
      default: {
        const unreachable: never = failure
        return unreachable
      }
    }
  }

  const painCeiling = new Option('--pain-ceiling <n>', 'highest pain (0-5) a movement may score and be chosen').argParser(Number)

  /** Reads the input, or reports why it could not be read, then records the handler's exit code. */
  const withInput = async (file: string | undefined, handle: (value: unknown, source: string) => ExitCode): Promise<void> => {
    const input = await readInput(file)
    if (input.ok) exit.code = handle(input.value, input.source)
    else {
      io.err(`${input.message}\n`)
      exit.code = EXIT.invalidInput
    }
  }
  const ceilingOption = (painCeiling: number | undefined) => (painCeiling === undefined ? {} : { painCeiling })

  const command = (name: string, summary: string, example: string) =>
    program
      .command(name)
      .description(summary)
      .argument('[file]', 'JSON or YAML input; omit or "-" to read standard input')
      .addHelpText('after', `\nExample:\n  ${example}\n`)

  command('screen', 'screen an intake for red flags and STarT Back risk', `rehab-engine screen intake.yaml`)
    .addOption(formats(['table', 'json', 'md']))
    .action((file: string | undefined, options: { format?: Format }) =>
      withInput(file, (value, source) => {
        const result = screenIntake(value as never)
        // A referral is a result of screening, but scripts should see it as one: exit 3, advice on stderr.
        const asFailure = result._tag === 'Right' && result.right._tag === 'Referral' ? { _tag: 'Left' as const, left: result.right } : result
        return answer(source, asFailure, resolveFormat(options.format), screeningBlocks)
      }),
    )

  command('select', 'choose 4-5 rehab movements from a movement assessment', `rehab-engine select assessment.json --pain-ceiling 3`)
    .addOption(formats(['table', 'json', 'md']))
    .addOption(painCeiling)
    .action((file: string | undefined, options: { format?: Format; painCeiling?: number }) =>
      withInput(file, (value, source) =>
        answer(source, selectRehabMovements(value as never, ceilingOption(options.painCeiling)), resolveFormat(options.format), selectionBlocks),
      ),
    )

  command('plan', 'screen, then select: { intake, assessment } to a rehab plan', `rehab-engine plan ${EXAMPLE_FILE}`)
    .addOption(formats(['table', 'json', 'md']))
    .addOption(painCeiling)
    .action((file: string | undefined, options: { format?: Format; painCeiling?: number }) =>
      withInput(file, (value, source) =>
        answer(source, planRehab(value as never, ceilingOption(options.painCeiling)), resolveFormat(options.format), (plan: RehabPlan) => [
          ...screeningBlocks(plan.screening),
          ...selectionBlocks(plan.selection),
        ]),
      ),
    )

  command('ceiling', 'judge the last 7 days of session logs and morning checks', `rehab-engine ceiling logs.json`)
    .addOption(formats(['table', 'json', 'md']))
    .action((file: string | undefined, options: { format?: Format }) =>
      withInput(file, (value, source) => answer(source, evaluateCeiling(value as never), resolveFormat(options.format), verdictBlocks)),
    )

  command('progress', "the next dose of one movement along its ladder", `rehab-engine progress deadbug-history.yaml`)
    .addOption(formats(['table', 'json', 'md']))
    .action((file: string | undefined, options: { format?: Format }) =>
      withInput(file, (value, source) => answer(source, nextDose(value as never), resolveFormat(options.format), decisionBlocks)),
    )

  command('program', 'plan, then lay the plan out on a calendar', `rehab-engine program ${EXAMPLE_FILE} --start 2026-11-02 --time-zone Europe/Berlin --format ics > rehab.ics`)
    .addOption(formats(['table', 'json', 'md', 'ics']))
    .addOption(painCeiling)
    .option('--start <date>', 'first day, YYYY-MM-DD (or "start" in the file)')
    .option('--weeks <n>', 'weeks, 1-52 (default 8)', Number)
    .option('--time-zone <zone>', 'IANA time zone (default UTC)')
    .addOption(
      new Option('--week <n>', 'show only this week (table and md output)').argParser((value) => {
        const week = Number(value)
        if (!Number.isInteger(week) || week < 1) throw new InvalidArgumentError('must be a whole number from 1')
        return week
      }),
    )
    .action((file: string | undefined, options: { format?: Format; painCeiling?: number; start?: string; weeks?: number; timeZone?: string; week?: number }) =>
      withInput(file, (value, source) => {
        // The file holds the plan's intake and assessment beside the program's own fields; flags override the file.
        const { intake, assessment, ...layout } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
        const plan = planRehab({ intake, assessment } as never, ceilingOption(options.painCeiling))
        const format = resolveFormat(options.format)
        if (plan._tag === 'Left') return answer(source, plan, format, () => [])
        const built = buildProgram({
          ...layout,
          ...(options.start === undefined ? {} : { start: options.start }),
          ...(options.weeks === undefined ? {} : { weeks: options.weeks }),
          ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
          selection: plan.right.selection,
        } as BuildProgramInput)
        if (built._tag === 'Left') return reportInvalid(source, built.left)
        const weeks = built.right.sessions.length / 7 / 3
        if (options.week !== undefined && options.week > weeks) {
          io.err(`--week ${options.week}: the program has ${weeks} week${weeks === 1 ? '' : 's'}\n`)
          return EXIT.invalidInput
        }
        if (format === 'ics' || (format === 'md' && options.week === undefined)) {
          const text = format === 'ics' ? programToIcs(built.right) : programToMarkdown(built.right)
          if (text._tag === 'Left') return reportInvalid(source, text.left)
          io.out(text.right)
          return EXIT.done
        }
        return answer(source, built, format, (program) => [
          ...screeningBlocks(plan.right.screening),
          ...selectionBlocks(plan.right.selection),
          ...programBlocks(program, options.week),
        ])
      }),
    )

  program
    .command('catalog')
    .description('list the built-in movements')
    .addOption(formats(['table', 'json', 'md']))
    .addHelpText('after', '\nExample:\n  rehab-engine catalog --format md\n')
    .action((options: { format?: Format }) => {
      const format = resolveFormat(options.format)
      io.out(format === 'json' ? `${JSON.stringify(movements, null, 2)}\n` : `${renderBlocks(catalogBlocks(movements), format as ReadableFormat)}\n`)
      exit.code = EXIT.done
    })

  return program
}

/** Runs the CLI on `argv` (without the node and script entries) and returns the exit code. */
export const runCli = async (argv: readonly string[], io: Io): Promise<ExitCode> => {
  const exit: { code: ExitCode } = { code: EXIT.done }
  try {
    await createProgram(io, exit).parseAsync([...argv], { from: 'user' })
    return exit.code
  } catch (error) {
    // commander signals --help, --version and usage errors by throwing once exitOverride is on.
    if (typeof error === 'object' && error !== null && 'exitCode' in error && typeof error.exitCode === 'number') {
      return error.exitCode === 0 ? EXIT.done : EXIT.invalidInput
    }
    io.err(`rehab-engine: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT.unexpected
  }
}
