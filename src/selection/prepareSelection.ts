import { collectIssues } from '../_lib/collectIssues.js'
import { right, type Either } from '../_lib/either.js'
import type { InputIssue } from '../_lib/issues.js'
import type { Assessment } from './assessment.js'
import { parseAssessmentInput } from './readPlainAssessment.js'
import { resolveAssessment, type ScoredEntry } from './resolveAssessment.js'
import { parseSelectionOptions, type ValidSelectionOptions } from './selectionOptions.js'
import { trustedAssessment } from './trustedAssessments.js'

/** An assessment matched to the catalog, with the options it was matched under. */
export interface PreparedSelection {
  /** The checked assessment: the engine's own copy, never the caller's value. */
  readonly assessment: Assessment
  readonly entries: readonly ScoredEntry[]
  readonly options: ValidSelectionOptions
}

/**
 * Parses an assessment and the options, and matches the results to the
 * catalog. Issues are reported under `prefix` for the assessment and under
 * `options` for the options.
 */
export const prepareSelection = (assessment: unknown, options: unknown, prefix: readonly PropertyKey[]): Either<InputIssue[], PreparedSelection> => {
  // An assessment parseAssessment checked is trusted as it is, with the catalog it was checked against.
  const trusted = trustedAssessment(assessment)
  if (trusted !== undefined) {
    const validOptions = parseSelectionOptions(options)
    if (validOptions._tag === 'Left') return validOptions
    if (validOptions.right.catalog === trusted.catalog) return right({ assessment: trusted.assessment, entries: trusted.entries, options: validOptions.right })
  }
  const checked = collectIssues(parseAssessmentInput(assessment, prefix), parseSelectionOptions(options))
  if (checked._tag === 'Left') return checked
  const [validAssessment, validOptions] = checked.right
  const entries = resolveAssessment(validAssessment, validOptions.catalog, prefix)
  return entries._tag === 'Left' ? entries : right({ assessment: validAssessment, entries: entries.right, options: validOptions })
}
