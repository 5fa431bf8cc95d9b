import type { Movement } from '../../src/index.js'

/** An app's own assessment movement, with a focus tag the built-in catalog does not use. */
export const wallSit = {
  id: 'wall-sit',
  name: 'Wall sit',
  description: 'Back against a wall, knees bent, held still.',
  roles: ['assessment'],
  focus: ['quads'],
  dose: { kinds: ['reps'], perSide: false },
  variants: [],
  source: 'our clinic',
} as const satisfies Movement

/** An app movement like wallSit under another id, with any field changed. */
export const appMovement = (id: string, changes: Partial<Record<keyof Movement, unknown>> = {}): Movement =>
  ({ ...wallSit, id, ...changes }) as Movement
