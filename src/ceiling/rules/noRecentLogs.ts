import { SOURCES } from '../../shared/sources.js'
import type { CeilingContext, Finding } from '../ceilingContext.js'

/** No session and no morning check in the window: nothing shows a step up is safe, so hold. */
export const noRecentLogs = (context: CeilingContext): Finding | undefined =>
  context.windowSessions.length > 0 || context.windowMornings.length > 0
    ? undefined
    : {
        zone: 'green',
        action: 'hold',
        reason: {
          rule: 'no-recent-logs',
          message: `No session or morning check since ${context.windowStart}: nothing shows that a step up is safe.`,
          value: 0,
          limit: 1,
          source: SOURCES.ceilingMethod,
          params: { windowStart: context.windowStart },
        },
      }
