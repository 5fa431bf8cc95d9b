import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import type { Posture } from './assessment.js'
import { postureCorrectives } from './rules/postureCorrectives.js'
import type { RehabSelection } from './selection.js'

/** A selection with the correctives its assessment's posture findings add, and their reasons after its own. Unchanged without a finding. */
export const withCorrectives = (selection: RehabSelection, posture: Posture | undefined, catalog: CompiledCatalog): RehabSelection => {
  const { correctives, reasons } = postureCorrectives(posture, catalog)
  return reasons.length === 0 ? selection : { ...selection, correctives, reasons: [...selection.reasons, ...reasons] }
}
