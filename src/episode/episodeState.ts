import { screenValidIntake } from '../screening/screenValidIntake.js'
import { describeMovement } from '../catalog/lookUpMovement.js'
import type { MorningCheck } from '../ceiling/morningCheck.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import type { Dose } from '../shared/dose.js'
import type { MovementRef } from '../shared/movementRef.js'
import type { Reason } from '../shared/reason.js'
import type { Referral } from '../shared/referral.js'
import type { Either } from '../_lib/either.js'
import type { RehabSelection } from '../selection/selection.js'
import type { EventRef } from './eventRef.js'
import type { PlacedEvent, ValidEpisode } from './checkEpisode.js'
import type { Advance } from './rules/advanceTaken.js'
import type { HeldPause } from './rules/heldPause.js'
import type { HeldReferral } from './rules/heldReferral.js'

/** A log with its place in the episode's order, so a clearance can tell the logs before it from those after. */
export interface Placed<Log> {
  readonly log: Log
  readonly ordinal: number
}

/** What one day's plan asked for, before anything was logged that day: times per movement key. */
export interface DayPrescription {
  readonly day: string
  readonly items: ReadonlyMap<string, { readonly ref: MovementRef; readonly times: number }>
}

/** A pause that has ended, remembered until the movement is done again. */
export interface EndedPause {
  readonly pause: HeldPause
  readonly on: string
  readonly how: 'date' | 'clearance'
}

/** The last clearance of a referral: who, and when. */
export interface ReferralClearance {
  readonly ref: EventRef
  readonly by: string
}

/**
 * What the episode holds at the end of a day: every log so far, the
 * referrals and pauses still held, and the latest assessment. Built and
 * changed only inside the fold; callers read it.
 */
export interface EpisodeState {
  readonly episode: ValidEpisode
  /** Every session so far, in the episode's order (so by date). */
  readonly sessions: Placed<SessionLog>[]
  readonly mornings: Placed<MorningCheck>[]
  /** Every session of each movement (by movementKey), in the episode's order. */
  readonly own: Map<string, SessionLog[]>
  /** The key of a session's movement, remembered: a long history asks it of the same session many times. */
  readonly keyOf: (session: SessionLog) => string
  /** Sessions credited with less than was logged (more than any plan could have asked), each with the dose credited and why. */
  readonly credited: Map<SessionLog, { readonly dose: Dose; readonly reason: Reason }>
  /** For each movement, the dose credited to its latest session, its date, and the dose credited at the end of the session day before. */
  readonly creditChain: Map<string, { date: string; dose: Dose; before: Dose | undefined }>
  /** Sessions a soreness report of warning pain followed, each with its reason: the ceiling counts them red. */
  readonly markedRed: Map<SessionLog, Reason>
  /**
   * Whether the ceiling judges at the next point of a day with logs: a log that could make it stop or
   * pause (see stopSigns) came in since it last judged, or its last judgement referred, which hides the
   * pauses it would call for until the reds behind the referral leave the window.
   */
  judgeNext: boolean
  /**
   * Take no shortcut: judge every day with logs, red sign or not, and give each
   * decision a movement's whole history. The reference the tests hold the shortcuts to.
   */
  readonly reference: boolean
  /** The date of the latest flare-up morning: the ceiling's lock reads every day since. */
  lastFlareUp: string | undefined
  /** Where the ceiling's look-back starts in `sessions` and `mornings`: nothing before it can be in a window again. */
  sessionsFrom: number
  morningsFrom: number
  /** The referrals held: empty when there is none. */
  referrals: HeldReferral[]
  /** The ordinal of the last clearance of a referral: the ceiling refers again only on logs after it. */
  referralClearedAt: number
  lastReferralClearance: ReferralClearance | undefined
  readonly pauses: Map<string, HeldPause>
  /** For each movement, the ordinal after which a new pause needs a new session. */
  readonly pauseLiftedAt: Map<string, number>
  readonly endedPauses: Map<string, EndedPause>
  /** For each movement, the day its last pause began (a second one within weeks refers). */
  readonly lastPauseSince: Map<string, string>
  latestAssessment: PlacedEvent | undefined
  /**
   * Each assessment's selection, worked out once, as it does not change from one day to the next. The state
   * holds it, not a WeakMap beside the fold: every collection of a call's garbage visits a WeakMap's entries.
   */
  readonly selections: Map<PlacedEvent, Either<Referral, RehabSelection>>
  firstAssessmentDate: string | undefined
  /** For each movement that gave way to a harder one (rule 8), by its key: the advance. */
  readonly advanced: Map<string, Advance>
  /** Every `skipped` event of each movement (by movementKey), in the episode's order. */
  readonly skipped: Map<string, { readonly date: string }[]>
  /** What the plans of the last days asked for before anything was logged on them, oldest first. */
  readonly prescribed: DayPrescription[]
  /** How many of the episode's events the state has taken in. */
  taken: number
  /** The place in the whole episode's order of `episode.events[0]`: 0, or the events a snapshot already holds. */
  readonly ordinalBase: number
}

/** The key of a movement and variant in the state's maps. */
export const movementKey = (reference: { readonly movement: string; readonly variant?: string | undefined }): string => describeMovement(reference)

const rememberedKeys = (): ((session: SessionLog) => string) => {
  const keys = new WeakMap<SessionLog, string>()
  return (session) => {
    // Most sessions name no variant: their key is the movement's id, with nothing to work out or remember.
    if (session.variant === undefined) return session.movement
    let key = keys.get(session)
    if (key === undefined) keys.set(session, (key = movementKey(session)))
    return key
  }
}

/** A state with nothing taken in yet: `ordinalBase` is the place of the episode's first event in the whole episode. */
export const blankState = (episode: ValidEpisode, ordinalBase: number, reference = false): EpisodeState => ({
  episode,
  sessions: [],
  mornings: [],
  own: new Map(),
  keyOf: rememberedKeys(),
  credited: new Map(),
  creditChain: new Map(),
  markedRed: new Map(),
  lastFlareUp: undefined,
  judgeNext: false,
  reference,
  sessionsFrom: 0,
  morningsFrom: 0,
  referrals: [],
  referralClearedAt: -1,
  lastReferralClearance: undefined,
  pauses: new Map(),
  pauseLiftedAt: new Map(),
  endedPauses: new Map(),
  lastPauseSince: new Map(),
  latestAssessment: undefined,
  selections: new Map(),
  firstAssessmentDate: undefined,
  advanced: new Map(),
  skipped: new Map(),
  prescribed: [],
  taken: 0,
  ordinalBase,
})

/**
 * The state before any event: the intake is screened first, and a referral
 * from it is held from the start of the episode (its first event, or the
 * first day asked about when that is earlier or there is no event yet).
 */
export const initialState = (episode: ValidEpisode, firstDay: string, reference = false): EpisodeState => {
  const screening = screenValidIntake(episode.intake)
  const firstEvent = episode.events[0]?.event.date
  const start = firstEvent !== undefined && firstEvent < firstDay ? firstEvent : firstDay
  const state = blankState(episode, 0, reference)
  if (screening._tag === 'Referral') state.referrals = [{ referral: screening, since: start, causedBy: undefined, origin: 'intake' }]
  return state
}

export const endPause = (state: EpisodeState, key: string, ended: EndedPause, ordinal: number): void => {
  state.pauses.delete(key)
  state.endedPauses.set(key, ended)
  state.pauseLiftedAt.set(key, ordinal)
}

/** Pauses whose date has come end at the start of that day. */
export const endDuePauses = (state: EpisodeState, day: string): void => {
  for (const [key, pause] of state.pauses) if (pause.resumeOn <= day) endPause(state, key, { pause, on: pause.resumeOn, how: 'date' }, state.ordinalBase + state.taken - 1)
}

