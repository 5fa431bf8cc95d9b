import type { RankedSession } from './judgeCeiling.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A total order on sessions: by date, time and catalog rank, then by content,
 * so that every result is the same whatever order the logs arrived in, even
 * for two sessions logged at the same minute.
 */
export const chronologically = (a: RankedSession, b: RankedSession): number =>
  compareText(a.date, b.date) ||
  compareText(a.time ?? '', b.time ?? '') ||
  a.rank - b.rank ||
  compareText(JSON.stringify(a), JSON.stringify(b))
