import * as z from 'zod'
import { boundedList } from '../internal/boundedList.js'
import { MovementSchema } from './movement.js'

/** The most movements a catalog may hold. @category Catalog @since 0.1.0 */
export const MAX_CATALOG_MOVEMENTS = 200

/**
 * The most distinct focus tags a catalog may use. The selection scores focus
 * coverage with 32-bit masks, one bit per tag; 30 leaves room to spare.
 *
 * @category Catalog
 * @since 0.1.0
 */
export const MAX_CATALOG_FOCUS_AREAS = 30

/**
 * A whole catalog: movements with unique ids whose harder and easier forms
 * name movements of the same catalog.
 *
 * @example
 * import { CatalogSchema, movements } from 'rehab-engine'
 *
 * assert.equal(CatalogSchema.safeParse(movements).success, true)
 * assert.equal(CatalogSchema.safeParse([...movements, movements[0]]).success, false)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const CatalogSchema = boundedList(MovementSchema, MAX_CATALOG_MOVEMENTS)
  .check(z.minLength(1))
  .superRefine((catalog, context) => {
    const ids = new Set<string>()
    catalog.forEach((movement, index) => {
      if (ids.has(movement.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${movement.id}" is already used by another movement` })
      }
      ids.add(movement.id)
    })
    catalog.forEach((movement, index) => {
      for (const key of ['harderForm', 'easierForm'] as const) {
        const target = movement[key]
        if (target !== undefined && !ids.has(target)) {
          context.addIssue({ code: 'custom', path: [index, key], message: `"${target}" is not a movement of this catalog` })
        }
      }
      const afterTop = movement.ladder?.afterTop
      if (afterTop?.kind === 'advance' && (!ids.has(afterTop.to) || afterTop.to === movement.id)) {
        context.addIssue({ code: 'custom', path: [index, 'ladder', 'afterTop', 'to'], message: `"${afterTop.to}" is not another movement of this catalog` })
      }
    })
    const tags = new Set(catalog.flatMap((movement) => movement.focus))
    if (tags.size > MAX_CATALOG_FOCUS_AREAS) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: `uses ${tags.size} distinct focus tags; at most ${MAX_CATALOG_FOCUS_AREAS} are allowed`,
      })
    }
  })
