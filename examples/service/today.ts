// Today's plan of a stored person, from the person's snapshot and the events after it when one holds, so that a
// day's read does not grow with the history; the answer is the engine's for the whole episode either way.
import { decideDay } from 'rehab-engine'
import { daysBetween, snapshotDay, snapshotThrough } from './snapshots.js'
import type { Opening, Store, StoredEpisode } from './store.js'

/**
 * How far a stored snapshot may fall behind the day before today before a
 * read makes a new one (which reads the whole episode once). Within it, a
 * read folds the days after the snapshot from their events. The service's
 * own choice: a week of a person's events is a few hundred at most.
 */
export const SNAPSHOT_STALE_DAYS = 7

/** Whether the engine decided the day (a plan or a referral), rather than finding the request at fault. */
const decided = (decision: ReturnType<typeof decideDay>): boolean => !(decision._tag === 'Left' && decision.left._tag === 'InvalidInput')

/**
 * Whether the engine refused the stored snapshot itself: one another version
 * of the engine made, or one in a form this version no longer reads. The
 * snapshot is only a shortcut, so such a read goes back to the whole episode
 * and keeps a new snapshot, rather than failing every read until it is made again.
 */
const snapshotRefused = (decision: ReturnType<typeof decideDay>): boolean =>
  decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues.some((issue) => issue.path[0] === 'snapshot')

export interface TodayRequest {
  /** The day asked for, as the request gives it (checked by the engine), from the person's episode opening. */
  readonly todayOf: (opening: Opening) => unknown
  /** The clock's date where the person lives: no snapshot holds a day the clock has not reached. */
  readonly clockOf: (opening: Opening) => string
}

/** The engine's decision for the day asked, or undefined for an unknown person; keeps a fresh snapshot for later reads. */
export const planToday = async (store: Store, id: string, request: TodayRequest): Promise<ReturnType<typeof decideDay> | undefined> => {
  const record = await store.day(id)
  if (record === undefined) return undefined
  const opening = record._tag === 'Whole' ? record.episode : record.opening
  const today = request.todayOf(opening)
  const target = typeof today === 'string' ? snapshotDay(today, request.clockOf(opening)) : undefined
  if (record._tag === 'FromSnapshot' && typeof today === 'string' && today >= record.through) {
    const decision = decideDay({ snapshot: record.snapshot, events: record.events, today } as never)
    if (snapshotRefused(decision)) return planWhole(store, id, today, target)
    // A snapshot a week behind is made again, from the whole episode, once.
    if (decided(decision) && target !== undefined && daysBetween(record.through, target) > SNAPSHOT_STALE_DAYS) await keep(store, id, await store.episode(id), target)
    return decision
  }
  // A day before the snapshot's last is decided from the whole episode, and leaves the snapshot as it is.
  if (record._tag === 'FromSnapshot') return planWhole(store, id, today, undefined)
  return planWhole(store, id, today, target, record.episode)
}

/** The day decided from the whole episode (read here when not handed in); keeps its snapshot through `target` when given one. */
const planWhole = async (store: Store, id: string, today: unknown, target: string | undefined, stored?: StoredEpisode): Promise<ReturnType<typeof decideDay> | undefined> => {
  const episode = stored ?? (await store.episode(id))
  if (episode === undefined) return undefined
  const decision = decideDay({ episode, today } as never)
  if (decided(decision) && target !== undefined) await keep(store, id, episode, target)
  return decision
}

/** Keeps the snapshot of `episode` through a day, when one can be made. */
const keep = async (store: Store, id: string, episode: StoredEpisode | undefined, through: string): Promise<void> => {
  const row = episode === undefined ? undefined : snapshotThrough(episode, through)
  if (row !== undefined) await store.keepSnapshot(id, row)
}
