import type { Catalog } from '../catalog/movements.js'
import { collectIssues } from '../internal/collectIssues.js'
import { deepFreeze } from '../internal/deepFreeze.js'
import { left, right, type Either } from '../internal/either.js'
import { invalidInput } from '../internal/parseInput.js'
import { parseAssessmentInput } from '../internal/readPlainAssessment.js'
import { resolveAssessment } from '../internal/resolveAssessment.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import { trustAssessment } from '../internal/trustedAssessments.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Assessment } from './assessment.js'

/**
 * Checks an assessment once, shape and catalog both, and returns a frozen copy.
 * `selectRehabMovements` and `planRehab` recognise the copy and skip their own
 * checks, so a service that selects more than once per assessment (with other
 * pain ceilings, say) validates once at its edge. The copy is bound to the
 * catalog it was checked against; passed with another catalog, it is checked
 * again.
 *
 * Returns `Left(InvalidInput)` with the same issues `selectRehabMovements`
 * would report.
 *
 * @example
 * import { parseAssessment, selectRehabMovements } from 'rehab-engine'
 *
 * const parsed = parseAssessment({
 *   date: '2026-11-02',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell'].map((movement, pain) => ({ movement, pain })),
 * })
 * assert.equal(parsed._tag, 'Right')
 * if (parsed._tag === 'Right') {
 *   assert.equal(Object.isFrozen(parsed.right), true)
 *   const strict = selectRehabMovements(parsed.right, { painCeiling: 3 })
 *   const lenient = selectRehabMovements(parsed.right, { painCeiling: 4 })
 *   assert.equal(strict._tag === 'Right' && strict.right.selected.length, 4)
 *   assert.equal(lenient._tag === 'Right' && lenient.right.selected.length, 5)
 * }
 *
 * @category Selection
 * @since 0.1.0
 */
export const parseAssessment = (assessment: Assessment, options?: { readonly catalog?: Catalog }): Either<InvalidInput, Assessment> => {
  const checked = collectIssues(parseAssessmentInput(assessment, []), resolveCatalog(options?.catalog, ['options', 'catalog']))
  if (checked._tag === 'Left') return left(invalidInput(checked.left))
  const [valid, catalog] = checked.right
  const entries = resolveAssessment(valid, catalog, [])
  if (entries._tag === 'Left') return left(invalidInput(entries.left))
  const frozen = deepFreeze(valid)
  trustAssessment(frozen, { entries: Object.freeze(entries.right), catalog })
  return right(frozen)
}
