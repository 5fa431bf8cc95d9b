import { Command, Option } from 'commander'
import { addAssessCommands } from './commands/assess.js'
import { addCatalogCommand } from './commands/catalog.js'
import { addInitCommand } from './commands/init.js'
import { addLogCommand } from './commands/log.js'
import { addPlaygroundCommand } from './commands/playground.js'
import { addProgramCommand } from './commands/program.js'
import { addReportCommand } from './commands/report.js'
import { addTodayCommand } from './commands/today.js'
import type { Io } from './context.js'
import { EXIT, type ExitCode } from './exitCodes.js'
import { VERSION } from './version.js'
import { LANGUAGES } from './voice.js'

export type { Io } from './context.js'

/** Builds the command line program; each action records its exit code in `exit`. */
export const createProgram = (io: Io, exit: { code: ExitCode }): Command => {
  const program = new Command('rehab-engine')
    .description(
      'Back-pain rehab selection from the command line: screen, select, plan, judge the ceiling, progress, lay out a program, plan a day of an episode of care, report its outcome, start a client file, try it all in a browser.\nDecision support, not medical advice.',
    )
    .version(VERSION)
    .addOption(new Option('--lang <language>', "the language of the person's text: reasons, advice, movement names, doses, the program and the disclaimer").choices(Object.keys(LANGUAGES)).default('en'))
    .showHelpAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
  const context = { program, io, exit }
  addAssessCommands(context)
  addProgramCommand(context)
  addTodayCommand(context)
  addReportCommand(context)
  addInitCommand(context)
  addLogCommand(context)
  addCatalogCommand(context)
  addPlaygroundCommand(context)
  return program
}

// Control characters a terminal would act on: C0 but tab and newline, a carriage return not ending a line, DEL and C1.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g

/**
 * Text with every control character written as a `\u` escape, so input
 * echoed back (a key holding terminal escape codes, say) is shown, never
 * acted on. The escape is JSON's own, so JSON output keeps its meaning;
 * the CRLF line ends of a calendar stay.
 */
export const escapeControls = (text: string): string => text.replace(CONTROL, (found) => `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Runs the CLI on `argv` (without the node and script entries) and returns the exit code. */
export const runCli = async (argv: readonly string[], raw: Io): Promise<ExitCode> => {
  const io: Io = { ...raw, out: (text) => raw.out(escapeControls(text)), err: (text) => raw.err(escapeControls(text)) }
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
