import { left, right, type Either } from '../_lib/either.js'
import { issueAt, invalidInput, type InvalidInput } from '../_lib/issues.js'
import { decideDose } from '../progression/decideDose.js'
import type { DoseDecision } from '../progression/doseDecision.js'
import { chooseSubstitute } from '../progression/steps/substitute.js'
import { chooseMovements } from '../selection/chooseMovements.js'
import type { ScoredEntry } from '../selection/resolveAssessment.js'
import type { RehabSelection, SelectedMovement } from '../selection/selection.js'
import { movementRef } from '../shared/movementRef.js'
import type { Reason } from '../shared/reason.js'
import type { Referral } from '../shared/referral.js'
import { SOURCES } from '../shared/sources.js'
import { adherenceOn, type Adherence } from './adherence.js'
import type { DayItem, DayPlan, DosedItem } from './dayPlan.js'
import { doseLogs } from './doseLogs.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { describeEvent } from './eventRef.js'
import { movementKey, type EndedPause, type EpisodeState } from './episodeState.js'
import type { PlacedEvent } from './checkEpisode.js'
import { heldReferral } from './rules/heldReferral.js'
import { pauseEndedReason, pauseHeldReason, type HeldPause } from './rules/heldPause.js'
import { lowAdherence } from './rules/lowAdherence.js'
import { overexertion } from './rules/overexertion.js'
import { returnAfterBreak, doseOfRungDone } from './rules/returnAfterBreak.js'

// An assessment's selection does not change from one day to the next: worked out once per assessment.
const selections = new WeakMap<PlacedEvent, Either<Referral, RehabSelection>>()

export const selectionOf = (state: EpisodeState, assessment: PlacedEvent): Either<Referral, RehabSelection> => {
  let selection = selections.get(assessment)
  if (selection === undefined) selections.set(assessment, (selection = chooseMovements(assessment.entries ?? [], state.episode.selection)))
  return selection
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
    },
  ]
}

const pausedItem = (state: EpisodeState, selected: SelectedMovement, pause: HeldPause, entries: readonly ScoredEntry[]): DayItem => {
  const compiled = state.episode.catalog.byId.get(selected.movement)!
  const substitute = chooseSubstitute(compiled.movement, selected.variant, entries, state.episode.selection.painCeiling)
  return {
    ...movementRef(selected.movement, selected.variant),
    status: 'paused',
    resumeOn: pause.resumeOn,
    ...(substitute === undefined ? {} : { substitute }),
    reasons: [pauseHeldReason(pause), ...pause.reasons],
  }
}

const dosedItem = (decision: DoseDecision, perDay: number, today: string, ended: EndedPause | undefined): DosedItem => ({
  ...movementRef(decision.movement, decision.variant),
  status: decision.action,
  dose: decision.dose,
  timesToday: decision.nextEarliest > today ? 0 : perDay,
  nextEarliest: decision.nextEarliest,
  ...(decision.advanceTo === undefined ? {} : { advanceTo: decision.advanceTo }),
  ...(decision.harderForm === undefined ? {} : { harderForm: decision.harderForm }),
  reasons: ended === undefined ? decision.reasons : [pauseEndedReason(ended.pause, ended.on, ended.how), ...decision.reasons],
})

/** One selected movement on `today`: paused while the episode holds its pause, otherwise its dose from the whole history. */
const planItem = (state: EpisodeState, selected: SelectedMovement, entries: readonly ScoredEntry[], today: string, adherence: Adherence | undefined): Either<Referral, DayItem> => {
  const key = movementKey(selected)
  const pause = state.pauses.get(key)
  if (pause !== undefined && pause.resumeOn > today) return right(pausedItem(state, selected, pause, entries))
  const ended = state.endedPauses.get(key) ?? (pause === undefined ? undefined : { pause, on: pause.resumeOn, how: 'date' as const })
  const { episode } = state
  const compiled = episode.catalog.byId.get(selected.movement)!
  const decision = decideDose({
    catalog: episode.catalog,
    movement: compiled.movement,
    variant: selected.variant,
    ladder: compiled.ladder!,
    ...doseLogs(state, key, today),
    baselinePain: episode.baselinePain,
    today,
    rules: episode.rules,
    loadStepPercent: episode.loadStepPercent,
    assessment: entries,
    stopsLifted: true,
    markedRed: state.markedRed,
    credited: state.credited,
  })
  // With the stops lifted the decision always has a dose; were it ever a stop, the stop would stand.
  if (decision._tag === 'Left') {
    if (decision.left._tag === 'Referral') return left(decision.left)
    const { _tag, ...paused } = decision.left
    return right({ ...paused, status: 'paused' })
  }
  const item = dosedItem(decision.right, compiled.ladder!.frequency.perDay, today, ended)
  const own = state.own.get(key) ?? []
  const { advanceTo: _advance, harderForm: _harder, ...rest } = item
  const back = returnAfterBreak(decision.right, own.at(-1), compiled.ladder!, today, ended?.on)
  if (back !== undefined) {
    return right({ ...rest, status: 'return', dose: back.dose, timesToday: compiled.ladder!.frequency.perDay, nextEarliest: today, reasons: [back.reason, ...item.reasons] })
  }
  if (item.status !== 'progress' && item.status !== 'advance') return right(item)
  const held =
    overexertion(own, compiled.ladder!, today) ??
    (adherence === undefined ? undefined : lowAdherence(adherence, adherence.movements.find((kept) => movementKey(kept) === key)))
  if (held === undefined) return right(item)
  return right({ ...rest, status: 'hold', dose: doseOfRungDone(state.credited.get(own.at(-1)!)?.dose ?? own.at(-1)!.performed, compiled.ladder!), reasons: [held, ...item.reasons] })
}

type DayItems = Either<InvalidInput | EpisodeReferral | Referral, { readonly items: DayItem[]; readonly reasons: Reason[] }>

/**
 * The movements of `today` from the state at its end: a held referral first;
 * then the latest assessment's selection (a referral when too few movements
 * are tolerable), each movement paused or dosed. Without `adherence`, no
 * movement is held for having been done too rarely.
 */
const planItems = (state: EpisodeState, today: string, adherence: Adherence | undefined): DayItems => {
  const [held, ...more] = state.referrals
  if (held !== undefined) return left(heldReferral([held, ...more]))
  const assessment = state.latestAssessment
  if (assessment === undefined) {
    return left(invalidInput([issueAt('required', ['episode', 'events'], `holds no assessment on or before ${today}: a day's plan needs one to choose its movements`)]))
  }
  const selection = selectionOf(state, assessment)
  if (selection._tag === 'Left') return selection
  const entries = assessment.entries ?? []
  const items: DayItem[] = []
  for (const selected of selection.right.selected) {
    const item = planItem(state, selected, entries, today, adherence)
    if (item._tag === 'Left') return item
    items.push(item.right)
  }
  return right({ items, reasons: [...clearedReason(state), ...selection.right.reasons] })
}

/**
 * The plan of `today` from the state at its end: its movements, each held
 * rather than stepped up when it was done too rarely over the week before,
 * and that week's adherence.
 */
export const planDay = (state: EpisodeState, today: string): Either<InvalidInput | EpisodeReferral | Referral, DayPlan> => {
  const adherence = adherenceOn(state, today)
  const planned = planItems(state, today, adherence)
  if (planned._tag === 'Left') return planned
  return right({ _tag: 'DayPlan', date: today, items: planned.right.items, adherence, reasons: planned.right.reasons })
}
