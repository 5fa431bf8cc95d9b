// The day's plan of an episode as blocks: the movements with their status and dose, what is due, and the
// adherence of the week before.
import type { DayPlan } from '../index.js'
import { bullets, type Block } from './render.js'
import type { Voice } from './voice.js'

export const percentOf = (share: number | undefined, voice: Voice): string => (share === undefined ? voice.words.nothingAsked : `${Math.round(share * 100)}%`)

/** Why an item is what it is: its first reason, and for a hold or a step the first finding about the movement itself. */
const itemWhy = (item: DayPlan['items'][number]): string => {
  const [first, ...rest] = item.reasons
  const finding = item.status === 'hold' || item.status === 'step-down' ? rest.find((reason) => reason.movement === item.movement) : undefined
  return finding === undefined ? first!.message : `${first!.message} ${finding.message}`
}

export const dayPlanBlocks = (plan: DayPlan, voice: Voice): Block[] => {
  const { words } = voice
  const { columns, statuses } = words
  const { adherence } = plan
  return [
    {
      heading: words.today(plan.date),
      headers: [columns.movement, columns.status, columns.dose, columns.timesToday, columns.why],
      rows: plan.items.map((item) =>
        item.status === 'paused'
          ? [voice.name(item.movement, item.variant), statuses.paused, words.restUntil(item.resumeOn), '0', itemWhy(item)]
          : [voice.name(item.movement, item.variant), statuses[item.status], voice.dose(item.dose), String(item.timesToday), itemWhy(item)],
      ),
    },
    ...(plan.due.length === 0 ? [] : [{ heading: words.due, headers: [columns.since, columns.kind], rows: plan.due.map((due) => [due.date, words.kinds[due.kind]]) }]),
    {
      heading: words.adherenceHeading(adherence.from, adherence.through),
      lines: [`${words.adherenceLine(adherence.done, adherence.prescribed, percentOf(adherence.share, voice), adherence.skipped)}.`, ...bullets(plan.reasons)],
    },
  ]
}
