// Assessments shared by the selection's tests.
import type { AssessmentResult, CatalogInput } from '../../src/index.js'

export const DATE = '2026-11-02'

/**
 * Seven results with one above the default ceiling (cat-camel), two variants of one movement, and one
 * eligible movement too many, so a selection shows every kind of reason.
 */
export const SEVEN: readonly AssessmentResult[] = [
  { movement: 'hip-mobility', pain: 1 },
  { movement: 'cat-camel', pain: 6 },
  { movement: 'hip-bridge', pain: 2 },
  { movement: 'bird-dog', pain: 0 },
  { movement: 'side-plank-clam-shell', pain: 3 },
  { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 },
  { movement: 'kettlebell-walk', variant: 'overhead', pain: 3 },
]

/** The ten assessment movements of the built-in catalog, in catalog order. */
export const ASSESSMENT_MOVEMENTS = [
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
] as const

/** Results that all hurt the same, so only coverage and catalog order decide. */
export const allAt = (pain: number, movements: readonly string[] = ASSESSMENT_MOVEMENTS): AssessmentResult[] =>
  movements.map((movement) => ({ movement, pain }))

/** An app's assessment movement with its own focus tags. */
export const appMovement = (id: string, focus: readonly string[], perSide = false) => ({
  id,
  name: `Movement ${id}`,
  description: 'A movement of an app catalog.',
  roles: ['assessment'] as const,
  focus,
  dose: { kinds: ['reps'] as const, perSide },
  variants: [] as const,
  source: 'an app',
})

/** An app catalog of six movements, each training one focus area no other trains. */
export const SIX_AREAS: CatalogInput = ['a', 'b', 'c', 'd', 'e', 'f'].map((tag) => appMovement(`move-${tag}`, [`area-${tag}`]))

/** Whether `value` or anything inside it is frozen: the engine must leave a caller's values as they were. */
export const frozenAnywhere = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (Object.isFrozen(value) || Object.values(value).some(frozenAnywhere))
