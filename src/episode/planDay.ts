import { left, right, type Either } from '../_lib/either.js'
import { issueAt, invalidInput, type InvalidInput } from '../_lib/issues.js'
import { chooseMovements } from '../selection/chooseMovements.js'
import { withCorrectives } from '../selection/withCorrectives.js'
import type { RehabSelection } from '../selection/selection.js'
import type { Reason } from '../shared/reason.js'
import type { Referral } from '../shared/referral.js'
import { SOURCES } from '../shared/sources.js'
import { adherenceOn, type Adherence } from './adherence.js'
import type { DayItem, DayPlan } from './dayPlan.js'
import { dueOn } from './dueOn.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { describeEvent, eventParams } from './eventRef.js'
import type { EpisodeState } from './episodeState.js'
import type { PlacedEvent } from './checkEpisode.js'
import { planItem } from './planItem.js'
import { referralHeld } from './rules/heldReferral.js'
import { noImprovement } from './rules/noImprovement.js'
import { reassessmentContinuity, withContinuity, type Continuity } from './rules/reassessment.js'
import { movementKey } from './episodeState.js'
import { movementRef } from '../shared/movementRef.js'
import { inflammatoryBackPain } from '../screening/rules/inflammatoryBackPain.js'
import { movementsOn } from './scheduledMovements.js'
import { dayCeiling } from './dayCeiling.js'

/** The selection of an assessment, worked out once per state. */
export const selectionOf = (state: EpisodeState, assessment: PlacedEvent): Either<Referral, RehabSelection> => {
  let selection = state.selections.get(assessment)
  if (selection === undefined) state.selections.set(assessment, (selection = chooseWithContinuity(state, assessment)))
  return selection
}

/** The selection of an assessment; a reassessment's leaves out the family members its continuity set aside, and names what changed. */
const chooseWithContinuity = (state: EpisodeState, assessment: PlacedEvent): Either<Referral, RehabSelection> => {
  const { continuity } = assessment
  const entries = assessment.entries ?? []
  const posture = assessment.event.type === 'assessment' ? assessment.event.posture : undefined
  const correct = (chosen: Either<Referral, RehabSelection>) => (chosen._tag === 'Left' ? chosen : right(withCorrectives(chosen.right, posture, state.episode.catalog)))
  if (continuity === undefined) return correct(chooseMovements(entries, state.episode.selection))
  const aside = new Set(continuity.excluded.map((entry) => movementKey(entry)))
  const chosen = chooseMovements(
    entries.filter((entry) => !aside.has(movementKey({ movement: entry.movement.id, variant: entry.variant }))),
    state.episode.selection,
  )
  return correct(chosen._tag === 'Left' ? chosen : right(withContinuity(chosen.right, continuity)))
}

/**
 * What a reassessment carries over: each movement of the plan before it, as
 * the plan stood just before the reassessment, with the harder form it
 * offers when it topped its ladder green.
 */
export const continuityOf = (state: EpisodeState, previous: PlacedEvent, next: PlacedEvent): Continuity => {
  const before = previous.entries ?? []
  const selection = selectionOf(state, previous)
  const day = next.event.date
  const scheduled = selection._tag === 'Right' ? movementsOn(state, day, selection.right) : []
  const carried = (selection._tag === 'Right' ? selection.right.selected : []).map((selected) => {
    const ref = movementRef(selected.movement, selected.variant)
    const found = scheduled.find((entry) => entry.key === movementKey(ref))
    const item = found === undefined ? undefined : planItem(state, found, before, day, undefined)
    return { ref, harderForm: item?._tag === 'Right' && item.right.status !== 'paused' ? item.right.harderForm : undefined }
  })
  return reassessmentContinuity(carried, before, next.entries ?? [], state.episode.selection.painCeiling)
}

const clearedReason = (state: EpisodeState): Reason[] => {
  const cleared = state.lastReferralClearance
  if (cleared === undefined) return []
  return [
    {
      rule: 'referral-cleared',
      message: `${cleared.by} lifted the referral on ${cleared.ref.date} (${describeEvent(cleared.ref)}); a new sign, or pain the ceiling refers, refers again.`,
      date: cleared.ref.date,
      value: cleared.by,
      source: SOURCES.checkFirst,
      params: { by: cleared.by, ...eventParams(cleared.ref) },
    },
  ]
}

type DayItems = Either<InvalidInput | EpisodeReferral | Referral, { readonly items: DayItem[]; readonly reasons: Reason[] }>

/**
 * The movements of `today` from the state at its end: a held referral first;
 * then every movement the program schedules that day (the latest
 * assessment's selection, a referral when too few movements are tolerable,
 * and the protocol movements on their days), each paused or dosed. Without
 * `adherence`, no movement is held for having been done too rarely.
 */
const planItems = (state: EpisodeState, today: string, adherence: Adherence | undefined, share: boolean): DayItems => {
  const referral = referralHeld(state.referrals)
  if (referral !== undefined) return left(referral)
  const assessment = state.latestAssessment
  if (assessment === undefined) {
    return left(invalidInput([issueAt('required', ['episode', 'events'], `holds no assessment on or before ${today}: a day's plan needs one to choose its movements`)]))
  }
  const selection = selectionOf(state, assessment)
  if (selection._tag === 'Left') return selection
  const entries = assessment.entries ?? []
  const items: DayItem[] = []
  const shared = share ? dayCeiling(state, today) : undefined
  for (const scheduled of movementsOn(state, today, selection.right)) {
    const item = planItem(state, scheduled, entries, today, adherence, shared)
    if (item._tag === 'Left') return item
    items.push(item.right)
  }
  const review = noImprovement(state, today)
  const inflammatory = inflammatoryBackPain(state.episode.intake.inflammatory)
  return right({
    items,
    reasons: [...(review === undefined ? [] : [review]), ...(inflammatory?.advises === true ? [inflammatory.reason] : []), ...clearedReason(state), ...selection.right.reasons],
  })
}

/**
 * The plan of `today` from the state at its end: its movements, each held
 * rather than stepped up when it was done too rarely over the week before,
 * the check-ins due, and that week's adherence. The ceiling judges the day
 * once for every movement whose logs it covers; `share` false judges it for
 * each movement alone (the same answer, which a test checks).
 */
export const planDay = (state: EpisodeState, today: string, share = true): Either<InvalidInput | EpisodeReferral | Referral, DayPlan> => {
  const adherence = adherenceOn(state, today)
  const planned = planItems(state, today, adherence, share)
  if (planned._tag === 'Left') return planned
  return right({ _tag: 'DayPlan', date: today, items: planned.right.items, due: dueOn(state, today), adherence, reasons: planned.right.reasons })
}
