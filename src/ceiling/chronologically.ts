import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { sessionRank } from '../catalog/lookUpMovement.js'
import type { SessionLog } from './sessionLog.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * How hard a session went, as a number to order by: a session not completed
 * counts above any completed one, then the higher pain during and after.
 */
const strain = (session: SessionLog): number => (session.completed ? 0 : 1000) + session.painDuring * 11 + (session.painAfter ?? 0)

/**
 * A total order on sessions: by date, time and catalog rank, then the one that
 * went harder last, then by content, so that every result is the same whatever
 * order the logs arrived in, even for two sessions logged at the same minute.
 * The harder one goes last because the ladder reads the last session: of two
 * sessions at the same minute, a step up must follow the worse of them.
 */
export const chronologically =
  (catalog: CompiledCatalog) =>
  (a: SessionLog, b: SessionLog): number =>
    compareText(a.date, b.date) ||
    compareText(a.time ?? '', b.time ?? '') ||
    sessionRank(catalog, a) - sessionRank(catalog, b) ||
    strain(a) - strain(b) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
