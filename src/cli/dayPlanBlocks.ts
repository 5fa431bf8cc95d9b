// The day's plan of an episode as blocks: the movements with their status and dose, what is due, and the
// adherence of the week before.
import type { DayPlan } from '../index.js'
import { bullets, type Block } from './render.js'
import type { Voice } from './voice.js'

export const percentOf = (share: number | undefined): string => (share === undefined ? 'nothing asked yet' : `${Math.round(share * 100)}%`)

/** Why an item is what it is: its first reason, and for a hold or a step the first finding about the movement itself. */
const itemWhy = (item: DayPlan['items'][number]): string => {
  const [first, ...rest] = item.reasons
  const finding = item.status === 'hold' || item.status === 'step-down' ? rest.find((reason) => reason.movement === item.movement) : undefined
  return finding === undefined ? first!.message : `${first!.message} ${finding.message}`
}

export const dayPlanBlocks = (plan: DayPlan, voice: Voice): Block[] => [
  {
    heading: `Today: ${plan.date}`,
    headers: ['Movement', 'Status', 'Dose', 'Times today', 'Why'],
    rows: plan.items.map((item) =>
      item.status === 'paused'
        ? [voice.name(item.movement, item.variant), 'paused', `rest until ${item.resumeOn}`, '0', itemWhy(item)]
        : [voice.name(item.movement, item.variant), item.status, voice.dose(item.dose), String(item.timesToday), itemWhy(item)],
    ),
  },
  ...(plan.due.length === 0 ? [] : [{ heading: 'Due', headers: ['Since', 'Kind'], rows: plan.due.map((due) => [due.date, due.kind]) }]),
  {
    heading: `Done against asked, ${plan.adherence.from} to ${plan.adherence.through}`,
    lines: [
      `${plan.adherence.done} of ${plan.adherence.prescribed} (${percentOf(plan.adherence.share)}), ${plan.adherence.skipped} skipped.`,
      ...bullets(plan.reasons),
    ],
  },
]
