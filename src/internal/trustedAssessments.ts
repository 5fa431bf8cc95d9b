import type { CompiledCatalog } from './compiledCatalog.js'
import type { ScoredEntry } from './resolveAssessment.js'

/** A frozen assessment the engine checked, with what the check found. */
export interface TrustedAssessment {
  readonly entries: readonly ScoredEntry[]
  readonly catalog: CompiledCatalog
}

/*
 * Assessments that parseAssessment checked and froze. Only the engine's own
 * frozen copies are kept, so nothing can change one after its check; a caller's
 * own object is always checked again.
 */
const trusted = new WeakMap<object, TrustedAssessment>()

export const trustAssessment = (assessment: object, found: TrustedAssessment): void => {
  trusted.set(assessment, found)
}

export const trustedAssessment = (candidate: unknown): TrustedAssessment | undefined =>
  typeof candidate === 'object' && candidate !== null ? trusted.get(candidate) : undefined
