import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import { left, right, type Either } from '../../_lib/either.js'
import { invalidInput, issueAt, type InputIssue } from '../../_lib/issues.js'
import { addIsoDays } from '../../_lib/isoDays.js'
import { parseWithReaders } from '../../_lib/parseWithReaders.js'
import { resolveAssessment } from '../../selection/resolveAssessment.js'
import type { InvalidInput } from '../../shared/invalidInput.js'
import { InputDateSchema } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import type { Referral } from '../../shared/referral.js'
import { rememberPrescription } from '../adherence.js'
import { checkEpisode, type ValidEpisode } from '../checkEpisode.js'
import type { DayPlan } from '../dayPlan.js'
import { EpisodeEventSchema } from '../episodeEvents.js'
import type { EpisodeReferral } from '../episodeReferral.js'
import { foldDay, foldThrough } from '../foldEpisode.js'
import { planDay } from '../planDay.js'
import { prescriptionOf } from '../prescription.js'
import { readEvents } from '../readPlainEpisode.js'
import { readPlainSnapshot } from './readPlainSnapshot.js'
import { readSnapshot } from './readSnapshot.js'
import { holdsId } from './snapshotEpisode.js'
import { EpisodeSnapshotSchema, type EpisodeSnapshot } from './snapshotSchema.js'

/** `decideDay`'s input from a snapshot: the snapshot, the events after its last day, and the day to plan. */
export const DecideFromSnapshotSchema = z.strictObject({
  snapshot: EpisodeSnapshotSchema,
  events: boundedList(EpisodeEventSchema, { max: INPUT_LIMITS.episodeEvents }),
  today: InputDateSchema,
})

// A snapshot and a day's events are read by hand when plainly well formed, by zod otherwise.
const parseFromSnapshot = parseWithReaders(DecideFromSnapshotSchema, { snapshot: readPlainSnapshot, events: readEvents })

/** What a snapshot and the events beside it cannot hold: a day before the snapshot's last, an event on or before it, an id it already has. */
const boundaryIssues = (snapshot: EpisodeSnapshot, events: readonly { readonly date: string; readonly id?: string | undefined }[], today: string): InputIssue[] => {
  const issues: InputIssue[] = []
  if (today < snapshot.through) issues.push(issueAt('inconsistent', ['today'], `is before the snapshot's last day (${snapshot.through}): decide it from the episode instead`))
  events.forEach((event, index) => {
    if (event.date <= snapshot.through) issues.push(issueAt('inconsistent', ['events', index, 'date'], `is not after the snapshot's last day (${snapshot.through}), which already holds its events`))
    if (event.id !== undefined && holdsId(snapshot.ids, event.id)) issues.push(issueAt('duplicate', ['events', index, 'id'], `"${event.id}" is already the id of an event the snapshot holds`))
  })
  return issues
}

/** The episode of the events after a snapshot, each at its place after the snapshot's own events. */
const laterEpisode = (snapshot: EpisodeSnapshot, events: z.output<typeof DecideFromSnapshotSchema>['events']): Either<InputIssue[], ValidEpisode> => {
  const { intake, baselinePain, options } = snapshot
  const checked = checkEpisode(options === undefined ? { intake, baselinePain, events } : { intake, baselinePain, options, events }, [])
  if (checked._tag === 'Left') return checked
  return right({ ...checked.right, events: checked.right.events.map((placed) => ({ ...placed, index: placed.index + snapshot.eventCount })) })
}

/**
 * The plan of `today` from a snapshot and the events after its last day: the
 * state the snapshot holds, then each later day folded as a whole episode's
 * would be, remembering what each day asked for.
 */
export const decideFromSnapshot = (input: unknown): Either<InvalidInput | EpisodeReferral | Referral, DayPlan> => {
  const parsed = parseFromSnapshot(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { snapshot, events, today } = parsed.right
  const boundary = boundaryIssues(snapshot, events, today)
  if (boundary.length > 0) return left(invalidInput(boundary))
  const episode = laterEpisode(snapshot, events)
  if (episode._tag === 'Left') return left(invalidInput(episode.left))
  // A snapshot of an episode with no event holds nothing a fold from the start would not.
  if (snapshot.eventCount === 0) return planDay(foldThrough(episode.right, today), today)
  const latest = snapshot.latestAssessment
  const entries = latest === undefined ? undefined : resolveAssessment(latest.event as never, episode.right.catalog, ['snapshot', 'latestAssessment', 'event'])
  if (entries?._tag === 'Left') return left(invalidInput(entries.left))
  const state = readSnapshot(snapshot, episode.right, entries?.right)
  for (let day = addIsoDays(snapshot.through, 1); day <= today; day = addIsoDays(day, 1)) {
    // Adherence counts the plans of the days before today; today's own is never read, so it is not worked out.
    foldDay(state, day, day === today ? undefined : (before) => rememberPrescription(before, prescriptionOf(before, day)))
  }
  return planDay(state, today)
}
