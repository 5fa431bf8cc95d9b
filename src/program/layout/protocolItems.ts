import type { CompiledCatalog } from '../../catalog/compiledCatalog.js'
import type { ProgramItem } from '../program.js'
import { BETWEEN_SETS, WARM_UPS } from './protocolDays.js'

/** The protocol movements a program lays out, by where they go. */
export interface ProtocolItems {
  /** The two warm-ups, once a day in the morning (seed 000: daily if wanted). */
  readonly warmUps: readonly ProgramItem[]
  /** Before the workout, on workout days (seed 000). */
  readonly hipThrust: readonly ProgramItem[]
  readonly deadbug: readonly ProgramItem[]
  readonly thoracicPress: readonly ProgramItem[]
  /** During the workout, on workout days (seed 004). */
  readonly betweenSets: readonly ProgramItem[]
  /** Protocol movements the catalog lacks, or gives no ladder: the program leaves them out and says so. */
  readonly missing: readonly string[]
}


/** Each protocol movement at its ladder's first rung, from the catalog. */
export const protocolItems = (catalog: CompiledCatalog): ProtocolItems => {
  const missing: string[] = []
  const item = (id: string): ProgramItem[] => {
    const start = catalog.byId.get(id)?.ladder?.rungs[0]
    if (start !== undefined) return [{ movement: id, dose: start }]
    missing.push(id)
    return []
  }
  return {
    warmUps: WARM_UPS.flatMap(item),
    hipThrust: item('hip-thrust'),
    deadbug: item('deadbug'),
    thoracicPress: item('thoracic-press'),
    betweenSets: BETWEEN_SETS.flatMap(item),
    missing,
  }
}
