import { chronologically } from './chronologically.js'
import { addIsoDays } from './isoDays.js'
import { describeMovement, sessionRank } from './lookUpMovement.js'
import type { CompiledCatalog } from './compiledCatalog.js'
import { stricterAction, worseZone } from './severity.js'
import {
  AMBER_MAX_PAIN,
  CEILING_METHOD_SOURCE,
  CEILING_WINDOW_DAYS,
  MEANINGFUL_CHANGE_SOURCE,
  PAIN_MONITORING_SOURCE,
  PAUSE_RED_SESSIONS,
  REFER_RED_DAYS,
  REFER_RED_MOVEMENTS_PER_DAY,
} from '../progression/ceilingDefaults.js'
import type { CeilingAction, CeilingVerdict, MovementVerdict, Zone } from '../progression/ceilingVerdict.js'
import type { MorningCheck } from '../progression/morningCheck.js'
import type { SessionLog } from '../progression/sessionLog.js'
import type { Reason } from '../shared/reason.js'
import { movementRef } from './movementRef.js'

/** The ceiling's numbers after validation. */
export interface CeilingRules {
  readonly painCeiling: number
  readonly flareUpRise: number
  readonly weeklyRise: number
  readonly referPain: number
  /** Green days in a row that end a flare-up's lock. Not an option: fixed at GREEN_DAYS_TO_UNLOCK, set here so tests can vary it. */
  readonly greenDaysToUnlock: number
}

/** Validated logs, ready to judge: every session's movement and variant are in `catalog`. */
export interface CeilingCase {
  readonly catalog: CompiledCatalog
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly rules: CeilingRules
}

interface MovementState {
  readonly movement: string
  readonly variant: string | undefined
  readonly rank: number
  zone: Zone
  /** Reds counted for the pause rule: each session red by its own pain, plus each day whose next morning was red. */
  redSessions: number
  readonly redMorningAfter: Set<string>
  /** The date of the movement's latest session, and whether a session that day was red. */
  latestDate: string
  latestRed: boolean
  readonly unprovenDates: string[]
  readonly reasons: Reason[]
}

const ZONE_ACTION: Readonly<Record<Zone, CeilingAction>> = { green: 'progress', amber: 'hold', red: 'step-down' }

const subjectOf = (session: SessionLog) => movementRef(session.movement, session.variant)

/** Exactly whether mean(recent) - mean(previous) >= rise, in whole numbers so no rounding can tip it. */
const meanRiseReaches = (recent: readonly number[], previous: readonly number[], rise: number): boolean => {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
  return sum(recent) * previous.length - sum(previous) * recent.length >= rise * recent.length * previous.length
}

const meanRise = (recent: readonly number[], previous: readonly number[]): number => {
  const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length
  return Math.round((mean(recent) - mean(previous)) * 100) / 100
}

/**
 * The ceiling over validated logs. The rules, in the order they are applied:
 * zones of each session (pain during and after, then the next morning), the
 * morning checks themselves, the week-to-week trend, the stop-and-refer rules,
 * and the lock after a flare-up. Every rule that fires adds a reason; the
 * verdict is the worst zone and the least permissive action among them.
 *
 * Red steps down only when it is news: a red morning on its own day, or a
 * movement red on its latest session day. An earlier red, or a rising trend,
 * holds. Reds of one movement count once per bad morning, however many
 * sessions that day had.
 */
/** A verdict, with the cap its global rules put on any movement: on one with no session in the window, too. */
export interface CeilingJudgement {
  readonly verdict: CeilingVerdict
  readonly cap: CeilingAction
  /** For each movement (as `describeMovement` names it) whose latest session day was red, that day. */
  readonly redDays: ReadonlyMap<string, string>
}

export const judgeCeiling = (input: CeilingCase): CeilingJudgement => {
  const { today, baselinePain: baseline, rules } = input
  const windowStart = addIsoDays(today, -(CEILING_WINDOW_DAYS - 1))
  const previousStart = addIsoDays(today, -(2 * CEILING_WINDOW_DAYS - 1))
  const morningOn = new Map(input.mornings.map((morning) => [morning.date, morning]))
  const nextDayOf = new Map<string, string>()
  const nextDay = (date: string): string => {
    let next = nextDayOf.get(date)
    if (next === undefined) nextDayOf.set(date, (next = addIsoDays(date, 1)))
    return next
  }

  const painZone = (pain: number): Zone => (pain <= rules.painCeiling ? 'green' : pain <= AMBER_MAX_PAIN ? 'amber' : 'red')
  const morningRise = (morning: MorningCheck): number => morning.backPain - baseline
  const morningZone = (morning: MorningCheck): Zone => {
    const rise = morningRise(morning)
    return rise >= rules.flareUpRise ? 'red' : rise >= 1 ? 'amber' : 'green'
  }
  const painLimit = (zone: Zone): number => (zone === 'amber' ? rules.painCeiling : AMBER_MAX_PAIN)

  const reasons: Reason[] = [
    {
      rule: 'window',
      message: `The verdict looks at ${windowStart} to ${today}, against a baseline back pain of ${baseline}/10.`,
      value: windowStart,
      limit: CEILING_WINDOW_DAYS,
      source: CEILING_METHOD_SOURCE,
    },
  ]
  // The worst zone and least permissive action so far, across every rule that fired.
  const overall: { zone: Zone; action: CeilingAction } = { zone: 'green', action: 'progress' }
  const fire = (zone: Zone, action: CeilingAction, reason: Reason) => {
    overall.zone = worseZone(overall.zone, zone)
    overall.action = stricterAction(overall.action, action)
    reasons.push(reason)
  }
  const referrals: Reason[] = []
  const referIfSevere = (pain: number, what: string, date: string, subject: { movement?: string; variant?: string }) => {
    if (pain < rules.referPain) return
    referrals.push({
      rule: 'refer-pain',
      message: `${what} reached ${pain}/10 on ${date}, at or above ${rules.referPain}/10: stop and see a clinician.`,
      ...subject,
      date,
      value: pain,
      limit: rules.referPain,
      source: CEILING_METHOD_SOURCE,
    })
  }

  // 1. Every session in the window: pain during and after, then whether it settled by the next morning.
  const states = new Map<string, MovementState>()
  const ownRedByDate = new Map<string, Set<string>>()
  const redDates = new Set<string>()
  const windowSessions = input.sessions.filter((session) => session.date >= windowStart).sort(chronologically(input.catalog))
  for (const session of windowSessions) {
    const key = describeMovement(session)
    let state = states.get(key)
    if (state === undefined) {
      state = {
        movement: session.movement,
        variant: session.variant,
        rank: sessionRank(input.catalog, session),
        zone: 'green',
        redSessions: 0,
        redMorningAfter: new Set<string>(),
        latestDate: session.date,
        latestRed: false,
        unprovenDates: [],
        reasons: [],
      }
      states.set(key, state)
    }
    const subject = subjectOf(session)
    const at = `${session.date}${session.time === undefined ? '' : ` ${session.time}`}`
    // Pain during and after exercise follow the same zones; each that leaves green gives its own reason.
    const judgeExercisePain = (when: 'during' | 'after', pain: number): Zone => {
      const zone = painZone(pain)
      if (zone !== 'green') {
        state.reasons.push({
          rule: `pain-${when}`,
          message: `${key} on ${at}: pain ${when} ${pain}/10, above ${painLimit(zone)}/10 (${zone}).`,
          ...subject,
          date: session.date,
          value: pain,
          limit: painLimit(zone),
          source: PAIN_MONITORING_SOURCE,
        })
      }
      referIfSevere(pain, `Pain ${when} ${key}`, session.date, subject)
      return zone
    }
    let ownZone = judgeExercisePain('during', session.painDuring)
    if (session.painAfter !== undefined) ownZone = worseZone(ownZone, judgeExercisePain('after', session.painAfter))
    if (ownZone === 'red') {
      redDates.add(session.date)
      state.redSessions += 1
      // Two variants of one movement are still one movement for the refer rule.
      const red = ownRedByDate.get(session.date) ?? new Set<string>()
      ownRedByDate.set(session.date, red.add(session.movement))
    }

    let sessionZone = ownZone
    const morningAfter = morningOn.get(nextDay(session.date))
    if (morningAfter === undefined) {
      if (!state.unprovenDates.includes(session.date)) state.unprovenDates.push(session.date)
    } else {
      const settledZone = morningZone(morningAfter)
      if (settledZone !== 'green') {
        const rise = morningRise(morningAfter)
        state.reasons.push({
          rule: 'next-morning',
          message: `${key} on ${session.date}: back pain the next morning was ${morningAfter.backPain}/10, ${rise} above baseline (${settledZone}).`,
          ...subject,
          date: morningAfter.date,
          value: rise,
          limit: settledZone === 'red' ? rules.flareUpRise : 1,
          source: MEANINGFUL_CHANGE_SOURCE,
        })
      }
      sessionZone = worseZone(sessionZone, settledZone)
      // One bad morning after three sessions of a day is one red, not three.
      if (settledZone === 'red' && ownZone !== 'red' && !state.redMorningAfter.has(session.date)) {
        state.redMorningAfter.add(session.date)
        state.redSessions += 1
      }
    }
    state.zone = worseZone(state.zone, sessionZone)
    if (session.date > state.latestDate) {
      state.latestDate = session.date
      state.latestRed = false
    }
    if (session.date === state.latestDate && sessionZone === 'red') state.latestRed = true
  }

  // 2. The morning checks of the window, on their own: back pain against baseline.
  const windowMornings = input.mornings.filter((morning) => morning.date >= windowStart).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let flareUp = false
  for (const morning of windowMornings) {
    const zone = morningZone(morning)
    referIfSevere(morning.backPain, 'Morning back pain', morning.date, {})
    if (zone === 'green') continue
    if (zone === 'red') {
      flareUp = true
      redDates.add(morning.date)
    }
    const rise = morningRise(morning)
    // A red morning steps down on its own day; asked again later, the same news holds.
    fire(zone, morning.date === today ? ZONE_ACTION[zone] : 'hold', {
      rule: 'morning-rise',
      message: `Back pain on the morning of ${morning.date} was ${morning.backPain}/10, ${rise} above the baseline of ${baseline}/10${zone === 'red' ? ': a flare-up' : ''}.`,
      date: morning.date,
      value: rise,
      limit: zone === 'red' ? rules.flareUpRise : 1,
      source: MEANINGFUL_CHANGE_SOURCE,
    })
  }

  // 3. Week to week: the mean morning back pain (and stiffness) of the last 7 days against the 7 before.
  const previousMornings = input.mornings.filter((morning) => morning.date >= previousStart && morning.date < windowStart)
  // A trend is not news of one day: it keeps progression off (red zone, hold) and leaves the stepping
  // down to the morning and session rules, so a rise that lasts a week does not walk a dose down daily.
  const compareWeeks = (values: (morning: MorningCheck) => number | undefined, rule: string, what: string, zone: Zone) => {
    const pick = (mornings: readonly MorningCheck[]) => mornings.flatMap((morning) => values(morning) ?? [])
    const recent = pick(windowMornings)
    const previous = pick(previousMornings)
    if (recent.length === 0 || previous.length === 0 || !meanRiseReaches(recent, previous, rules.weeklyRise)) return
    fire(zone, 'hold', {
      rule,
      message: `Mean morning ${what} rose by ${meanRise(recent, previous)} from the week before, at least the ${rules.weeklyRise}-point limit.`,
      value: meanRise(recent, previous),
      limit: rules.weeklyRise,
      source: MEANINGFUL_CHANGE_SOURCE,
    })
  }
  compareWeeks((morning) => morning.backPain, 'week-to-week', 'back pain', 'red')
  // Stiffness rising is a reason to hold, not a flare-up: the pain-monitoring model asks that neither pain nor stiffness rise week to week.
  compareWeeks((morning) => morning.stiffness, 'stiffness-week-to-week', 'stiffness', 'amber')

  // 4. Stop and refer: severe pain anywhere, red on several movements in one day, or red on many days.
  for (const [date, keys] of ownRedByDate) {
    if (keys.size < REFER_RED_MOVEMENTS_PER_DAY) continue
    referrals.push({
      rule: 'refer-red-movements',
      message: `On ${date}, ${keys.size} movements went into the red (${[...keys].sort().join(', ')}): stop and see a clinician.`,
      date,
      value: [...keys].sort(),
      limit: REFER_RED_MOVEMENTS_PER_DAY,
      source: CEILING_METHOD_SOURCE,
    })
  }
  if (redDates.size >= REFER_RED_DAYS) {
    referrals.push({
      rule: 'refer-red-days',
      message: `${redDates.size} of the last ${CEILING_WINDOW_DAYS} days were red: stop and see a clinician.`,
      value: [...redDates].sort(),
      limit: REFER_RED_DAYS,
      source: CEILING_METHOD_SOURCE,
    })
  }
  for (const referral of referrals) fire('red', 'stop-and-refer', referral)

  // 5. After a flare-up, no progression until a run of green days (two by default). The date given is the
  // earliest progression can resume: days not yet lived are taken as green.
  const lastFlareUp = input.mornings.reduce<string | undefined>(
    (latest, morning) => (morningZone(morning) === 'red' && (latest === undefined || morning.date > latest) ? morning.date : latest),
    undefined,
  )
  let progressionLockedUntil: string | undefined
  if (lastFlareUp !== undefined) {
    const sessionsOn = new Map<string, SessionLog[]>()
    for (const session of input.sessions) {
      if (session.date <= lastFlareUp) continue
      const sameDay = sessionsOn.get(session.date)
      if (sameDay === undefined) sessionsOn.set(session.date, [session])
      else sameDay.push(session)
    }
    // Today's morning check may simply not be logged yet, so a missing one today is not held against it.
    const isGreenDay = (date: string): boolean => {
      const morning = morningOn.get(date)
      return (
        (morning === undefined ? date === today : morningZone(morning) === 'green') &&
        (sessionsOn.get(date) ?? []).every(
          (session) => painZone(session.painDuring) === 'green' && (session.painAfter === undefined || painZone(session.painAfter) === 'green'),
        )
      )
    }
    // Only a day with a morning check, or today, can be green, so a run can only start on one of those dates:
    // the work follows the logs, not the span back to the flare-up.
    const candidates = new Set(input.mornings.filter((morning) => morning.date > lastFlareUp).map((morning) => morning.date))
    if (today > lastFlareUp) candidates.add(today)
    const greenDays = [...candidates].filter(isGreenDay).sort()
    const greenSet = new Set(greenDays)
    const runLength = input.rules.greenDaysToUnlock
    const greenOrAhead = (date: string) => date > today || greenSet.has(date)
    const startsRun = (date: string): boolean => {
      let day = date
      for (let counted = 1; counted < runLength; counted++) {
        day = nextDay(day)
        if (!greenOrAhead(day)) return false
      }
      return true
    }
    const runStart = greenDays.find(startsRun)
    // With no run yet, the earliest is a run that starts tomorrow, every day of it taken as green.
    const resumes = runStart === undefined ? addIsoDays(today, runLength + 1) : addIsoDays(runStart, runLength)
    if (resumes > today) {
      progressionLockedUntil = resumes
      fire('green', 'hold', {
        rule: 'flare-up-lock',
        message: `A flare-up on ${lastFlareUp} locks progression until ${runLength} green days in a row; the earliest it can resume is ${resumes}.`,
        date: lastFlareUp,
        value: resumes,
        limit: runLength,
        source: CEILING_METHOD_SOURCE,
      })
    }
  }

  if (windowSessions.length === 0 && windowMornings.length === 0) {
    fire('green', 'hold', {
      rule: 'no-recent-logs',
      message: `No session or morning check since ${windowStart}: nothing shows that a step up is safe.`,
      value: 0,
      limit: 1,
      source: CEILING_METHOD_SOURCE,
    })
  }

  // Each movement: its own zone and action, joined with the global rules': a referral stops every movement,
  // a flare-up this morning steps every movement down (whichever caused it), any other global rule holds.
  const cap: CeilingAction = overall.action
  const movements = [...states.values()]
    .sort((a, b) => a.rank - b.rank)
    .map((state): MovementVerdict => {
      const subject = movementRef(state.movement, state.variant)
      const key = describeMovement(subject)
      if (state.unprovenDates.length > 0) {
        state.reasons.push({
          rule: 'unproven-settling',
          message: `${key}: no morning check the day after ${state.unprovenDates.join(', ')}, so settling is not shown; at most hold.`,
          ...subject,
          value: [...state.unprovenDates],
          source: CEILING_METHOD_SOURCE,
        })
      }
      // Only red on the latest day steps down: an earlier red was already answered, and stepping down
      // again on every day it stays in the window would walk the dose down a rung a day.
      let action: CeilingAction = state.latestRed ? 'step-down' : state.zone === 'green' ? 'progress' : 'hold'
      if (state.redSessions >= PAUSE_RED_SESSIONS) {
        action = 'pause'
        state.reasons.push({
          rule: 'repeated-red',
          message: `${key} went into the red ${state.redSessions} times in the window (a bad morning counts once): pause it.`,
          ...subject,
          value: state.redSessions,
          limit: PAUSE_RED_SESSIONS,
          source: CEILING_METHOD_SOURCE,
        })
      }
      if (state.unprovenDates.length > 0) action = stricterAction(action, 'hold')
      action = stricterAction(action, cap)
      return { ...subject, zone: state.zone, action, reasons: state.reasons }
    })

  for (const movement of movements) {
    overall.zone = worseZone(overall.zone, movement.zone)
    overall.action = stricterAction(overall.action, movement.action)
  }
  if (overall.action === 'progress') {
    reasons.push({
      rule: 'all-green',
      message: `Every session since ${windowStart} stayed within ${rules.painCeiling}/10 and settled by the next morning, and no morning rose above baseline: a step up is allowed.`,
      value: rules.painCeiling,
      source: PAIN_MONITORING_SOURCE,
    })
  }

  return {
    verdict: {
      zone: overall.zone,
      action: overall.action,
      flareUp,
      ...(progressionLockedUntil === undefined ? {} : { progressionLockedUntil }),
      movements,
      reasons,
    },
    cap,
    redDays: new Map([...states].flatMap(([key, state]) => (state.latestRed ? [[key, state.latestDate] as const] : []))),
  }
}
