import { Option } from 'commander'
import type { Either } from 'fp-ts/lib/Either.js'
import { answer, fileCommand, formatOption, resolveFormat, voiceFor, withInput, type CliContext, type Failure, type Format } from '../context.js'
import type { Block } from '../render.js'
import type { Voice } from '../voice.js'

type Options = { format?: Format; today: string }

/**
 * A command that reads an episode file and answers for the day named by
 * `--today`. The engine has no clock: the day is always named, so the answer
 * never depends on when or where it runs.
 */
export const addEpisodeCommand = <Value>(
  context: CliContext,
  command: { readonly name: string; readonly summary: string; readonly example: string; readonly day: string },
  decide: (episode: unknown, today: string) => Either<Failure, Value>,
  blocks: (value: Value, voice: Voice) => Block[],
): void => {
  fileCommand(context, command.name, command.summary, command.example)
    .addOption(new Option('--today <date>', `${command.day}, YYYY-MM-DD`).makeOptionMandatory())
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => answer(context.io, source, decide(value, options.today), resolveFormat(context.io, options.format), blocks, voiceFor(context))),
    )
}
