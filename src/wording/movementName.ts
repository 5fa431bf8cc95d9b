import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { catalogOption } from '../catalog/catalogOption.js'
import { lookUpMovement } from '../catalog/lookUpMovement.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { idReference } from '../shared/ids.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { localeOption, resolveLocale } from './localeOption.js'
import { wordingOf } from './wording.js'

/**
 * What {@link movementName} takes: a movement and its variant, an app's
 * `catalog`, and the `locale` to name it in.
 *
 * @example
 * import { MovementNameInputSchema } from 'rehab-engine'
 *
 * assert.equal(MovementNameInputSchema.safeParse({ movement: 'kettlebell-walk', variant: 'overhead' }).success, true)
 * assert.equal(MovementNameInputSchema.safeParse({ movement: 'deadbug', lang: 'de' }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const MovementNameInputSchema = z.strictObject({
  movement: idReference,
  variant: idReference.optional(),
  options: z.strictObject({ catalog: catalogOption, locale: localeOption }).optional(),
})

/** What `movementName` takes. @category Languages @since 0.4.0 */
export type MovementNameInput = DeepReadonly<z.input<typeof MovementNameInputSchema>>

/**
 * A movement's name as a person reads it, its variant's after a colon: from
 * the built-in catalog in English, from `options.locale` in its language,
 * and from an app's own `options.catalog` as that catalog writes it (a
 * catalog speaks in its own words, whatever the locale).
 *
 * Returns `Left(InvalidInput)` for a movement or variant the catalog does not
 * have (code `not_in_catalog`, path `['movement']` or `['variant']`), or a
 * malformed input.
 *
 * @example
 * import { movementName } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.deepStrictEqual(movementName({ movement: 'hip-bridge' }), { _tag: 'Right', right: 'Hip bridge' })
 * assert.deepStrictEqual(movementName({ movement: 'hip-bridge', options: { locale: de } }), { _tag: 'Right', right: 'Beckenheben' })
 * assert.deepStrictEqual(movementName({ movement: 'kettlebell-walk', variant: 'overhead' }), { _tag: 'Right', right: 'Kettlebell walk: Held overhead' })
 * assert.equal(movementName({ movement: 'handstand' })._tag, 'Left')
 *
 * @category Languages
 * @since 0.4.0
 */
export const movementName: (input: MovementNameInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseInput(MovementNameInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { movement, variant, options } = parsed.right
  const resolved = collectIssues(resolveCatalog(options?.catalog, ['options', 'catalog']), resolveLocale(options?.locale, ['options', 'locale']))
  if (resolved._tag === 'Left') return left(invalidInput(resolved.left))
  const [catalog, locale] = resolved.right
  const found = lookUpMovement(catalog, { movement, variant }, [])
  if (found._tag === 'Left') return left(invalidInput([found.left]))
  return right(wordingOf(locale, catalog.movements, options?.catalog !== undefined).itemName({ movement, variant }))
})
