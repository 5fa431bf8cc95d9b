// Today's plan of a stored person, from the person's snapshot and the events after it when one holds, so that a
// day's read does not grow with the history; the answer is the engine's for the whole episode either way.
import { decideDay } from 'rehab-engine'
import { snapshotDay, snapshotThrough } from './snapshots.js'
import type { Opening, Store } from './store.js'

/**
 * How far a stored snapshot may fall behind the day before today before a
 * read makes a new one (which reads the whole episode once). Within it, a
 * read folds the days after the snapshot from their events. The service's
 * own choice: a week of a person's events is a few hundred at most.
 */
export const SNAPSHOT_STALE_DAYS = 7

/** Whether the engine decided the day (a plan or a referral), rather than finding the request at fault. */
const decided = (decision: ReturnType<typeof decideDay>): boolean => !(decision._tag === 'Left' && decision.left._tag === 'InvalidInput')

const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000

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
    if (decided(decision) && target !== undefined && daysBetween(record.through, target) > SNAPSHOT_STALE_DAYS) await keepFresh(store, id, target)
    return decision
  }
  // A day before the snapshot's last is decided from the whole episode, and leaves the snapshot as it is.
  const episode = record._tag === 'Whole' ? record.episode : await store.episode(id)
  if (episode === undefined) return undefined
  const decision = decideDay({ episode, today } as never)
  if (record._tag === 'Whole' && decided(decision) && target !== undefined) {
    const row = snapshotThrough(episode, target)
    if (row !== undefined) await store.keepSnapshot(id, row)
  }
  return decision
}

const keepFresh = async (store: Store, id: string, through: string): Promise<void> => {
  const episode = await store.episode(id)
  const row = episode === undefined ? undefined : snapshotThrough(episode, through)
  if (row !== undefined) await store.keepSnapshot(id, row)
}
