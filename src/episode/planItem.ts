import { left, right, type Either } from '../_lib/either.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import { decideDose } from '../progression/decideDose.js'
import type { DoseCase } from '../progression/doseCase.js'
import type { DoseDecision } from '../progression/doseDecision.js'
import { chooseSubstitute } from '../progression/steps/substitute.js'
import type { ScoredEntry } from '../selection/resolveAssessment.js'
import { withMovement } from '../shared/movementRef.js'
import type { Referral } from '../shared/referral.js'
import type { Adherence } from './adherence.js'
import type { DayItem, DosedItem } from './dayPlan.js'
import { sharedCeiling, type DayCeiling } from './dayCeiling.js'
import { doseLogs, lookBackFrom, recentOwn } from './doseLogs.js'
import { movementKey, type EndedPause, type EpisodeState } from './episodeState.js'
import { advancedReason } from './rules/advanceTaken.js'
import { pauseEndedReason, pauseHeldReason, type HeldPause } from './rules/heldPause.js'
import { lowAdherence } from './rules/lowAdherence.js'
import { overexertion } from './rules/overexertion.js'
import { returnAfterBreak, doseOfRungDone } from './rules/returnAfterBreak.js'
import type { ScheduledMovement } from './scheduledMovements.js'

const pausedItem = (state: EpisodeState, { ref }: ScheduledMovement, pause: HeldPause, entries: readonly ScoredEntry[]): DayItem => {
  const compiled = state.episode.catalog.byId.get(ref.movement)!
  const substitute = chooseSubstitute(state.episode.catalog, compiled.movement, ref.variant, entries, state.episode.selection.painCeiling)
  return withMovement(ref, {
    status: 'paused' as const,
    resumeOn: pause.resumeOn,
    ...(substitute === undefined ? {} : { substitute }),
    reasons: [pauseHeldReason(pause), ...pause.reasons],
  })
}

const dosedItem = (decision: DoseDecision, perDay: number, today: string, ended: EndedPause | undefined): DosedItem =>
  withMovement(decision, {
    status: decision.action,
    dose: decision.dose,
    timesToday: decision.nextEarliest > today ? 0 : perDay,
    nextEarliest: decision.nextEarliest,
    ...(decision.advanceTo === undefined ? {} : { advanceTo: decision.advanceTo }),
    ...(decision.harderForm === undefined ? {} : { harderForm: decision.harderForm }),
    reasons: ended === undefined ? decision.reasons : [pauseEndedReason(ended.pause, ended.on, ended.how), ...decision.reasons],
  })

/**
 * What the movement's decision reads: the day's shared judgement of the
 * ceiling, when it covers the movement's logs, and then only the movement's
 * own sessions (its rung; the judgement holds the rest); otherwise the logs
 * its own judgement of the ceiling reads.
 */
const logsAndCeiling = (
  state: EpisodeState,
  shared: DayCeiling | undefined,
  key: string,
  today: string,
  own: readonly SessionLog[],
): Pick<DoseCase, 'sessions' | 'mornings' | 'ceiling'> => {
  const ceiling = shared === undefined ? undefined : sharedCeiling(state, shared, key)
  return ceiling === undefined ? doseLogs(state, key, today, own) : { sessions: own, mornings: [], ceiling }
}

/**
 * One scheduled movement on `today`, before what an advance adds: paused while the episode holds its
 * pause, otherwise its dose from the whole history, back lower after a break,
 * held when done too often or (given `adherence`) too rarely. `shared`, when
 * given, is the day's judgement of the ceiling, worked out once for the plan.
 */
const planOwnItem = (
  state: EpisodeState,
  scheduled: ScheduledMovement,
  entries: readonly ScoredEntry[],
  today: string,
  adherence: Adherence | undefined,
  shared?: DayCeiling,
): Either<Referral, DayItem> => {
  const { key, ref } = scheduled
  const pause = state.pauses.get(key)
  if (pause !== undefined && pause.resumeOn > today) return right(pausedItem(state, scheduled, pause, entries))
  const ended = state.endedPauses.get(key) ?? (pause === undefined ? undefined : { pause, on: pause.resumeOn, how: 'date' as const })
  const { episode } = state
  const compiled = episode.catalog.byId.get(ref.movement)!
  const own = recentOwn(state, key, lookBackFrom(state, today))
  const decision = decideDose({
    catalog: episode.catalog,
    movement: compiled.movement,
    variant: ref.variant,
    ladder: compiled.ladder!,
    ...logsAndCeiling(state, shared, key, today, own),
    baselinePain: episode.baselinePain,
    today,
    rules: episode.rules,
    loadStepPercent: episode.loadStepPercent,
    walkUnit: episode.walkUnit,
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
  const { advanceTo: _advance, harderForm: _harder, ...rest } = item
  const back = returnAfterBreak(decision.right, own.at(-1), compiled.ladder!, today, ended?.on, scheduled.gapDays)
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


/**
 * One scheduled movement on `today`: paused or dosed as above, and, for a
 * movement in the place an advance gave it, the reason it is there.
 */
export const planItem = (...args: Parameters<typeof planOwnItem>): Either<Referral, DayItem> => {
  const item = planOwnItem(...args)
  const { advance } = args[1]
  return item._tag === 'Left' || advance === undefined ? item : right({ ...item.right, reasons: [...item.right.reasons, advancedReason(advance)] })
}
