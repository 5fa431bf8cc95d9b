import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import type { Assessment } from './assessment.js'
import type { ScoredEntry } from './resolveAssessment.js'

/** A frozen assessment the engine checked, with what the check found. */
export interface TrustedAssessment {
  readonly assessment: Assessment
  readonly entries: readonly ScoredEntry[]
  readonly catalog: CompiledCatalog
}

/*
 * Assessments that parseAssessment checked and froze. Only the engine's own
 * frozen copies are kept, so nothing can change one after its check; a caller's
 * own object is always checked again.
 */
const trusted = new WeakMap<object, TrustedAssessment>()

export const trustAssessment = (found: TrustedAssessment): void => {
  trusted.set(found.assessment, found)
}

/** The trusted assessment this value is, if any. A WeakMap holds no primitive, and says so rather than throw. */
export const trustedAssessment = (candidate: unknown): TrustedAssessment | undefined => trusted.get(candidate as object)
