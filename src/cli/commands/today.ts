import { Option } from 'commander'
import { decideDay } from '../../index.js'
import { answer, fileCommand, formatOption, resolveFormat, withInput, type CliContext, type Format } from '../context.js'
import { dayPlanBlocks } from '../render.js'

type Options = { format?: Format; today: string }

/** today: the plan of one day of an episode of care, or the referral that holds on it. */
export const addTodayCommand = (context: CliContext): void => {
  fileCommand(context, 'today', "one day's plan of an episode of care: every movement with its dose and why, or the referral", 'rehab-engine today examples/episode.json --today 2026-11-09')
    // The engine has no clock: the day is always named, so the answer never depends on when or where it runs.
    .addOption(new Option('--today <date>', 'the day to plan, YYYY-MM-DD').makeOptionMandatory())
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) =>
        answer(context.io, source, decideDay({ episode: value as never, today: options.today }), resolveFormat(context.io, options.format), dayPlanBlocks),
      ),
    )
}
