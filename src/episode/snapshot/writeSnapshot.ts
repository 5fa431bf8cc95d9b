import { addIsoDays } from '../../_lib/isoDays.js'
import { CEILING_DEFAULTS } from '../../ceiling/ceilingDefaults.js'
import { ceilingContext } from '../../ceiling/ceilingContext.js'
import { flareUpLock } from '../../ceiling/rules/flareUpLock.js'
import type { SessionLog } from '../../ceiling/sessionLog.js'
import { logsFrom, recentOwn } from '../doseLogs.js'
import type { Episode } from '../episode.js'
import { EPISODE_DEFAULTS } from '../episodeDefaults.js'
import type { EpisodeState } from '../episodeState.js'
import { OUTCOME_DEFAULTS } from '../rules/meaningfulChange.js'
import type { EpisodeSnapshot } from './snapshotSchema.js'
import { packCreditChain, packMorning, packPrescribed } from './snapshotRows.js'
import { packSessions } from './snapshotSessions.js'

/** Whether the lock of the latest flare-up still holds at the end of `through`: once lifted, it never holds again. */
const lockHolds = (state: EpisodeState, through: string): boolean => {
  const flareUp = state.lastFlareUp
  if (flareUp === undefined) return false
  const { catalog, baselinePain, rules } = state.episode
  return flareUpLock(ceilingContext({ catalog, ...logsFrom(state, flareUp), baselinePain, today: through, rules })) !== undefined
}

const entries = <Value, Row>(map: ReadonlyMap<string, Value>, row: (key: string, value: Value) => Row): Row[] => [...map].map(([key, value]) => row(key, value))

const defined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The latest assessment as a snapshot keeps it: the event, its index, and what a reassessment carried over. */
const latestAssessmentOf = (state: EpisodeState): EpisodeSnapshot['latestAssessment'] => {
  const latest = state.latestAssessment
  if (latest === undefined) return undefined
  const { event, index, continuity } = latest
  return (continuity === undefined ? { event, index } : { event, index, continuity }) as EpisodeSnapshot['latestAssessment']
}

/**
 * The snapshot of a state at the end of `through`. Later days read the
 * mornings of the two weeks the ceiling compares, the sessions of the week
 * before (adherence, which holds the ceiling's window and a movement's
 * frequency week), the logs since a flare-up whose lock still holds, and
 * each movement's last two session days (its rung, the day before today's
 * when it is done today, and the next morning that settles each), and the
 * last 7 morning checks (back pain now, for the no-improvement rule): the rest
 * is left out, so a snapshot's size does not grow with the episode's length.
 * Older sessions in the two weeks the ceiling is handed change none of its
 * rules: they judge the window, and the lock the days since its flare-up.
 */
export const writeSnapshot = (state: EpisodeState, through: string, episode: Pick<Episode, 'intake' | 'baselinePain' | 'options'>, ids: string): EpisodeSnapshot => {
  let keepFrom = addIsoDays(through, -(2 * CEILING_DEFAULTS.windowDays - 1))
  // Adherence on `through` itself counts the seven days before it: the ceiling's window and the frequency's week lie within.
  let sessionsFrom = addIsoDays(through, -EPISODE_DEFAULTS.adherenceDays)
  // A flare-up's lock reads every day since it until it is lifted; once lifted, the days before the window count for nothing.
  const holding = lockHolds(state, through)
  if (holding && state.lastFlareUp! < sessionsFrom) sessionsFrom = state.lastFlareUp!
  if (holding && state.lastFlareUp! < keepFrom) keepFrom = state.lastFlareUp!
  const lastFlareUp = holding || (state.lastFlareUp !== undefined && state.lastFlareUp >= keepFrom) ? state.lastFlareUp : undefined
  const inOwn = new Set<SessionLog>()
  // What a decision reads of each movement (see recentOwn): its last two session days, however old.
  const recent = new Set<SessionLog>()
  for (const [key, own] of state.own) {
    for (const session of own) inOwn.add(session)
    for (const session of recentOwn(state, key, sessionsFrom)) recent.add(session)
  }
  const sessions = state.sessions.filter(({ log }) => log.date >= sessionsFrom || recent.has(log))
  const oldDays = new Set(sessions.filter(({ log }) => log.date < keepFrom).flatMap(({ log }) => [log.date, addIsoDays(log.date, 1)]))
  // Adherence counts the skipped sessions of the week before a day: none after `through` reads further back.
  const skippedFrom = addIsoDays(through, -EPISODE_DEFAULTS.adherenceDays)
  return defined({
    version: 4,
    through,
    ...episode,
    eventCount: state.ordinalBase + state.taken,
    ids,
    sessions: packSessions(
      sessions.map(({ log, ordinal }) => ({ log, ordinal, credited: state.credited.get(log), markedRed: state.markedRed.get(log), own: inOwn.has(log) ? undefined : (false as const) })),
    ),
    // The last week of checks is "now" for the no-improvement rule, however far back sparse checks reach.
    mornings: state.mornings
      .filter(({ log }, index) => log.date >= keepFrom || oldDays.has(log.date) || index >= state.mornings.length - OUTCOME_DEFAULTS.mornings)
      .map(packMorning),
    skipped: entries(state.skipped, (key, list) => list.filter(({ date }) => date >= skippedFrom).map(({ date }) => ({ key, date }))).flat(),
    prescribed: packPrescribed(state.prescribed),
    referrals: state.referrals,
    referralClearedAt: state.referralClearedAt,
    lastReferralClearance: state.lastReferralClearance,
    pauses: entries(state.pauses, (key, pause) => ({ key, pause })),
    endedPauses: entries(state.endedPauses, (key, ended) => ({ key, ...ended })),
    pauseLiftedAt: entries(state.pauseLiftedAt, (key, ordinal) => ({ key, ordinal })),
    lastPauseSince: entries(state.lastPauseSince, (key, date) => ({ key, date })),
    advanced: entries(state.advanced, (key, advance) => ({ key, ...advance })),
    creditChain: packCreditChain(state.creditChain),
    latestAssessment: latestAssessmentOf(state),
    firstAssessmentDate: state.firstAssessmentDate,
    lastFlareUp,
    judgeNext: state.judgeNext ? true : undefined,
  } as EpisodeSnapshot)
}
