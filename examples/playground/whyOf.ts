// Which reasons the plan's table shows for an item: kept apart from the DOM so tests in Node use the same choice.
import type { DayPlan, Reason } from 'rehab-engine'

/** Why an item is what it is: its first reason, and for a hold or a step down the first finding about the movement itself. */
export const whyOf = (item: DayPlan['items'][number]): readonly Reason[] => {
  const [first, ...rest] = item.reasons
  const finding = item.status === 'hold' || item.status === 'step-down' ? rest.find((reason) => reason.movement === item.movement) : undefined
  return [first!, ...(finding === undefined ? [] : [finding])]
}
