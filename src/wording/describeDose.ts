import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { DoseSchema, type DoseInput } from '../shared/dose.js'
import { formatDose } from '../shared/formatDose.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { localeOption, resolveLocale } from './localeOption.js'
import { wordingOf } from './wording.js'

/**
 * What {@link describeDose} takes: a dose, and the `locale` to write it in
 * (a catalog of words, such as `de` from `rehab-engine/locales`; English
 * without one).
 *
 * @example
 * import { DescribeDoseInputSchema } from 'rehab-engine'
 *
 * assert.equal(DescribeDoseInputSchema.safeParse({ dose: { kind: 'hold', sets: 2, seconds: 20 } }).success, true)
 * assert.equal(DescribeDoseInputSchema.safeParse({ dose: { kind: 'hold', sets: 2, seconds: 20 }, options: { lang: 'de' } }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const DescribeDoseInputSchema = z.strictObject({ dose: DoseSchema, options: z.strictObject({ locale: localeOption }).optional() })

/** What `describeDose` takes. @category Languages @since 0.4.0 */
export type DescribeDoseInput = DeepReadonly<z.input<typeof DescribeDoseInputSchema>>

/** Whether the input is `{ dose, options }` rather than a dose itself, which has a `kind`. */
const isObjectForm = (input: unknown): input is { readonly dose?: unknown; readonly options?: unknown } =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'dose') && !Object.hasOwn(input, 'kind')

/**
 * A dose in plain words, as apps and messages show it: in English, or in the
 * language of `options.locale` with its numbers written as that language
 * writes them. A dose passed on its own (the form of 0.1) is written in
 * English.
 *
 * Returns `Left(InvalidInput)` when the dose does not match DoseSchema or the
 * locale is not a catalog of words.
 *
 * @example
 * import { describeDose } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.deepStrictEqual(describeDose({ dose: { kind: 'hold', sets: 2, seconds: 20 } }), { _tag: 'Right', right: '2 x 20 s' })
 * assert.deepStrictEqual(describeDose({ dose: { kind: 'reps', sets: 3, reps: 15, band: true } }), { _tag: 'Right', right: '3 x 15 with a band' })
 * assert.deepStrictEqual(describeDose({ dose: { kind: 'reps', sets: 1, reps: 5, perSide: true } }), { _tag: 'Right', right: '1 x 5 per side' })
 * assert.deepStrictEqual(describeDose({ dose: { kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 }, options: { locale: de } }), { _tag: 'Right', right: '2 x 8 mit 5,5 kg' })
 * assert.deepStrictEqual(describeDose({ kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 }), { _tag: 'Right', right: '2 x 8 with 5.5 kg' })
 * assert.equal(describeDose({ dose: { kind: 'distance', sets: 0, meters: 20 } })._tag, 'Left')
 *
 * @category Languages
 * @since 0.1.0
 */
export const describeDose: (input: DescribeDoseInput | DoseInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  if (!isObjectForm(input)) {
    const dose = parseInput(DoseSchema, input)
    return dose._tag === 'Left' ? left(invalidInput(dose.left)) : right(formatDose(dose.right))
  }
  const parsed = parseInput(DescribeDoseInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const locale = resolveLocale(parsed.right.options?.locale, ['options', 'locale'])
  if (locale._tag === 'Left') return left(invalidInput(locale.left))
  return right(wordingOf(locale.right, [], false).dose(parsed.right.dose))
})
