import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { localeOption, resolveLocale } from './localeOption.js'
import { writeSimplePattern } from './simplePattern.js'
import { wordingOf } from './wording.js'

/**
 * What {@link sessionLabel} takes: a program session's `label` and
 * `planned`, as `buildProgram` and `episodeProgram` give them, and the
 * `locale` to write it in.
 *
 * @example
 * import { SessionLabelInputSchema } from 'rehab-engine'
 *
 * assert.equal(SessionLabelInputSchema.safeParse({ label: 'Morning rehab', planned: true }).success, true)
 * assert.equal(SessionLabelInputSchema.safeParse({ label: '' }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const SessionLabelInputSchema = z.strictObject({
  label: z.string().min(1).max(100),
  planned: z.boolean().optional(),
  options: z.strictObject({ locale: localeOption }).optional(),
})

/** What `sessionLabel` takes. @category Languages @since 0.4.0 */
export type SessionLabelInput = DeepReadonly<z.input<typeof SessionLabelInputSchema>>

/**
 * A program session's label as a person reads it: a label the engine wrote
 * (`Morning rehab`, `Evening rehab and workout`) in the words of
 * `options.locale`, any other label as it is, and a planned session marked
 * so, as the Markdown and calendar exports write them.
 *
 * Returns `Left(InvalidInput)` for a malformed input or locale.
 *
 * @example
 * import { sessionLabel } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.deepStrictEqual(sessionLabel({ label: 'Morning rehab', planned: true }), { _tag: 'Right', right: 'Morning rehab (planned)' })
 * assert.deepStrictEqual(sessionLabel({ label: 'Evening rehab and workout', options: { locale: de } }), { _tag: 'Right', right: 'Reha am Abend und Training' })
 * assert.deepStrictEqual(sessionLabel({ label: 'Lunch walk', options: { locale: de } }), { _tag: 'Right', right: 'Lunch walk' })
 *
 * @category Languages
 * @since 0.4.0
 */
export const sessionLabel: (input: SessionLabelInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseInput(SessionLabelInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const locale = resolveLocale(parsed.right.options?.locale, ['options', 'locale'])
  if (locale._tag === 'Left') return left(invalidInput(locale.left))
  const { words, label } = wordingOf(locale.right, [], false)
  const written = label(parsed.right.label)
  return right(parsed.right.planned === true ? writeSimplePattern(words.planned, { label: written }) : written)
})
