import type { CompiledCatalog } from '../../catalog/compiledCatalog.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { Posture } from '../assessment.js'
import type { Corrective } from '../selection.js'

/** The trainer's correctives for each finding (seed 003, domain.md 8), as built-in movement ids. */
export const POSTURE_CORRECTIVES = /* @__PURE__ */ Object.freeze({
  anteriorPelvicTilt: Object.freeze(['half-kneeling-hip-flexor-stretch', 'posterior-pelvic-tilt'] as const),
  lateralPelvicTilt: Object.freeze(['side-lying-hip-abduction', 'standing-side-bend-stretch'] as const),
} as const)

const CAVEAT = 'Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.'

const findingWords = (posture: Posture): { readonly anteriorPelvicTilt?: string; readonly lateralPelvicTilt?: string } => {
  const tilt = posture.anteriorPelvicTilt
  const side = posture.lateralPelvicTilt
  return {
    ...(tilt === 'mild' || tilt === 'marked' ? { anteriorPelvicTilt: `A ${tilt} forward tip of the pelvis was noted at the assessment.` } : {}),
    ...(side === 'left-high' || side === 'right-high'
      ? {
          lateralPelvicTilt: `A high ${side === 'left-high' ? 'left' : 'right'} hip was noted at the assessment; the side-bend stretch bends to the ${side === 'left-high' ? 'right' : 'left'}, stretching the high side.`,
        }
      : {}),
  }
}

/**
 * The correctives an assessment's posture findings add to the plan (seed
 * 003: exercise chosen for the finding), each dosed from the first rung of
 * its own ladder, with one reason per finding that names them as the
 * trainer's approach and says what the evidence does not show (Christensen
 * and Hartvigsen 2008). A corrective the catalog does not hold, or holds
 * without a ladder, is left out. None for no finding, or `none`.
 */
export const postureCorrectives = (posture: Posture | undefined, catalog: CompiledCatalog): { readonly correctives: Corrective[]; readonly reasons: Reason[] } => {
  const correctives: Corrective[] = []
  const reasons: Reason[] = []
  if (posture === undefined) return { correctives, reasons }
  const words = findingWords(posture)
  for (const finding of ['anteriorPelvicTilt', 'lateralPelvicTilt'] as const) {
    const said = words[finding]
    if (said === undefined) continue
    const added = POSTURE_CORRECTIVES[finding].filter((id) => catalog.byId.get(id)?.ladder !== undefined)
    for (const movement of added) {
      const ladder = catalog.byId.get(movement)!.ladder!
      correctives.push({ movement, finding, start: ladder.rungs[0]!, timesPerDay: ladder.frequency.perDay })
    }
    reasons.push({
      rule: 'posture-corrective',
      message: `${said} The trainer's approach adds ${added.length === 0 ? 'nothing this catalog holds' : added.join(' and ')}, from the first rung of each. ${CAVEAT}`,
      value: posture[finding]!,
      source: `${SOURCES.posture}; ${SOURCES.postureEvidence}`,
      params: { grade: posture[finding]!, count: added.length, first: added[0] ?? '', second: added[1] ?? '' },
    })
  }
  return { correctives, reasons }
}
