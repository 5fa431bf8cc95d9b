/**
 * The focus areas the built-in catalog tags its movements with. Seed 000 says
 * the body works as a kinetic chain, so a plan that trains glutes, back and
 * core together is better than one that loads a single area; the selection
 * counts how many of these a plan covers.
 *
 * An app's own catalog may use its own tags as well (any kebab-case id).
 *
 * @example
 * import { FOCUS_AREAS } from 'rehab-engine'
 *
 * assert.equal(FOCUS_AREAS.includes('glutes'), true)
 *
 * @category Catalog
 * @since 0.1.0
 */
export const FOCUS_AREAS = [
  'hips',
  'core',
  'glutes',
  'lower-back',
  'hamstrings',
  'thoracic',
  'shoulders',
  'spine-decompression',
] as const

/** A focus area of the built-in catalog. @category Catalog @since 0.1.0 */
export type BuiltInFocusArea = (typeof FOCUS_AREAS)[number]
