import { decideDay } from '../../index.js'
import type { CliContext } from '../context.js'
import { dayPlanBlocks } from '../dayPlanBlocks.js'
import { addEpisodeCommand } from './episodeCommand.js'

/** today: the plan of one day of an episode of care, or the referral that holds on it. */
export const addTodayCommand = (context: CliContext): void =>
  addEpisodeCommand(
    context,
    {
      name: 'today',
      summary: "one day's plan of an episode of care: every movement with its dose and why, or the referral",
      example: 'rehab-engine today client.yaml --today 2026-01-12',
      day: 'the day to plan',
    },
    (episode, today) => decideDay({ episode: episode as never, today }),
    dayPlanBlocks,
  )
