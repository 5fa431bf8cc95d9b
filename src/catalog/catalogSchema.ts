import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { customIssue } from '../_lib/parseInput.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { MovementSchema } from './movement.js'

/**
 * A whole catalog: movements with unique ids whose harder and easier forms
 * name movements of the same catalog.
 *
 * @example
 * import { BUILT_IN_CATALOG, CatalogSchema } from 'rehab-engine'
 *
 * assert.equal(CatalogSchema.safeParse(BUILT_IN_CATALOG).success, true)
 * assert.equal(CatalogSchema.safeParse([...BUILT_IN_CATALOG, BUILT_IN_CATALOG[0]]).success, false)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const CatalogSchema = boundedList(MovementSchema, { min: 1, max: INPUT_LIMITS.catalogMovements })
  .superRefine((catalog, context) => {
    const ids = new Set<string>()
    catalog.forEach((movement, index) => {
      if (ids.has(movement.id)) {
        context.addIssue(customIssue('duplicate', [index, 'id'], `"${movement.id}" is already used by another movement`))
      }
      ids.add(movement.id)
    })
    catalog.forEach((movement, index) => {
      for (const key of ['harderForm', 'easierForm'] as const) {
        const target = movement[key]
        if (target !== undefined && !ids.has(target)) {
          context.addIssue(customIssue('not_in_catalog', [index, key], `"${target}" is not a movement of this catalog`))
        }
      }
      const afterTop = movement.ladder?.afterTop
      if (afterTop?.kind === 'advance' && (!ids.has(afterTop.to) || afterTop.to === movement.id)) {
        context.addIssue(customIssue('not_in_catalog', [index, 'ladder', 'afterTop', 'to'], `"${afterTop.to}" is not another movement of this catalog`))
      }
    })
    const tags = new Set(catalog.flatMap((movement) => movement.focus))
    if (tags.size > INPUT_LIMITS.catalogFocusAreas) {
      context.addIssue(customIssue('too_big', [], `uses ${tags.size} distinct focus tags; at most ${INPUT_LIMITS.catalogFocusAreas} are allowed`))
    }
  })

/** A list of movements; the built-in one is {@link BUILT_IN_CATALOG}. @category Catalog @since 0.1.0 */
export type Catalog = DeepReadonly<z.output<typeof CatalogSchema>>

/** A catalog as an app passes it in. @category Catalog @since 0.2.0 */
export type CatalogInput = DeepReadonly<z.input<typeof CatalogSchema>>

declare const parsedCatalogBrand: unique symbol

/**
 * A catalog the engine checked and froze ({@link parseCatalog}, or the
 * built-in one): passed as `options.catalog`, it is used as it is, without
 * another check.
 *
 * @category Catalog
 * @since 0.2.0
 */
export type ParsedCatalog = Catalog & { readonly [parsedCatalogBrand]: true }
