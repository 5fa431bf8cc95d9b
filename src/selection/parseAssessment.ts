import { deepFreeze } from '../_lib/deepFreeze.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { inputFields } from '../_lib/inputFields.js'
import { markTrusted } from '../_lib/trustedValues.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { ParsedAssessment } from './assessment.js'
import { prepareSelection } from './prepareSelection.js'
import type { SelectRehabMovementsInput } from './selectRehabMovements.js'
import { trustAssessment } from './trustedAssessments.js'

/**
 * Checks an assessment once, shape and catalog both, and returns a frozen copy.
 * `selectRehabMovements` and `planRehab` recognise the copy and skip their own
 * checks, so a service that selects more than once per assessment (with other
 * pain ceilings, say) validates once at its edge. The copy is bound to the
 * catalog it was checked against; passed with another catalog, it is checked
 * again. The caller's value is never changed or frozen.
 *
 * Takes the `assessment` and `options` that {@link selectRehabMovements}
 * takes, without the intake (nothing is chosen here); only
 * `options.catalog` matters. Returns `Left(InvalidInput)` with the same
 * issues `selectRehabMovements` would report for them.
 *
 * @example
 * import { NO_RED_FLAGS, parseAssessment, selectRehabMovements } from 'rehab-engine'
 *
 * const parsed = parseAssessment({
 *   assessment: {
 *     date: '2026-11-02',
 *     results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell'].map((movement, pain) => ({ movement, pain })),
 *   },
 * })
 * assert.equal(parsed._tag, 'Right')
 * if (parsed._tag === 'Right') {
 *   assert.equal(Object.isFrozen(parsed.right), true)
 *   const intake = { age: 38, redFlags: NO_RED_FLAGS }
 *   const strict = selectRehabMovements({ intake, assessment: parsed.right, options: { painCeiling: 3 } })
 *   const lenient = selectRehabMovements({ intake, assessment: parsed.right, options: { painCeiling: 4 } })
 *   assert.equal(strict._tag === 'Right' && strict.right.selected.length, 4)
 *   assert.equal(lenient._tag === 'Right' && lenient.right.selected.length, 5)
 * }
 *
 * @category Selection
 * @since 0.1.0
 */
export const parseAssessment: (input: Omit<SelectRehabMovementsInput, 'intake'>) => Either<InvalidInput, ParsedAssessment> = /* @__PURE__ */ guardInput((input) => {
  const shape = inputFields(input, ['assessment', 'options'])
  if (shape._tag === 'Left') return left(invalidInput(shape.left))
  const { fields, unknownKeys } = shape.right
  const prepared = prepareSelection(fields.assessment, fields.options, ['assessment'])
  if (prepared._tag === 'Left' || unknownKeys.length > 0) return left(invalidInput([...(prepared._tag === 'Left' ? prepared.left : []), ...unknownKeys]))
  const { assessment, entries, options } = prepared.right
  // The checked assessment is the engine's own copy, so freezing it leaves the caller's value as it was.
  const frozen = markTrusted(deepFreeze(assessment))
  trustAssessment({ assessment: frozen, entries: Object.freeze([...entries]), catalog: options.catalog })
  return right(frozen as ParsedAssessment)
})
