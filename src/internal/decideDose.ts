import type { Ladder } from '../catalog/ladder.js'
import type { Movement } from '../catalog/movement.js'
import { CEILING_WINDOW_DAYS } from '../progression/ceilingDefaults.js'
import type { DoseAction, DoseDecision } from '../progression/doseDecision.js'
import type { MorningCheck } from '../progression/morningCheck.js'
import type { SessionLog } from '../progression/sessionLog.js'
import { LOAD_ROUNDING_KG, LOAD_STEP_SOURCE, MAX_STEPS_UP_PER_DAY } from '../progression/progressionDefaults.js'
import { describeDose } from '../shared/describeDose.js'
import { MAX_DOSE_LOAD_KG, type Dose } from '../shared/dose.js'
import type { Reason } from '../shared/reason.js'
import type { CompiledCatalog } from './compiledCatalog.js'
import { chronologically } from './chronologically.js'
import { addIsoDays } from './isoDays.js'
import { judgeCeiling, type CeilingRules } from './judgeCeiling.js'
import { describeMovement } from './lookUpMovement.js'
import type { ScoredEntry } from './resolveAssessment.js'
import { movementRef } from './movementRef.js'

/** Everything a decision needs, already validated. */
export interface DoseCase {
  readonly catalog: CompiledCatalog
  readonly movement: Movement
  readonly variant: string | undefined
  readonly ladder: Ladder
  /** Resolves the ladder of another movement (the target of an `advance`). */
  readonly ladderFor: (movement: Movement) => Ladder | undefined
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly rules: CeilingRules
  readonly loadStepPercent: number
  /** The last assessment, for a substitute when the movement is paused. */
  readonly assessment: readonly ScoredEntry[] | undefined
}

/** Why a step down lands where it does: `anchor` is the red day's highest rung, `target` the rung now given. */
const stepDownMessage = (name: string, rungs: readonly Dose[], anchor: number, current: number, target: number): string => {
  const dose = (rung: number) => describeDose(rungs[rung]!)
  if (target === current) {
    return anchor <= current
      ? `${name} went into the red at the start of its ladder: stay at ${dose(current)}.`
      : `${name} went into the red at ${dose(anchor)}: stay at ${dose(current)}, below it.`
  }
  return anchor === current
    ? `${name} went into the red at ${dose(current)}: one rung down, to ${dose(target)}.`
    : `${name} went into the red at ${dose(anchor)}: one rung down from ${dose(current)}, to ${dose(target)}.`
}

/** Whether `done` is at least `rung`: same kind, as many sets, as much work, and the band if the rung has one. */
const covers = (done: Dose, rung: Dose): boolean => {
  if (done.kind !== rung.kind || done.sets < rung.sets) return false
  switch (rung.kind) {
    case 'reps':
      return done.kind === 'reps' && done.reps >= rung.reps && (rung.band !== true || done.band === true)
    case 'hold':
      return done.kind === 'hold' && done.seconds >= rung.seconds
    case 'distance':
      return done.kind === 'distance' && done.meters >= rung.meters
    default: {
      const unreachable: never = rung
      return unreachable
    }
  }
}

/** The highest rung a performed dose covers, or 0 when it covers none (less than the start). */
export const rungOf = (ladder: Ladder, done: Dose): number => {
  for (let index = ladder.rungs.length - 1; index > 0; index--) if (covers(done, ladder.rungs[index]!)) return index
  return 0
}

const withLoad = (dose: Dose, loadKg: number | undefined): Dose =>
  dose.kind === 'reps' && loadKg !== undefined ? { ...dose, loadKg } : dose

/** The load after a step of `percent`, rounded to LOAD_ROUNDING_KG and at least one rounding step up. */
const nextLoad = (loadKg: number, percent: number): number => {
  const steps = Math.max(Math.round((loadKg * (1 + percent / 100)) / LOAD_ROUNDING_KG), Math.round(loadKg / LOAD_ROUNDING_KG) + 1)
  return Number((steps * LOAD_ROUNDING_KG).toFixed(2))
}

/**
 * The earliest date of the next session under the ladder's frequency: more
 * today while today's count is under `perDay`; otherwise `minDaysApart` after
 * the last session day, and never a day that would make more than
 * `perWeek.max` session days in 7.
 */
const earliestNext = (ladder: Ladder, own: readonly SessionLog[], last: SessionLog | undefined, today: string): string => {
  if (last === undefined) return today
  const sessionsToday = own.filter((session) => session.date === today).length
  if (last.date === today && sessionsToday < ladder.frequency.perDay) return today
  const afterLast = addIsoDays(last.date, ladder.frequency.minDaysApart)
  let earliest = afterLast > today ? afterLast : today
  const perWeek = ladder.frequency.perWeek
  if (perWeek !== undefined) {
    const days = [...new Set(own.map((session) => session.date))].filter((date) => date < earliest).sort().reverse()
    const limiting = days[perWeek.max - 1]
    if (limiting !== undefined) {
      const weekLater = addIsoDays(limiting, 7)
      if (weekLater > earliest) earliest = weekLater
    }
  }
  return earliest
}

/** The assessment movement to do instead of a paused one: most shared focus, then least pain, then catalog order. */
const chooseSubstitute = (paused: Movement, variant: string | undefined, entries: readonly ScoredEntry[], ceiling: number) => {
  const shared = (entry: ScoredEntry) => entry.movement.focus.filter((tag) => paused.focus.includes(tag)).length
  const candidates = entries
    .filter((entry) => entry.pain <= ceiling && !(entry.movement.id === paused.id && entry.variant === variant))
    .sort((a, b) => shared(b) - shared(a) || a.pain - b.pain || a.rank - b.rank)
  return candidates[0]
}

/** The harder form suggested after the top: the catalog's `harderForm`, or the next variant in the list. */
const harderFormOf = (movement: Movement, variant: string | undefined) => {
  if (movement.variants.length > 0) {
    const index = variant === undefined ? -1 : movement.variants.findIndex((entry) => entry.id === variant)
    const next = movement.variants[index + 1]
    if (next !== undefined) return { movement: movement.id, variant: next.id }
  }
  return movement.harderForm === undefined ? undefined : { movement: movement.harderForm }
}

/** The next dose of one movement, from validated logs. */
export const decideDose = (input: DoseCase): DoseDecision => {
  const { movement, variant, ladder, today } = input
  const subject = movementRef(movement.id, variant)
  const name = describeMovement(subject)
  const rungs = ladder.rungs
  const top = rungs.length - 1
  // One pass each instead of a sort: a decision needs only the last session and a few of its neighbours,
  // and sorting a long history made the cost grow faster than the history.
  const own = input.sessions.filter((session) => session.movement === movement.id && session.variant === variant)
  const order = chronologically(input.catalog)
  const latest = (sessions: readonly SessionLog[]) =>
    sessions.reduce<SessionLog | undefined>((found, session) => (found === undefined || order(session, found) > 0 ? session : found), undefined)
  const last = latest(own)
  const rungReason = (rule: string, message: string, rung: number): Reason => ({
    rule,
    message,
    ...subject,
    value: rung + 1,
    limit: rungs.length,
    source: ladder.source,
  })

  const { verdict, cap, redDays } = judgeCeiling({
    catalog: input.catalog,
    sessions: input.sessions,
    mornings: input.mornings,
    baselinePain: input.baselinePain,
    today,
    rules: input.rules,
  })
  if (last === undefined) {
    // Nothing to start from is no reason to skip the ceiling: a referral stops a new movement too.
    if (cap === 'stop-and-refer') {
      return {
        ...subject,
        action: 'stop-and-refer',
        dose: rungs[0]!,
        nextEarliest: addIsoDays(today, CEILING_WINDOW_DAYS),
        reasons: [rungReason('ceiling-stop', `No ${name} session yet, but the ceiling says stop and see a clinician before starting.`, 0), ...verdict.reasons],
      }
    }
    return {
      ...subject,
      action: 'start',
      dose: rungs[0]!,
      nextEarliest: today,
      reasons: [rungReason('ladder-start', `No ${name} session yet: start at ${describeDose(rungs[0]!)}, rung 1 of ${rungs.length}.`, 0)],
    }
  }

  const ownVerdict = verdict.movements.find((entry) => entry.movement === movement.id && entry.variant === variant)
  const ceilingAction = ownVerdict?.action ?? cap
  const ceilingReasons = [...verdict.reasons, ...(ownVerdict?.reasons ?? [])]

  const current = rungOf(ladder, last.performed)
  const loadKg = last.performed.kind === 'reps' ? last.performed.loadKg : undefined
  const decide = (action: DoseAction, rung: number, reason: Reason, extra: Partial<DoseDecision> = {}): DoseDecision => ({
    ...subject,
    action,
    dose: withLoad(rungs[rung]!, loadKg),
    nextEarliest:
      action === 'pause' || action === 'stop-and-refer' ? addIsoDays(today, CEILING_WINDOW_DAYS) : earliestNext(ladder, own, last, today),
    ...extra,
    reasons: [reason, ...ceilingReasons],
  })
  const at = `${name} is at ${describeDose(rungs[current]!)}, rung ${current + 1} of ${rungs.length}`

  switch (ceilingAction) {
    case 'stop-and-refer':
      return decide('stop-and-refer', current, rungReason('ceiling-stop', `${at}; the ceiling says stop and see a clinician before going on.`, current))
    case 'pause': {
      const substitute = input.assessment === undefined ? undefined : chooseSubstitute(movement, variant, input.assessment, input.rules.painCeiling)
      const instead = substitute === undefined ? undefined : { ...movementRef(substitute.movement.id, substitute.variant), pain: substitute.pain }
      return decide(
        'pause',
        current,
        rungReason(
          'ceiling-pause',
          instead === undefined
            ? `${name} went into the red repeatedly: pause it for a week.`
            : `${name} went into the red repeatedly: pause it for a week and do ${describeMovement(instead)} instead (it scored ${instead.pain}/10 at the last assessment).`,
          current,
        ),
        instead === undefined ? {} : { substitute: instead },
      )
    }
    case 'step-down': {
      // One below the highest rung of the red day, so asking again after stepping down does not step down
      // twice; never above the rung in use, so more pain never gives more than a hold would; and never more
      // than one below it, as every decision moves one rung at most. The red day is the movement's latest day
      // when that day was red; when the red is this morning's flare-up and the movement was done again today,
      // after the news, it is the last day before today.
      const dayBefore = own.reduce<string | undefined>((found, session) => (session.date < today && (found === undefined || session.date > found) ? session.date : found), undefined)
      const redDay = redDays.get(name) ?? (last.date === today ? dayBefore : undefined) ?? last.date
      const anchor = Math.max(...own.filter((session) => session.date === redDay).map((session) => rungOf(ladder, session.performed)))
      const target = Math.max(0, current - 1, Math.min(current, anchor - 1))
      return decide(
        'step-down',
        target,
        rungReason('ladder-step-down', stepDownMessage(name, rungs, anchor, current, target), target),
      )
    }
    case 'hold': {
      // Green but not yet followed by a morning check is a wait, not a pain problem: say so.
      const awaitingMorning =
        cap === 'progress' && ownVerdict?.zone === 'green' && ownVerdict.reasons.some((reason) => reason.rule === 'unproven-settling')
      return decide(
        'hold',
        current,
        awaitingMorning
          ? rungReason('awaiting-next-morning', `${at}; its last session has no morning check after it yet, so it holds until the next morning shows it settled.`, current)
          : rungReason('ladder-hold', `${at}; the ceiling says hold (see the reasons below).`, current),
      )
    }
    case 'progress':
      break
    default: {
      const unreachable: never = ceilingAction
      return unreachable
    }
  }

  if (!last.completed) {
    return decide('hold', current, rungReason('incomplete', `${at}, but the last session did not complete its dose: repeat it.`, current))
  }
  const before = latest(own.filter((session) => session.date < today))
  const highestToday = Math.max(-1, ...own.filter((session) => session.date === today).map((session) => rungOf(ladder, session.performed)))
  if (before !== undefined && highestToday - rungOf(ladder, before.performed) >= MAX_STEPS_UP_PER_DAY) {
    return decide('hold', current, rungReason('one-step-a-day', `${at}; it already stepped up today, and one step a day is the most.`, current))
  }
  if (current < top) {
    return decide('progress', current + 1, rungReason('ladder-step-up', `${at}, green and completed: one rung up, to ${describeDose(rungs[current + 1]!)}.`, current + 1))
  }

  const afterTop = ladder.afterTop
  switch (afterTop.kind) {
    case 'stay':
      return decide('hold', current, rungReason('ladder-top', `${at}: the top of its ladder. Keep it there.`, current))
    case 'advance': {
      const target = input.catalog.byId.get(afterTop.to)?.movement
      const targetLadder = target === undefined ? undefined : input.ladderFor(target)
      if (target === undefined || targetLadder === undefined) {
        return decide('hold', current, rungReason('ladder-top', `${at}: the top, and "${afterTop.to}" has no ladder to advance to.`, current))
      }
      return {
        ...decide('advance', current, rungReason('ladder-advance', `${at}: the top. Advance to ${target.id}, starting at ${describeDose(targetLadder.rungs[0]!)}.`, current)),
        dose: targetLadder.rungs[0]!,
        advanceTo: { movement: target.id },
      }
    }
    case 'load-step': {
      if (loadKg === undefined) {
        return decide('hold', current, rungReason('needs-load', `${at}: the top. Log the load used, in kg, to take a load step from here.`, current))
      }
      const heavier = nextLoad(loadKg, input.loadStepPercent)
      if (heavier > MAX_DOSE_LOAD_KG) {
        return decide('hold', current, rungReason('load-at-maximum', `${at} with ${loadKg} kg: a further step would pass ${MAX_DOSE_LOAD_KG} kg.`, current))
      }
      return {
        ...decide(
          'progress',
          afterTop.backTo,
          {
            rule: 'load-step',
            message: `${at}: the top. Add ${input.loadStepPercent}% load (${loadKg} kg to ${heavier} kg) and go back to ${describeDose(rungs[afterTop.backTo]!)}.`,
            ...subject,
            value: heavier,
            limit: input.loadStepPercent,
            source: LOAD_STEP_SOURCE,
          },
        ),
        dose: withLoad(rungs[afterTop.backTo]!, heavier),
      }
    }
    case 'harder-form': {
      const harder = harderFormOf(movement, variant)
      return decide(
        'hold',
        current,
        rungReason(
          'reassess-harder-form',
          harder === undefined
            ? `${at}: the top. Keep it there; it has no harder form.`
            : `${at}: the top. Keep it there and try ${describeMovement(harder)} at the next reassessment.`,
          current,
        ),
        harder === undefined ? {} : { advanceTo: harder },
      )
    }
    default: {
      const unreachable: never = afterTop
      return unreachable
    }
  }
}
