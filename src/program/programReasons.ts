import { addIsoDays } from '../_lib/isoDays.js'
import { formatDose } from '../shared/formatDose.js'
import type { Reason } from '../shared/reason.js'
import { SOURCES } from '../shared/sources.js'
import type { CheckIn, ProgramItem } from './program.js'
import { PROGRAM_DEFAULTS, PROTOCOL_WEEKS, WEEKDAYS, type Weekday } from './programDefaults.js'
import type { CorrectiveItem } from './layout/daySessions.js'
import type { ProgramLayout } from './programOptions.js'

type Frame = { readonly start: string; readonly end: string; readonly checkIns: readonly CheckIn[] }

const dayList = (days: ReadonlySet<Weekday>) => WEEKDAYS.filter((day) => days.has(day)).join(', ') || 'none'

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
    },
    {
      rule: 'rehab-sessions',
      message: `The ${rehab.length} rehab movements in each of ${sessionTimes.length} daily sessions, at ${sessionTimes.join(', ')}, starting at ${rehab.map((item) => formatDose(item.dose)).join(' / ')}.`,
      value: [...sessionTimes],
      source: SOURCES.rehabDose,
    },
    ...correctives.map(
      ({ item, timesPerDay }): Reason => ({
        rule: 'corrective-sessions',
        message: `The posture corrective ${item.movement} in the first ${timesPerDay === 1 ? 'session' : `${timesPerDay} sessions`} of each day, starting at ${formatDose(item.dose)}.`,
        value: timesPerDay,
        source: `${SOURCES.posture}; how often is an engine default from its ladder`,
      }),
    ),
    { rule: 'warm-ups', message: 'The back and hamstring warm-ups once a day, in the morning session.', source: `${SOURCES.protocol}: daily if wanted` },
    {
      rule: 'deadbug-days',
      message: `The deadbug on ${dayList(layout.deadbugDays)}, in the evening session: ${layout.deadbugDays.size} a week, never two days running.`,
      value: WEEKDAYS.filter((day) => layout.deadbugDays.has(day)),
      limit: PROTOCOL_WEEKS.deadbug.perWeek.max,
      source: `${SOURCES.protocol}: 1-3x a week`,
    },
    {
      rule: 'thoracic-press-days',
      message: `The thoracic press on ${dayList(layout.thoracicPressDays)}, in the evening session: ${PROTOCOL_WEEKS.thoracicPress.perWeek.max} a week, at least ${PROTOCOL_WEEKS.thoracicPress.minDaysApart} days apart.`,
      value: WEEKDAYS.filter((day) => layout.thoracicPressDays.has(day)),
      limit: PROTOCOL_WEEKS.thoracicPress.perWeek.max,
      source: `${SOURCES.protocol}: 2 x a week`,
    },
    {
      rule: 'workout-days',
      message: `On workout days (${dayList(layout.workoutDays)}): the hip thrust before the workout and the between-sets movements during it.`,
      value: WEEKDAYS.filter((day) => layout.workoutDays.has(day)),
      source: `${SOURCES.protocol}: hip thrust before activity; ${SOURCES.betweenSets}: between sets of a workout`,
    },
    checkInsReason(frame, checkInDate),
    {
      rule: 'starting-doses',
      message: 'Doses are the starting doses; log each session and the morning check, and let nextDose set the next one.',
      source: SOURCES.engine,
    },
  ]
}
