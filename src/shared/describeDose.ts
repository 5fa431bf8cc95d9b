import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { DoseSchema, type DoseInput } from './dose.js'
import { formatDose } from './formatDose.js'
import type { InvalidInput } from './invalidInput.js'

/**
 * A dose in plain words, as apps and messages show it.
 *
 * Returns `Left(InvalidInput)` when the dose does not match DoseSchema.
 *
 * @example
 * import { describeDose } from 'rehab-engine'
 *
 * assert.deepStrictEqual(describeDose({ kind: 'hold', sets: 2, seconds: 20 }), { _tag: 'Right', right: '2 x 20 s' })
 * assert.deepStrictEqual(describeDose({ kind: 'reps', sets: 3, reps: 15, band: true }), { _tag: 'Right', right: '3 x 15 with a band' })
 * assert.deepStrictEqual(describeDose({ kind: 'reps', sets: 1, reps: 5, perSide: true }), { _tag: 'Right', right: '1 x 5 per side' })
 * assert.deepStrictEqual(describeDose({ kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 }), { _tag: 'Right', right: '2 x 8 with 5.5 kg' })
 * assert.equal(describeDose({ kind: 'distance', sets: 0, meters: 20 })._tag, 'Left')
 *
 * @category Shared
 * @since 0.1.0
 */
export const describeDose: (dose: DoseInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const dose = parseInput(DoseSchema, input)
  return dose._tag === 'Left' ? left(invalidInput(dose.left)) : right(formatDose(dose.right))
})
