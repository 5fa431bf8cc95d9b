import { addIsoDays } from '../_lib/isoDays.js'
import { longestScheduledGap, protocolMovementsOn, protocolWeekdays } from '../program/layout/protocolDays.js'
import type { RehabSelection } from '../selection/selection.js'
import { movementRef, type MovementRef } from '../shared/movementRef.js'
import { movementKey, type EpisodeState } from './episodeState.js'
import type { Advance } from './rules/advanceTaken.js'

/** A movement a day's plan holds, after every advance: its key in the state, its schedule, and the advance that put it there. */
export interface ScheduledMovement {
  readonly ref: MovementRef
  readonly key: string
  /** The longest run of days between two of its program days: 1 when it is done every day. */
  readonly gapDays: number
  readonly advance?: Advance
}

/** The movement in the place of `ref` under some advances (by the key of the movement each began from): the last of the advances that began from it, or `ref` itself. */
export const inPlaceOf = (advanced: ReadonlyMap<string, Advance>, ref: MovementRef): { readonly ref: MovementRef; readonly advance?: Advance } => {
  let current: { ref: MovementRef; advance?: Advance } = { ref }
  // A catalog's advances could run in a circle: each movement is followed once at most.
  const followed = new Set<string>()
  for (let key = movementKey(ref); !followed.has(key); key = movementKey(current.ref)) {
    followed.add(key)
    const advance = advanced.get(key)
    if (advance === undefined) break
    current = { ref: advance.to, advance }
  }
  return current
}

/** The movements the program holds on any day of the week from `today`, each once, in the order they first fall. */
export const movementsOfWeek = (state: EpisodeState, today: string, selection: RehabSelection): ScheduledMovement[] => {
  const week = new Map<string, ScheduledMovement>()
  for (let offset = 0; offset < 7; offset++) {
    for (const scheduled of movementsOn(state, addIsoDays(today, offset), selection)) if (!week.has(scheduled.key)) week.set(scheduled.key, scheduled)
  }
  return [...week.values()]
}

/** The longest run of days between two of a movement's program days: 1 for a rehab movement, done every day. */
const gapDaysOf = (state: EpisodeState, movement: string): number => {
  const days = protocolWeekdays(movement, state.episode.layout)
  return days === undefined ? 1 : longestScheduledGap(days)
}

/**
 * The movements the program schedules on `day`, each in the place an
 * advance may have given to a harder one: the selection of the latest
 * assessment, every day; then the protocol and between-sets movements on
 * their weekdays (`episode.options.program`), those the catalog gives a
 * ladder. A movement is held once, where it first falls.
 */
export const movementsOn = (state: EpisodeState, day: string, selection: RehabSelection): ScheduledMovement[] => {
  const { catalog, layout } = state.episode
  const scheduled: ScheduledMovement[] = []
  const held = new Set<string>()
  const add = (ref: MovementRef): void => {
    const placed = inPlaceOf(state.advanced, ref)
    const key = movementKey(placed.ref)
    if (held.has(key) || catalog.byId.get(placed.ref.movement)?.ladder === undefined) return
    held.add(key)
    // A harder movement keeps the days of the one it replaced.
    const base = { ref: movementRef(placed.ref.movement, placed.ref.variant), key, gapDays: gapDaysOf(state, ref.movement) }
    scheduled.push(placed.advance === undefined ? base : { ...base, advance: placed.advance })
  }
  for (const selected of selection.selected) add(movementRef(selected.movement, selected.variant))
  for (const corrective of selection.correctives ?? []) add({ movement: corrective.movement })
  for (const id of protocolMovementsOn(day, layout)) add({ movement: id })
  return scheduled
}
