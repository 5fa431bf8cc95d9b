import { InvalidArgumentError, Option } from 'commander'
import { programToIcs } from '../../ics.js'
import { buildProgram, episodeProgram, planRehab, programToMarkdown, type BuildProgramInput, type CatalogInput, type InvalidInput, type Program, type Referral } from '../../index.js'
import {
  answer,
  asRecord,
  ceilingOption,
  EXAMPLE_FILE,
  fileCommand,
  formatOption,
  painCeilingOption,
  reportInvalid,
  resolveFormat,
  wholeNumber,
  withInput,
  voiceFor,
  type CliContext,
  type Format,
} from '../context.js'
import { isEpisodeFile, planFileOf } from '../episodeFile.js'
import { EXIT, type ExitCode } from '../exitCodes.js'
import { programBlocks, screeningBlocks, selectionBlocks, type Block } from '../render.js'

/** The catalog whose names a rendering uses: the built-in one unless the input brought its own. */
type NameCatalog = CatalogInput | undefined

interface ProgramFlags {
  format?: Format
  painCeiling?: number
  start?: string
  weeks?: number
  timeZone?: string
  week?: number
  id?: string
  stamp?: string
  today?: string
}

/** Why an iCalendar output cannot be written without --id: every event id starts with it. */
const ID_NEEDED =
  '--format ics needs --id <prefix>: the start of every event id, such as the client\'s id (1-64 letters, digits, dots, dashes or underscores), so a second import updates the events instead of adding copies'

const weekOption = () =>
  new Option('--week <n>', 'show only this week (table and md output)').argParser((value) => {
    const week = wholeNumber(value)
    if (week < 1) throw new InvalidArgumentError('must be a whole number from 1')
    return week
  })

const FILE_KEYS = ['intake', 'assessment', 'start', 'options']

/**
 * The file's fields: `intake` and `assessment` for the plan, `start` and `options` for the program, the
 * selection's own options (`painCeiling`, and `catalog`, which the program's names use too) taken out of
 * `options` for the plan. Flags win over the file.
 */
const programFile = (value: unknown, flags: ProgramFlags) => {
  const { intake, assessment, start, options } = asRecord(value)
  const { painCeiling, ...layout } = asRecord(options)
  const selectionOptions = { ...(painCeiling === undefined ? {} : { painCeiling }), ...(layout['catalog'] === undefined ? {} : { catalog: layout['catalog'] }), ...ceilingOption(flags.painCeiling) }
  const programOptions = { ...layout, ...(flags.weeks === undefined ? {} : { weeks: flags.weeks }), ...(flags.timeZone === undefined ? {} : { timeZone: flags.timeZone }) }
  const unknownKeys = Object.keys(asRecord(value)).filter((key) => !FILE_KEYS.includes(key))
  return { plan: { intake, assessment, options: selectionOptions }, start: flags.start ?? start, programOptions, unknownKeys }
}

/** Plans from the file's intake and assessment, lays the plan out with the file's `start` and `options`, flags overriding. */
const runProgram = (context: CliContext, value: unknown, source: string, flags: ProgramFlags): ExitCode => {
  const { io } = context
  const format = resolveFormat(io, flags.format)
  const file = programFile(value, flags)
  if (file.unknownKeys.length > 0) {
    return reportInvalid(io, source, { _tag: 'InvalidInput', issues: file.unknownKeys.map((key) => ({ code: 'unknown_key', path: [key], message: `is not a known field (a program file holds ${FILE_KEYS.join(', ')})` })) })
  }
  const plan = planRehab(file.plan as never)
  const names = file.plan.options.catalog as NameCatalog
  const voice = voiceFor(context, names)
  if (plan._tag === 'Left') return answer(io, source, plan, format, () => [], voice)
  const built = buildProgram({ start: file.start, plan: plan.right, options: file.programOptions } as BuildProgramInput)
  if (built._tag === 'Left') return reportInvalid(io, source, built.left)
  return writeProgram(context, source, built, flags, names, [...screeningBlocks(plan.right.screening, voice), ...selectionBlocks(plan.right.selection, voice)])
}

/**
 * Writes a program in the asked format: a calendar or a Markdown page whole, or the blocks (`before` them,
 * the plan's) with one week when asked.
 */
const writeProgram = (context: CliContext, source: string, built: { readonly _tag: 'Left'; readonly left: InvalidInput | Referral } | { readonly _tag: 'Right'; readonly right: Program }, flags: ProgramFlags, names: NameCatalog, before: Block[]): ExitCode => {
  const { io } = context
  const format = resolveFormat(io, flags.format)
  const voice = voiceFor(context, names)
  if (built._tag === 'Left') return built.left._tag === 'InvalidInput' ? reportInvalid(io, source, built.left) : answer(io, source, built, format, () => [], voice)
  const catalog = { ...(names === undefined ? {} : { catalog: names }), ...(voice.locale === undefined ? {} : { locale: voice.locale }) }
  const weeks = (daysBetweenDates(built.right.start, built.right.end) + 1) / 7
  if (flags.week !== undefined && flags.week > weeks) {
    io.err(`--week ${flags.week}: the program has ${weeks} week${weeks === 1 ? '' : 's'}\n`)
    return EXIT.invalidInput
  }
  if (format === 'ics' || (format === 'md' && flags.week === undefined)) {
    const calendar = { idPrefix: flags.id, ...(flags.stamp === undefined ? {} : { stamp: flags.stamp }), ...catalog }
    const text = format === 'ics' ? programToIcs({ program: built.right, options: calendar } as never) : programToMarkdown({ program: built.right, options: catalog } as never)
    if (text._tag === 'Left') return reportInvalid(io, source, text.left)
    io.out(text.right)
    return EXIT.done
  }
  return answer(io, source, built, format, (program: Program) => [...before, ...programBlocks(program, flags.week, voice)], voice)
}

/** Whole days from one ISO date to another, read as UTC dates so no zone comes into it. */
const daysBetweenDates = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** An episode's program on `--today`: each session at the dose decided for its day, later ones planned. */
const runEpisodeProgram = (context: CliContext, value: unknown, source: string, flags: ProgramFlags & { today: string }): ExitCode => {
  const options = asRecord(asRecord(value)['options'])
  const names = options['catalog'] as NameCatalog
  const program = episodeProgram({ episode: value, today: flags.today, ...(flags.weeks === undefined ? {} : { weeks: flags.weeks }) } as never)
  return writeProgram(context, source, program, flags, names, [])
}

/** program: plan, then lay the plan out on a calendar. */
export const addProgramCommand = (context: CliContext): void => {
  fileCommand(
    context,
    'program',
    'plan, then lay the plan out on a calendar: { intake, assessment, start?, options? }, or an episode\'s latest assessment from its date',
    `rehab-engine program ${EXAMPLE_FILE} --time-zone Europe/Berlin --format ics --id client-42 > rehab.ics`,
  )
    .addOption(formatOption(['table', 'json', 'md', 'ics']))
    .addOption(painCeilingOption())
    .option('--start <date>', 'first day, YYYY-MM-DD (or "start" in the file)')
    .option('--weeks <n>', 'weeks, 1-52 (default 8)', wholeNumber)
    .option('--time-zone <zone>', 'IANA time zone (default UTC)')
    .addOption(weekOption())
    .option('--today <date>', 'of an episode, lay out the latest assessment on or before this day, YYYY-MM-DD')
    .option('--id <prefix>', 'ics output: the start of every event id, such as the client\'s id (required with --format ics)')
    .option('--stamp <date-time>', 'ics output: when the calendar was written, an ISO date-time with its offset; a later stamp raises every event\'s SEQUENCE (default: the program\'s start, midnight UTC)')
    .action(async (file: string | undefined, flags: ProgramFlags) => {
      // A usage error, found before any input is read.
      if (flags.format === 'ics' && flags.id === undefined) {
        context.io.err(`${ID_NEEDED}\n`)
        context.exit.code = EXIT.invalidInput
        return
      }
      await withInput(context, file, (raw, source) => {
        // An episode on a day: the doses decided so far. Without --today, the latest assessment's starting doses.
        if (isEpisodeFile(raw) && flags.today !== undefined) return runEpisodeProgram(context, raw, source, { ...flags, today: flags.today })
        const planFile = planFileOf(raw, flags.today, true)
        if (planFile.missing === undefined) return runProgram(context, planFile.value, source, flags)
        context.io.err(`${source}: ${planFile.missing}\n`)
        return EXIT.invalidInput
      })
    })
}
