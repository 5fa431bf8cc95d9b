import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { CEILING_DEFAULTS } from '../ceilingDefaults.js'
import type { CeilingContext } from '../ceilingContext.js'

/** The first reason of every verdict: which days it looks at, against which baseline. */
export const windowReason = (context: CeilingContext): Reason => ({
  rule: 'window',
  message: `The verdict looks at ${context.windowStart} to ${context.today}, against a baseline back pain of ${context.baselinePain}/10.`,
  value: context.windowStart,
  limit: CEILING_DEFAULTS.windowDays,
  source: SOURCES.ceilingMethod,
  params: { windowStart: context.windowStart, today: context.today, baselinePain: context.baselinePain },
})

/** The reason a verdict that allows a step up gives: every rule stayed green. */
export const allGreenReason = (context: CeilingContext): Reason => ({
  rule: 'all-green',
  message: `Every session since ${context.windowStart} stayed within ${context.rules.painCeiling}/10 and settled by the next morning, and no morning rose above baseline: a step up is allowed.`,
  value: context.rules.painCeiling,
  source: SOURCES.painMonitoring,
  params: { windowStart: context.windowStart, painCeiling: context.rules.painCeiling },
})
