import { markTrusted } from '../_lib/trustedValues.js'
import type { Catalog } from './catalogSchema.js'
import type { Ladder } from './ladder.js'
import type { Movement } from './movement.js'
import { REHAB_LADDERS } from './rehabLadder.js'

/** A catalog movement with what the selection needs precomputed. */
export interface CompiledMovement {
  readonly movement: Movement
  /** Its ladder: its own, the rehab ladder for an assessment movement, or none. */
  readonly ladder: Ladder | undefined
  /** One bit per focus tag of the catalog. */
  readonly focusMask: number
  /** Catalog order of the movement and then of its variants: the last tie-break. */
  readonly rank: number
  /** The rank of each variant id. */
  readonly variantRanks: ReadonlyMap<string, number>
  /**
   * Which movement this is, for counting distinct movements: the catalog
   * position of the first of the movements joined to it by `harderForm` or
   * `easierForm`. Its variants share it, since they are the same movement.
   */
  readonly family: number
  /** The ids one step harder: its `harderForm`, and each movement that names it as its `easierForm`. */
  readonly harder: readonly string[]
}

/** A catalog indexed for the core, built once per catalog value. */
export interface CompiledCatalog {
  readonly movements: Catalog
  readonly byId: ReadonlyMap<string, CompiledMovement>
  /** The focus tag of each bit, in the order tags first appear in the catalog. */
  readonly focusTags: readonly string[]
}

/*
 * Room for the movement itself (slot 0) and each variant after it, so one
 * number orders every (movement, variant) pair in catalog order.
 */
const RANK_STRIDE = 32

/** The rehab ladder of an assessment movement: per side or not, and in metres too for one dosed over distance (the walks). */
const rehabLadderOf = (movement: Movement): Ladder => {
  const walk = movement.dose.kinds.includes('distance')
  if (movement.dose.perSide) return walk ? REHAB_LADDERS.walkPerSide : REHAB_LADDERS.perSide
  return walk ? REHAB_LADDERS.walkBothSides : REHAB_LADDERS.bothSides
}

/** A movement's ladder: its own, or the rehab ladder for an assessment movement that brings none. */
export const ladderFor = (movement: Movement): Ladder | undefined =>
  movement.ladder ?? (movement.roles.includes('assessment') ? rehabLadderOf(movement) : undefined)

/** For each movement id, the position of the first movement its harder and easier forms join it to, in catalog order. */
const familiesOf = (catalog: Catalog): ReadonlyMap<string, number> => {
  const positionOf = new Map(catalog.map((movement, position) => [movement.id, position]))
  const root = catalog.map((_, position) => position)
  const find = (position: number): number => (root[position] === position ? position : (root[position] = find(root[position]!)))
  for (const movement of catalog) {
    for (const other of [movement.harderForm, movement.easierForm]) {
      const joined = other === undefined ? undefined : positionOf.get(other)
      if (joined === undefined) continue
      const [a, b] = [find(positionOf.get(movement.id)!), find(joined)]
      root[Math.max(a, b)] = Math.min(a, b)
    }
  }
  return new Map(catalog.map((movement, position) => [movement.id, find(position)]))
}

/** For each movement id, the ids one step harder, the link named from either side. */
const harderOf = (catalog: Catalog): ReadonlyMap<string, readonly string[]> => {
  const up = new Map<string, string[]>()
  const link = (easier: string, harder: string) => up.set(easier, [...(up.get(easier) ?? []), harder])
  for (const movement of catalog) {
    if (movement.harderForm !== undefined) link(movement.id, movement.harderForm)
    if (movement.easierForm !== undefined) link(movement.easierForm, movement.id)
  }
  return up
}

/** Indexes a catalog that has already passed CatalogSchema. */
export const compileCatalog = (catalog: Catalog): CompiledCatalog => {
  const families = familiesOf(catalog)
  const harder = harderOf(catalog)
  const focusTags: string[] = []
  const bitOf = new Map<string, number>()
  for (const movement of catalog) {
    for (const tag of movement.focus) {
      if (!bitOf.has(tag)) {
        bitOf.set(tag, focusTags.length)
        focusTags.push(tag)
      }
    }
  }
  const byId = new Map<string, CompiledMovement>()
  catalog.forEach((movement, position) => {
    let focusMask = 0
    for (const tag of movement.focus) focusMask |= 1 << (bitOf.get(tag) ?? 0)
    const rank = position * RANK_STRIDE
    byId.set(movement.id, {
      movement,
      ladder: ladderFor(movement),
      focusMask,
      rank,
      variantRanks: new Map(movement.variants.map((variant, index) => [variant.id, rank + 1 + index])),
      family: families.get(movement.id)!,
      harder: harder.get(movement.id) ?? [],
    })
  })
  return { movements: catalog, byId, focusTags }
}

/*
 * Catalogs that are known valid and frozen, with their index. Only frozen
 * values the engine made are kept: a caller's own array could change after it
 * was checked, so it is checked again on every call.
 */
const trusted = new WeakMap<Catalog, CompiledCatalog>()

/** Marks a frozen, validated catalog as trusted and returns its index. */
export const trustCatalog = (catalog: Catalog): CompiledCatalog => {
  const compiled = trusted.get(catalog) ?? compileCatalog(catalog)
  trusted.set(markTrusted(catalog), compiled)
  return compiled
}

/** The index of a trusted catalog, if this one is. A WeakMap finds nothing under a primitive, and says so rather than throw. */
export const trustedCatalog = (candidate: unknown): CompiledCatalog | undefined => trusted.get(candidate as Catalog)
