import { describeMovement, sessionRank } from '../catalog/lookUpMovement.js'
import { movementRef, type MovementRef } from '../shared/movementRef.js'
import type { Reason } from '../shared/reason.js'
import type { CeilingContext } from './ceilingContext.js'
import type { Zone } from './ceilingVerdict.js'
import { exercisePain, type OwnPain } from './rules/exercisePain.js'
import { nextMorning } from './rules/nextMorning.js'
import { referPain, type SeverePainAt } from './rules/referPain.js'
import type { SessionLog } from './sessionLog.js'
import { worseZone } from './zones.js'

/** What the window's sessions say about one movement (and variant). */
export interface MovementState {
  readonly subject: MovementRef
  /** How the movement reads in messages: `kettlebell-walk (overhead)`. */
  readonly name: string
  readonly rank: number
  zone: Zone
  /** Reds counted for the pause rule: each session red by its own pain, plus each day whose next morning was red. */
  redSessions: number
  readonly redMorningAfter: Set<string>
  /** Days whose next morning a reason already names: the morning after three sessions is said once. */
  readonly mornings: Set<string>
  /** The date of the movement's latest session, and whether a session that day was red. */
  latestDate: string
  latestRed: boolean
  /** Whether a session of the latest day was amber by its own pain and its next morning had not settled. */
  latestUnsettledAmber: boolean
  readonly unprovenDates: string[]
  readonly reasons: Reason[]
  /** Where severe pain during or after one of its sessions was felt, as the refer rule names it. */
  readonly during: SeverePainAt
  readonly after: SeverePainAt
}

/** The session pass's findings: a state per movement, and what the refer rules need. */
export interface SessionFindings {
  readonly states: ReadonlyMap<string, MovementState>
  /** For each date, the movements red by their own pain that day (variants of one movement count once). */
  readonly ownRedByDate: ReadonlyMap<string, ReadonlySet<string>>
  /** Dates with a session red by its own pain. */
  readonly redDates: ReadonlySet<string>
  readonly referrals: readonly Reason[]
}

const newState = (session: SessionLog, context: CeilingContext): MovementState => {
  const subject = movementRef(session.movement, session.variant)
  return {
    subject,
    name: describeMovement(subject),
    rank: sessionRank(context.catalog, session),
    zone: 'green',
    redSessions: 0,
    redMorningAfter: new Set<string>(),
    mornings: new Set<string>(),
    latestDate: session.date,
    latestRed: false,
    latestUnsettledAmber: false,
    unprovenDates: [],
    reasons: [],
    during: { when: 'during', subject },
    after: { when: 'after', subject },
  }
}

/**
 * Every session of the window in time order: its own pain, then whether it
 * settled by the next morning. Reds of one movement count once per bad
 * morning, however many sessions that day had.
 */
export const judgeSessions = (context: CeilingContext): SessionFindings => {
  const states = new Map<string, MovementState>()
  const ownRedByDate = new Map<string, Set<string>>()
  const redDates = new Set<string>()
  const referrals: Reason[] = []
  for (const session of context.windowSessions) {
    const key = describeMovement(session)
    const state = states.get(key) ?? newState(session, context)
    states.set(key, state)
    const own = markedRed(exercisePain(session, state.name, state.subject, context.rules), context.markedRed?.get(session))
    if (own.reasons.length > 0) state.reasons.push(...own.reasons)
    const severeDuring = referPain(session.painDuring, state.during, session.date, context.rules)
    if (severeDuring !== undefined) referrals.push(severeDuring)
    const severeAfter = session.painAfter === undefined ? undefined : referPain(session.painAfter, state.after, session.date, context.rules)
    if (severeAfter !== undefined) referrals.push(severeAfter)
    if (own.zone === 'red') {
      redDates.add(session.date)
      state.redSessions += 1
      ownRedByDate.set(session.date, (ownRedByDate.get(session.date) ?? new Set<string>()).add(session.movement))
    }
    recordSettling(session, state, own.zone, context)
  }
  return { states, ownRedByDate, redDates, referrals }
}

/** A session the caller marked red is red, for the reason it gave, whatever pain was logged. */
const markedRed = (own: OwnPain, mark: Reason | undefined): OwnPain =>
  mark === undefined ? own : { zone: 'red', reasons: [...own.reasons, mark] }

/** The next-morning half of a session's judgement, and the movement's latest day. */
const recordSettling = (session: SessionLog, state: MovementState, ownZone: Zone, context: CeilingContext): void => {
  const settled = nextMorning(session, state.name, state.subject, context)
  let sessionZone = ownZone
  if (settled === undefined) {
    if (!state.unprovenDates.includes(session.date)) state.unprovenDates.push(session.date)
  } else {
    if (settled.reason !== undefined && !state.mornings.has(session.date)) {
      state.mornings.add(session.date)
      state.reasons.push(settled.reason)
    }
    sessionZone = worseZone(ownZone, settled.zone)
    // One bad morning after three sessions of a day is one red, not three.
    if (settled.zone === 'red' && ownZone !== 'red' && !state.redMorningAfter.has(session.date)) {
      state.redMorningAfter.add(session.date)
      state.redSessions += 1
    }
  }
  state.zone = worseZone(state.zone, sessionZone)
  if (session.date > state.latestDate) {
    state.latestDate = session.date
    state.latestRed = false
    state.latestUnsettledAmber = false
  }
  // Sessions come in date order, so this one is on the latest day.
  if (sessionZone === 'red') state.latestRed = true
  if (ownZone === 'amber' && settled !== undefined && settled.zone !== 'green') state.latestUnsettledAmber = true
}
