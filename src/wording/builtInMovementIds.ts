/**
 * The ids of the built-in catalog's movements, in its order: a catalog of
 * words names each, and TypeScript names any it leaves out. A test keeps
 * them equal to BUILT_IN_CATALOG's.
 *
 * @example
 * import { BUILT_IN_CATALOG, BUILT_IN_MOVEMENT_IDS } from 'rehab-engine'
 *
 * assert.deepStrictEqual([...BUILT_IN_MOVEMENT_IDS], BUILT_IN_CATALOG.map((movement) => movement.id))
 *
 * @category Languages
 * @since 0.4.0
 */
export const BUILT_IN_MOVEMENT_IDS = /* @__PURE__ */ Object.freeze([
  'hip-mobility',
  'cat-camel',
  'in-line-lunge-halo',
  'forward-reverse-beast-walk',
  'lateral-beast-walk',
  'hip-bridge',
  'single-leg-hip-bridge',
  'side-plank-clam-shell',
  'bird-dog',
  'kettlebell-walk',
  'back-mobility-warm-up',
  'hamstring-mobility-warm-up',
  'deadbug',
  'advanced-iso-hold',
  'thoracic-press',
  'hip-thrust',
  'progressive-bodyweight-squat',
  'raising-the-roof',
  'half-kneeling-hip-flexor-stretch',
  'posterior-pelvic-tilt',
  'side-lying-hip-abduction',
  'standing-side-bend-stretch',
] as const)

/** A built-in movement's id. @category Languages @since 0.4.0 */
export type BuiltInMovementId = (typeof BUILT_IN_MOVEMENT_IDS)[number]

/**
 * The built-in movements that have variants, and their variants' ids, which
 * a catalog of words names too.
 *
 * @example
 * import { BUILT_IN_VARIANT_IDS } from 'rehab-engine'
 *
 * assert.ok(BUILT_IN_VARIANT_IDS['kettlebell-walk'].includes('overhead'))
 *
 * @category Languages
 * @since 0.4.0
 */
export const BUILT_IN_VARIANT_IDS = /* @__PURE__ */ Object.freeze({
  'kettlebell-walk': Object.freeze(['by-the-side', 'bottoms-up', 'overhead', 'overhead-and-side', 'bottoms-up-overhead'] as const),
} as const satisfies Partial<Record<BuiltInMovementId, readonly string[]>>)
