import { outcomeReport } from '../../index.js'
import type { CliContext } from '../context.js'
import { outcomeBlocks } from '../outcomeBlocks.js'
import { addEpisodeCommand } from './episodeCommand.js'

/** report: is it working? Back pain at the start against now, and each movement over an episode of care. */
export const addReportCommand = (context: CliContext): void =>
  addEpisodeCommand(
    context,
    {
      name: 'report',
      summary: 'the outcome of an episode of care: usual back pain at the start against now, and each movement over the episode',
      example: 'rehab-engine report client.yaml --today 2026-01-12',
      day: 'the day to report on',
    },
    (episode, today) => outcomeReport({ episode: episode as never, today }),
    outcomeBlocks,
  )
