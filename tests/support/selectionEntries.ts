// The internal values the selection's rules take, built the way the engine builds them, so rule files can
// be tested on their own.
import type { AssessmentResult } from '../../src/index.js'
import { resolveAssessment, type ScoredEntry } from '../../src/selection/resolveAssessment.js'
import { parseSelectionOptions, type ValidSelectionOptions } from '../../src/selection/selectionOptions.js'

/** Checked selection options; throws on options a test did not mean to be wrong. */
export const validOptions = (options?: unknown): ValidSelectionOptions => {
  const parsed = parseSelectionOptions(options)
  if (parsed._tag === 'Left') throw new Error(`expected valid options, got ${JSON.stringify(parsed.left)}`)
  return parsed.right
}

/** Results matched to the catalog of `options`, in catalog order; throws on results it cannot match. */
export const scoredEntries = (results: readonly AssessmentResult[], options: ValidSelectionOptions = validOptions()): ScoredEntry[] => {
  const resolved = resolveAssessment({ date: '2026-11-02', results }, options.catalog, [])
  if (resolved._tag === 'Left') throw new Error(`expected catalog movements, got ${JSON.stringify(resolved.left)}`)
  return resolved.right
}
