import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { sessionRank } from '../catalog/lookUpMovement.js'
import type { SessionLog } from './sessionLog.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A total order on sessions: by date, time and catalog rank, then by content,
 * so that every result is the same whatever order the logs arrived in, even
 * for two sessions logged at the same minute.
 */
export const chronologically =
  (catalog: CompiledCatalog) =>
  (a: SessionLog, b: SessionLog): number =>
    compareText(a.date, b.date) ||
    compareText(a.time ?? '', b.time ?? '') ||
    sessionRank(catalog, a) - sessionRank(catalog, b) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
