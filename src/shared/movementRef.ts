/** A movement and, when there is one, its variant: the way every output names a movement. */
export interface MovementRef {
  readonly movement: string
  readonly variant?: string
}

/**
 * Names a movement, leaving `variant` out rather than undefined, so that the
 * output survives a JSON round trip unchanged.
 */
export const movementRef = (movement: string, variant: string | undefined): MovementRef =>
  variant === undefined ? { movement } : { movement, variant }

/**
 * `{ ...ref, ...fields }`: the movement and its variant first, then `fields`,
 * in their order, without a leading spread (see `extend` in src/_lib/extend.ts for why).
 */
export const withMovement = <Fields extends object>(ref: { readonly movement: string; readonly variant?: string | undefined }, fields: Fields): MovementRef & Fields =>
  Object.assign(movementRef(ref.movement, ref.variant), fields)
