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
    // A snapshot a week behind is made again, from the whole episode, once.
    if (decided(decision) && target !== undefined && daysBetween(record.through, target) > SNAPSHOT_STALE_DAYS) await keep(store, id, await store.episode(id), target)
    return decision
  }
  // A day before the snapshot's last is decided from the whole episode, and leaves the snapshot as it is.
  const episode = record._tag === 'Whole' ? record.episode : await store.episode(id)
  if (episode === undefined) return undefined
  const decision = decideDay({ episode, today } as never)
  if (record._tag === 'Whole' && decided(decision) && target !== undefined) await keep(store, id, episode, target)
  return decision
}

/** Keeps the snapshot of `episode` through a day, when one can be made. */
const keep = async (store: Store, id: string, episode: StoredEpisode | undefined, through: string): Promise<void> => {
  const row = episode === undefined ? undefined : snapshotThrough(episode, through)
  if (row !== undefined) await store.keepSnapshot(id, row)
}
