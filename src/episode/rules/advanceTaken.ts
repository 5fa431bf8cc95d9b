import type { CompiledCatalog } from '../../catalog/compiledCatalog.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { describeEvent, eventParams, type EventRef } from '../eventRef.js'

/** A movement that gave way to the harder one its ladder advances to: since when, and which session began it. */
export interface Advance {
  readonly from: MovementRef
  readonly to: MovementRef
  readonly since: string
  readonly ref: EventRef
}

// A catalog does not change: the movements each one advances from are worked out once.
const sourcesByCatalog = new WeakMap<CompiledCatalog, ReadonlyMap<string, readonly string[]>>()

/** The movements whose ladder advances to `movement` at its top (the deadbug, for the advanced hold). */
export const advancesFrom = (catalog: CompiledCatalog, movement: string): readonly string[] => {
  let sources = sourcesByCatalog.get(catalog)
  if (sources === undefined) {
    const found = new Map<string, string[]>()
    for (const [id, compiled] of catalog.byId) {
      const after = compiled.ladder?.afterTop
      if (after?.kind === 'advance') found.set(after.to, [...(found.get(after.to) ?? []), id])
    }
    sourcesByCatalog.set(catalog, (sources = found))
  }
  return sources.get(movement) ?? []
}

/**
 * Rule 8: a session of the movement a ladder advances to, logged on a day
 * whose plan holds the movement below it, once that movement's ladder says
 * `advance` (`statusOf`: its plan without the adherence hold), begins the
 * advance: from then on the harder movement takes the other's place, on its
 * days, in every later plan, and climbs its own ladder from this session.
 * Logged before that, it begins nothing: the harder movement is reached only
 * by the ladder below it. Undefined when the session begins no advance.
 */
export const advanceTaken = (
  session: { readonly movement: string; readonly variant?: string | undefined },
  catalog: CompiledCatalog,
  advanced: ReadonlyMap<string, Advance>,
  statusOf: (from: MovementRef) => string | undefined,
  ref: EventRef,
): Advance | undefined => {
  // A ladder advances to a movement, never to one of its variants.
  if (session.variant !== undefined) return undefined
  for (const id of advancesFrom(catalog, session.movement)) {
    if (!advanced.has(id) && statusOf({ movement: id }) === 'advance') return { from: { movement: id }, to: { movement: session.movement }, since: ref.date, ref }
  }
  return undefined
}

/** Why a plan holds the harder movement where the easier one was. */
export const advancedReason = (advance: Advance): Reason => ({
  rule: 'advanced',
  message: `${describeMovement(advance.to)} takes the place of ${describeMovement(advance.from)}, which reached the top of its ladder: the first session of it was ${describeEvent(advance.ref)}.`,
  ...advance.to,
  date: advance.since,
  value: describeMovement(advance.from),
  source: SOURCES.protocol,
  params: { movement: describeMovement(advance.to), from: describeMovement(advance.from), ...eventParams(advance.ref) },
})
