import type { CeilingRuleId } from '../../shared/rules.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingContext, Finding } from '../ceilingContext.js'
import type { Zone } from '../ceilingVerdict.js'
import type { MorningCheck } from '../morningCheck.js'

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)

/** Exactly whether mean(recent) - mean(previous) >= rise, in whole numbers so no rounding can tip it. */
const meanRiseReaches = (recent: readonly number[], previous: readonly number[], rise: number): boolean =>
  sum(recent) * previous.length - sum(previous) * recent.length >= rise * recent.length * previous.length

const meanRise = (recent: readonly number[], previous: readonly number[]): number =>
  Math.round((sum(recent) / recent.length - sum(previous) / previous.length) * 100) / 100

const compareWeeks = (
  context: CeilingContext,
  read: (morning: MorningCheck) => number | undefined,
  rule: CeilingRuleId,
  what: string,
  zone: Zone,
): Finding | undefined => {
  const pick = (mornings: readonly MorningCheck[]) => mornings.flatMap((morning) => read(morning) ?? [])
  const recent = pick(context.windowMornings)
  const previous = pick(context.mornings.filter((morning) => morning.date >= context.previousStart && morning.date < context.windowStart))
  if (recent.length === 0 || previous.length === 0 || !meanRiseReaches(recent, previous, context.rules.weeklyRise)) return undefined
  return {
    zone,
    action: 'hold',
    reason: {
      rule,
      message: `Mean morning ${what} rose by ${meanRise(recent, previous)} from the week before, at least the ${context.rules.weeklyRise}-point limit.`,
      value: meanRise(recent, previous),
      limit: context.rules.weeklyRise,
      source: SOURCES.meaningfulChange,
      // The rule says what rose (back pain or stiffness), so the words for it stay in its pattern.
      params: { rise: meanRise(recent, previous), limit: context.rules.weeklyRise },
    },
  }
}

/**
 * Week to week: the mean morning back pain of the last 7 days against the 7
 * before; a rise of `weeklyRise` (2) or more is red. Stiffness rising the same
 * way is amber: the pain-monitoring model asks that neither rise, but a stiff
 * week is no flare-up. A trend is not news of one day, so it holds rather
 * than stepping down: a rise that lasts a week must not walk a dose down a
 * rung a day; the morning and session rules do the stepping down.
 */
export const weekToWeek = (context: CeilingContext): Finding[] =>
  [
    compareWeeks(context, (morning) => morning.backPain, 'week-to-week', 'back pain', 'red'),
    compareWeeks(context, (morning) => morning.stiffness, 'stiffness-week-to-week', 'stiffness', 'amber'),
  ].filter((finding) => finding !== undefined)
