import {
  evaluateCeiling,
  nextDose,
  planRehab,
  screenIntake,
  selectRehabMovements,
  type DosedItem,
  type DoseDecision,
  type EvaluateCeilingInput,
  type InvalidInput,
  type NextDoseInput,
  type Paused,
  type PausedItem,
  type Referral,
  type RehabPlan,
} from '../../index.js'
import { answer, catalogOf, ceilingOption, voiceFor, withFlagOptions, EXAMPLE_FILE, fileCommand, formatOption, painCeilingOption, resolveFormat, withInput, type CliContext, type Format, type Io } from '../context.js'
import { isEpisodeFile, planFileOf } from '../episodeFile.js'
import { EXIT, type ExitCode } from '../exitCodes.js'
import { decisionBlocks, screeningBlocks, selectionBlocks, verdictBlocks } from '../render.js'

type Options = { format?: Format; painCeiling?: number; today?: string }

/** The intake a file holds: the file itself, or its `intake` when it is a plan file or an episode (which have no red flags of their own). */
const intakeOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'intake' in value && !('redFlags' in value) ? (value as { intake: unknown }).intake : value

/** The plan file a command reads, from an episode when the file is one; an episode with no assessment to plan from is an input error. */
const fromPlanFile = (io: Io, raw: unknown, source: string, today: string | undefined, run: (value: unknown) => ExitCode): ExitCode => {
  const file = planFileOf(raw, today, false)
  if (file.missing === undefined) return run(file.value)
  io.err(`${source}: ${file.missing}\n`)
  return EXIT.invalidInput
}

/**
 * The input of a command that takes logs or an episode: an episode file (one with events) and `--today` make
 * the episode form; an episode without `--today` is an input error, as the day cannot be guessed.
 */
const ofEpisode = (io: Io, value: unknown, source: string, today: string | undefined, form: (episode: unknown, today: string) => unknown, run: (input: unknown) => ExitCode): ExitCode => {
  if (!isEpisodeFile(value)) return run(value)
  if (today !== undefined) return run(form(value, today))
  io.err(`${source}: an episode needs --today to say which day to judge\n`)
  return EXIT.invalidInput
}

/**
 * A paused item of an episode's day is a stop, as a pause of the logs form is: scripts see the same exit code
 * (5) and the same advice on stderr, whichever form the file had.
 */
type DoseAnswer =
  | { readonly _tag: 'Left'; readonly left: InvalidInput | Referral | Paused }
  | { readonly _tag: 'Right'; readonly right: DoseDecision | DosedItem | PausedItem }

const pausedAsStop = (result: DoseAnswer): DoseAnswer => {
  if (result._tag !== 'Right' || !('status' in result.right) || result.right.status !== 'paused') return result
  const { status: _status, ...paused } = result.right
  return { _tag: 'Left', left: { _tag: 'Paused', ...paused } }
}

/** screen, select and plan: from an intake and an assessment, or an episode's. */
const addPlanningCommands = (context: CliContext): void => {
  const { io } = context
  fileCommand(context, 'screen', 'screen an intake for red flags and STarT Back risk: an intake, or the intake of a plan file or an episode', `rehab-engine screen ${EXAMPLE_FILE}`)
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => {
        const result = screenIntake(intakeOf(value) as never)
        // A referral is a result of screening, but scripts should see it as one: exit 3, advice on stderr.
        const asFailure = result._tag === 'Right' && result.right._tag === 'Referral' ? { _tag: 'Left' as const, left: result.right } : result
        return answer(io, source, asFailure, resolveFormat(io, options.format), screeningBlocks, voiceFor(context))
      }),
    )

  fileCommand(context, 'select', 'screen, then choose 4-5 rehab movements: { intake, assessment }, or an episode\'s latest assessment, to a selection', `rehab-engine select ${EXAMPLE_FILE} --pain-ceiling 3`)
    .addOption(formatOption(['table', 'json', 'md']))
    .addOption(painCeilingOption())
    .option('--today <date>', 'of an episode, plan from the latest assessment on or before this day, YYYY-MM-DD')
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (raw, source) =>
        fromPlanFile(io, raw, source, options.today, (value) =>
          answer(io, source, selectRehabMovements(withFlagOptions(value, ceilingOption(options.painCeiling)) as never), resolveFormat(io, options.format), selectionBlocks, voiceFor(context, catalogOf(value))),
        ),
      ),
    )

  fileCommand(context, 'plan', 'screen, then select: { intake, assessment }, or an episode\'s latest assessment, to a rehab plan', `rehab-engine plan ${EXAMPLE_FILE}`)
    .addOption(formatOption(['table', 'json', 'md']))
    .addOption(painCeilingOption())
    .option('--today <date>', 'of an episode, plan from the latest assessment on or before this day, YYYY-MM-DD')
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (raw, source) =>
        fromPlanFile(io, raw, source, options.today, (value) => {
          const plan = planRehab(withFlagOptions(value, ceilingOption(options.painCeiling)) as never)
          const voice = voiceFor(context, catalogOf(value))
          return answer(io, source, plan, resolveFormat(io, options.format), (found: RehabPlan) => [...screeningBlocks(found.screening, voice), ...selectionBlocks(found.selection, voice)], voice)
        }),
      ),
    )

}

/** ceiling and progress: from logs, or an episode on a day. */
const addDosingCommands = (context: CliContext): void => {
  const { io } = context
  fileCommand(context, 'ceiling', 'judge the pain ceiling: session logs and morning checks, or an episode on a day', 'rehab-engine ceiling client.yaml --today 2026-01-12')
    .addOption(formatOption(['table', 'json', 'md']))
    .option('--today <date>', 'of an episode, the day to judge, YYYY-MM-DD (required for an episode)')
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) =>
        ofEpisode(io, value, source, options.today, (episode, today) => ({ episode, today }), (input) =>
          answer(io, source, evaluateCeiling(input as EvaluateCeilingInput), resolveFormat(io, options.format), verdictBlocks, voiceFor(context)),
        ),
      ),
    )

  fileCommand(context, 'progress', 'the next dose of one movement along its ladder, from its logs or from an episode', 'rehab-engine progress client.yaml --movement hip-bridge --today 2026-01-12')
    .addOption(formatOption(['table', 'json', 'md']))
    .option('--today <date>', 'of an episode, the day to dose, YYYY-MM-DD (required for an episode)')
    .option('--movement <id>', 'of an episode, the movement to dose (required for an episode)')
    .option('--variant <id>', 'of an episode, the movement\'s variant')
    .action((file: string | undefined, options: Options & { movement?: string; variant?: string }) =>
      withInput(context, file, (value, source) => {
        if (isEpisodeFile(value) && options.movement === undefined) {
          io.err(`${source}: an episode needs --movement to say which movement to dose\n`)
          return EXIT.invalidInput
        }
        const pick = (episode: unknown, today: string) => ({ episode, movement: options.movement, ...(options.variant === undefined ? {} : { variant: options.variant }), today })
        return ofEpisode(io, value, source, options.today, pick, (input) => answer(io, source, pausedAsStop(nextDose(input as NextDoseInput) as DoseAnswer), resolveFormat(io, options.format), decisionBlocks, voiceFor(context)))
      }),
    )
}

/** screen, select, plan, ceiling and progress: one engine call each, on one input file. */
export const addAssessCommands = (context: CliContext): void => {
  addPlanningCommands(context)
  addDosingCommands(context)
}
