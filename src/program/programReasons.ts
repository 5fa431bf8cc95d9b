import { addIsoDays } from '../_lib/isoDays.js'
import { formatDose } from '../shared/formatDose.js'
import type { Reason } from '../shared/reason.js'
import { SOURCES } from '../shared/sources.js'
import type { CheckIn, ProgramItem } from './program.js'
import { PROGRAM_DEFAULTS, PROTOCOL_WEEKS, WEEKDAYS, type Weekday } from './programDefaults.js'
import type { CorrectiveItem } from './layout/daySessions.js'
import type { ProgramLayout } from './programOptions.js'

type Frame = { readonly start: string; readonly end: string; readonly checkIns: readonly CheckIn[] }

const weekOrder = (days: ReadonlySet<Weekday>) => WEEKDAYS.filter((day) => days.has(day))
const dayList = (days: ReadonlySet<Weekday>) => weekOrder(days).join(', ') || 'none'

/**
 * The rehab movements in every session. A catalog writes their doses from fixed params, the first four
 * movements' and the last one's (the fourth again when there are four): a selection holds 4 or 5 movements
 * (SELECTION_SIZE), and a param holds one dose, so these name every dose a plan can have.
 */
const rehabSessionsReason = (rehab: readonly ProgramItem[], sessionTimes: readonly string[]): Reason => ({
  rule: 'rehab-sessions',
  message: `The ${rehab.length} rehab movements in each of ${sessionTimes.length} daily sessions, at ${sessionTimes.join(', ')}, starting at ${rehab.map((item) => formatDose(item.dose)).join(' / ')}.`,
  value: [...sessionTimes],
  source: SOURCES.rehabDose,
  params: {
    movements: rehab.length,
    sessions: sessionTimes.length,
    times: [...sessionTimes],
    doses: rehab.map((item) => item.dose),
  },
})

/** When the program checks in: every two weeks, 8 weeks after the start whatever its length, and at its end (`end`, the day after its last). */
const checkInsReason = (frame: Frame, end: string): Reason => {
  const eightWeeks = addIsoDays(frame.start, PROGRAM_DEFAULTS.checkInWeeks * 7)
  const checkInWhen = eightWeeks === end ? 'at the end' : `at the end and ${PROGRAM_DEFAULTS.checkInWeeks} weeks after the start (${eightWeeks})`
  const reassessments = frame.checkIns.filter((checkIn) => checkIn.kind === 'reassessment').length
  return {
    rule: 'check-ins',
    message:
      reassessments > 0
        ? `A reassessment every ${PROGRAM_DEFAULTS.reassessEveryDays} days, to offer harder forms, and a check-in ${checkInWhen}.`
        : `A check-in ${checkInWhen}; the program is too short for a reassessment every ${PROGRAM_DEFAULTS.reassessEveryDays} days.`,
    value: frame.checkIns.length,
    limit: PROGRAM_DEFAULTS.reassessEveryDays,
    source: `${SOURCES.protocol}: check in after 8 weeks, whatever the program's length; the two-week reassessment is an engine default`,
    params: {
      reassesses: reassessments > 0,
      reassessEveryDays: PROGRAM_DEFAULTS.reassessEveryDays,
      checkInWeeks: PROGRAM_DEFAULTS.checkInWeeks,
      checkInWeeksDate: eightWeeks,
      checkInWeeksAtEnd: eightWeeks === end,
    },
  }
}

/** Why the program is laid out as it is: one reason for each part of the frame. */
export const programReasons = (frame: Frame, rehab: readonly ProgramItem[], layout: ProgramLayout, correctives: readonly CorrectiveItem[] = []): Reason[] => {
  const { weeks, timeZone, sessionTimes } = layout
  const checkInDate = addIsoDays(frame.end, 1)
  return [
    {
      rule: 'program-frame',
      message: `${weeks} week${weeks === 1 ? '' : 's'} from ${frame.start} to ${frame.end} in ${timeZone}, then a check-in on ${checkInDate}.`,
      value: weeks,
      source: `${SOURCES.protocol}: the protocol runs 8 weeks, then a check-in on how the back feels`,
      params: { weeks, start: frame.start, end: frame.end, timeZone, checkIn: checkInDate },
    },
    rehabSessionsReason(rehab, sessionTimes),
    ...correctives.map(
      ({ item, timesPerDay }): Reason => ({
        rule: 'corrective-sessions',
        message: `The posture corrective ${item.movement} in the first ${timesPerDay === 1 ? 'session' : `${timesPerDay} sessions`} of each day, starting at ${formatDose(item.dose)}.`,
        value: timesPerDay,
        source: `${SOURCES.posture}; how often is an engine default from its ladder`,
        params: { movement: item.movement, timesPerDay, dose: item.dose },
      }),
    ),
    { rule: 'warm-ups', message: 'The back and hamstring warm-ups once a day, in the morning session.', source: `${SOURCES.protocol}: daily if wanted`, params: {} },
    {
      rule: 'deadbug-days',
      message: `The deadbug on ${dayList(layout.deadbugDays)}, in the evening session: ${layout.deadbugDays.size} a week, never two days running.`,
      value: weekOrder(layout.deadbugDays),
      limit: PROTOCOL_WEEKS.deadbug.perWeek.max,
      source: `${SOURCES.protocol}: 1-3x a week`,
      params: { days: weekOrder(layout.deadbugDays), perWeek: layout.deadbugDays.size },
    },
    {
      rule: 'thoracic-press-days',
      message: `The thoracic press on ${dayList(layout.thoracicPressDays)}, in the evening session: ${PROTOCOL_WEEKS.thoracicPress.perWeek.max} a week, at least ${PROTOCOL_WEEKS.thoracicPress.minDaysApart} days apart.`,
      value: weekOrder(layout.thoracicPressDays),
      limit: PROTOCOL_WEEKS.thoracicPress.perWeek.max,
      source: `${SOURCES.protocol}: 2 x a week`,
      params: { days: weekOrder(layout.thoracicPressDays), perWeek: PROTOCOL_WEEKS.thoracicPress.perWeek.max, minDaysApart: PROTOCOL_WEEKS.thoracicPress.minDaysApart },
    },
    {
      rule: 'workout-days',
      message: `On workout days (${dayList(layout.workoutDays)}): the hip thrust before the workout and the between-sets movements during it.`,
      value: weekOrder(layout.workoutDays),
      source: `${SOURCES.protocol}: hip thrust before activity; ${SOURCES.betweenSets}: between sets of a workout`,
      params: { days: weekOrder(layout.workoutDays) },
    },
    checkInsReason(frame, checkInDate),
    {
      rule: 'starting-doses',
      message: 'Doses are the starting doses; log each session and the morning check, and let nextDose set the next one.',
      source: SOURCES.engine,
      params: {},
    },
  ]
}
