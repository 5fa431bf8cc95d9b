import { TZDate } from '@date-fns/tz'
import { formatISO, getISODay, parseISO } from 'date-fns'
import * as z from 'zod'
import { RehabSelectionSchema, type RehabSelection } from '../assessment/selection.js'
import type { Catalog } from '../catalog/movements.js'
import { left, right, type Either } from '../internal/either.js'
import { addIsoDays } from '../internal/isoDays.js'
import { lookUpMovement } from '../internal/lookUpMovement.js'
import { movementRef } from '../internal/movementRef.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import { ladderOf } from '../progression/rehabLadder.js'
import { LocalTimeSchema } from '../progression/sessionLog.js'
import { describeDose } from '../shared/describeDose.js'
import type { InputIssue, InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import type { Reason } from '../shared/reason.js'
import type { CheckIn, Program, ProgramItem, ProgramSession } from './program.js'
import {
  DEFAULT_DEADBUG_DAYS,
  DEFAULT_PROGRAM_WEEKS,
  DEFAULT_SESSION_TIMES,
  DEFAULT_THORACIC_PRESS_DAYS,
  DEFAULT_TIME_ZONE,
  DEFAULT_WORKOUT_DAYS,
  MAX_PROGRAM_WEEKS,
  MIN_HOURS_BETWEEN_SESSIONS,
  REASSESSMENT_EVERY_DAYS,
  WEEKDAYS,
  type Weekday,
} from './programDefaults.js'

/** Which weekdays carry the protocol's strength movements. @category Program @since 0.1.0 */
export interface ProtocolDays {
  readonly deadbugDays?: readonly Weekday[]
  readonly thoracicPressDays?: readonly Weekday[]
}

/** What `buildProgram` takes. @category Program @since 0.1.0 */
export interface BuildProgramInput {
  readonly start: string
  readonly weeks?: number
  readonly timeZone?: string
  readonly selection: RehabSelection
  readonly protocol?: ProtocolDays
  readonly workoutDays?: readonly Weekday[]
  readonly sessionTimes?: readonly [string, string, string]
  readonly options?: { readonly catalog?: Catalog }
}

// Building an Intl formatter costs more than the rest of a check, and the answer for a name never changes.
const knownTimeZones = new Map<string, string | undefined>()

/** The time zone's canonical name, or undefined when the runtime does not know it. */
const canonicalTimeZone = (name: string): string | undefined => {
  if (!knownTimeZones.has(name)) {
    try {
      knownTimeZones.set(name, new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone)
    } catch {
      knownTimeZones.set(name, undefined) // Intl throws a RangeError for a zone it does not know
    }
  }
  return knownTimeZones.get(name)
}

const WeekdaySchema = z.enum(WEEKDAYS)
const dayIndex = (day: Weekday) => WEEKDAYS.indexOf(day)
/** Days from one listed weekday to the next, the week wrapping round (a single day is 7 from itself). */
const gapsBetween = (days: readonly Weekday[]): number[] => {
  const sorted = [...days].map(dayIndex).sort((a, b) => a - b)
  return sorted.map((day, index) => ((sorted[(index + 1) % sorted.length]! - day + 6) % 7) + 1)
}
const weekdays = (min: number, max: number, minDaysApart: number, what: string) =>
  z
    .array(WeekdaySchema)
    .min(min)
    .max(max)
    .refine((days) => new Set(days).size === days.length, { message: 'must not list a day twice' })
    .refine((days) => new Set(days).size !== days.length || gapsBetween(days).every((gap) => gap >= minDaysApart), {
      message: `${what} must be at least ${minDaysApart} days apart, the week wrapping round`,
    })
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3))

/**
 * The input of `buildProgram`.
 *
 * @category Program
 * @since 0.1.0
 */
export const BuildProgramInputSchema = z.strictObject({
  start: InputDateSchema,
  weeks: z.int().min(1).max(MAX_PROGRAM_WEEKS).optional(),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine((name) => canonicalTimeZone(name) !== undefined, { message: 'is not a time zone this runtime knows (an IANA name such as "Europe/Berlin")' })
    .optional(),
  selection: RehabSelectionSchema,
  protocol: z
    .strictObject({
      deadbugDays: weekdays(1, 3, 2, 'deadbug days').optional(), // seed 000: 1-3x a week; never two days running
      thoracicPressDays: weekdays(2, 2, 2, 'thoracic press days').optional(), // seed 000: 2x a week
    })
    .optional(),
  workoutDays: weekdays(0, 7, 1, 'workout days').optional(),
  sessionTimes: z
    .tuple([LocalTimeSchema, LocalTimeSchema, LocalTimeSchema])
    .refine(
      (times) => times.every((time, index) => index === 0 || minutesOf(time) - minutesOf(times[index - 1]!) >= MIN_HOURS_BETWEEN_SESSIONS * 60),
      { message: `must be three times in order, each at least ${MIN_HOURS_BETWEEN_SESSIONS} hours after the one before` },
    )
    .optional(),
  options: z.strictObject({ catalog: z.unknown().optional() }).optional(),
})

const LABELS = ['Morning rehab', 'Midday rehab', 'Evening rehab'] as const
const WARM_UPS = ['back-mobility-warm-up', 'hamstring-mobility-warm-up'] as const
const BETWEEN_SETS = ['progressive-bodyweight-squat', 'raising-the-roof'] as const

/**
 * Lays a rehab plan out on a real calendar, in a time zone (seeds 000, 001
 * and 004): the selected rehab movements in each of three daily sessions; the
 * two warm-ups once a day, in the morning; the deadbug on 1-3 days a week,
 * never two in a row (default Monday, Wednesday, Friday); the thoracic press on
 * 2 days at least 2 apart (default Tuesday, Friday); on workout days (default
 * Monday, Wednesday, Friday) the hip thrust before the workout and the
 * between-sets movements during it, in the evening session. A reassessment
 * every 2 weeks and a check-in at the end (8 weeks by default).
 *
 * Local times stay as asked across daylight-saving changes; each session's
 * `start` carries the offset of its own day. A time that does not exist on a
 * spring-forward day moves forward by the length of the jump (02:30 becomes
 * 03:30 in Berlin), and a reason says so.
 * Doses are the starting doses; `nextDose` decides each day's dose.
 *
 * Returns `Left(InvalidInput)` for a malformed input: weeks outside 1-52, an
 * unknown time zone, session times out of order or under 3 hours apart,
 * deadbug days on consecutive days, a selection that does not match its schema
 * or the catalog.
 *
 * @example
 * import { buildProgram, selectRehabMovements } from 'rehab-engine'
 *
 * const selection = selectRehabMovements({
 *   date: '2026-03-23',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 * })
 * if (selection._tag !== 'Right') throw new Error('expected a selection')
 * const program = buildProgram({ start: '2026-03-23', weeks: 2, timeZone: 'Europe/Berlin', selection: selection.right })
 * assert.equal(program._tag, 'Right')
 * if (program._tag === 'Right') {
 *   assert.equal(program.right.sessions.length, 2 * 7 * 3)
 *   // Berlin moves to summer time on 29 March: 08:00 stays 08:00, with the new offset.
 *   assert.equal(program.right.sessions.find((session) => session.date === '2026-03-28')?.start, '2026-03-28T08:00:00+01:00')
 *   assert.equal(program.right.sessions.find((session) => session.date === '2026-03-29')?.start, '2026-03-29T08:00:00+02:00')
 *   assert.deepStrictEqual(program.right.checkIns, [{ date: '2026-04-06', kind: 'check-in' }])
 * }
 *
 * @category Program
 * @since 0.1.0
 */
export const buildProgram = (input: BuildProgramInput): Either<InvalidInput, Program> => {
  const parsed = parseInput(BuildProgramInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const request = parsed.right
  const catalog = resolveCatalog(request.options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const issues: InputIssue[] = request.selection.selected.flatMap((item, index) => {
    const found = lookUpMovement(catalog.right, item, ['selection', 'selected', index], 'assessment')
    return found._tag === 'Left' ? [found.left] : []
  })
  if (issues.length > 0) return left(invalidInput(issues))

  const weeks = request.weeks ?? DEFAULT_PROGRAM_WEEKS
  const timeZone = canonicalTimeZone(request.timeZone ?? DEFAULT_TIME_ZONE)!
  const times = request.sessionTimes ?? DEFAULT_SESSION_TIMES
  const deadbugDays = new Set(request.protocol?.deadbugDays ?? DEFAULT_DEADBUG_DAYS)
  const thoracicDays = new Set(request.protocol?.thoracicPressDays ?? DEFAULT_THORACIC_PRESS_DAYS)
  const workoutDays = new Set(request.workoutDays ?? DEFAULT_WORKOUT_DAYS)
  const reasons: Reason[] = []

  // A protocol movement at its ladder's first rung, or nothing when the catalog lacks it.
  const missing = new Set<string>()
  const protocolItem = (id: string): ProgramItem[] => {
    const movement = catalog.right.byId.get(id)?.movement
    const ladder = movement === undefined ? undefined : ladderOf(movement)
    if (ladder === undefined) {
      missing.add(id)
      return []
    }
    return [{ movement: id, dose: ladder.rungs[0]! }]
  }
  const rehab: ProgramItem[] = request.selection.selected.map((item) => ({ ...movementRef(item.movement, item.variant), dose: item.start }))
  const warmUps = WARM_UPS.flatMap(protocolItem)
  const [hipThrust, deadbug, thoracicPress] = [protocolItem('hip-thrust'), protocolItem('deadbug'), protocolItem('thoracic-press')]
  const betweenSets = BETWEEN_SETS.flatMap(protocolItem)

  const sessions: ProgramSession[] = []
  for (let offset = 0; offset < weeks * 7; offset++) {
    const date = addIsoDays(request.start, offset)
    const weekday = WEEKDAYS[getISODay(parseISO(date)) - 1]!
    const workout = workoutDays.has(weekday)
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    times.forEach((time, slot) => {
      const evening = slot === times.length - 1
      const items = [
        ...(slot === 0 ? warmUps : []),
        ...(evening && workout ? hipThrust : []),
        ...rehab,
        ...(evening && deadbugDays.has(weekday) ? deadbug : []),
        ...(evening && thoracicDays.has(weekday) ? thoracicPress : []),
        ...(evening && workout ? betweenSets : []),
      ]
      const local = new TZDate(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3)), 0, 0, timeZone)
      const actual = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`
      if (actual !== time) {
        reasons.push({
          rule: 'time-shifted',
          message: `${time} does not exist in ${timeZone} on ${date} (the clocks go forward): the session moves to ${actual}.`,
          date,
          value: actual,
          source: 'IANA time zone database',
        })
      }
      sessions.push({
        start: formatISO(local),
        date,
        time: actual,
        label: evening && workout ? `${LABELS[slot]} and workout` : LABELS[slot]!,
        items,
      })
    })
  }

  const end = addIsoDays(request.start, weeks * 7 - 1)
  const checkInDate = addIsoDays(request.start, weeks * 7)
  const checkIns: CheckIn[] = []
  for (let day = REASSESSMENT_EVERY_DAYS; day < weeks * 7; day += REASSESSMENT_EVERY_DAYS) {
    checkIns.push({ date: addIsoDays(request.start, day), kind: 'reassessment' })
  }
  checkIns.push({ date: checkInDate, kind: 'check-in' })

  const dayList = (days: ReadonlySet<Weekday>) => WEEKDAYS.filter((day) => days.has(day)).join(', ') || 'none'
  reasons.unshift(
    {
      rule: 'program-frame',
      message: `${weeks} week${weeks === 1 ? '' : 's'} from ${request.start} to ${end} in ${timeZone}, then a check-in on ${checkInDate}.`,
      value: weeks,
      source: 'seed 000: the protocol runs 8 weeks, then a check-in on how the back feels',
    },
    {
      rule: 'rehab-sessions',
      message: `The ${rehab.length} rehab movements in each of ${times.length} daily sessions, at ${times.join(', ')}, starting at ${rehab.map((item) => describeDose(item.dose)).join(' / ')}.`,
      value: [...times],
      source: 'seed 001: 5-10 reps, 1-2 sets, 3 times a day',
    },
    { rule: 'warm-ups', message: 'The back and hamstring warm-ups once a day, in the morning session.', source: 'seed 000: daily if wanted' },
    {
      rule: 'deadbug-days',
      message: `The deadbug on ${dayList(deadbugDays)}, in the evening session: ${deadbugDays.size} a week, never two days running.`,
      value: [...deadbugDays],
      limit: 3,
      source: 'seed 000: 1-3x a week',
    },
    {
      rule: 'thoracic-press-days',
      message: `The thoracic press on ${dayList(thoracicDays)}, in the evening session: 2 a week, at least 2 days apart.`,
      value: [...thoracicDays],
      limit: 2,
      source: 'seed 000: 2 x a week',
    },
    {
      rule: 'workout-days',
      message: `On workout days (${dayList(workoutDays)}): the hip thrust before the workout and the between-sets movements during it.`,
      value: [...workoutDays],
      source: 'seed 000: hip thrust before activity; seed 004: between sets of a workout',
    },
    {
      rule: 'check-ins',
      message:
        checkIns.length > 1
          ? `A reassessment every ${REASSESSMENT_EVERY_DAYS} days, to offer harder forms, and a check-in at the end.`
          : `A check-in at the end; the program is too short for a reassessment every ${REASSESSMENT_EVERY_DAYS} days.`,
      value: checkIns.length,
      limit: REASSESSMENT_EVERY_DAYS,
      source: 'seed 000: check in after 8 weeks; a 2-point or 30% NPRS change is meaningful (Childs et al. 2005; Farrar et al. 2001)',
    },
    {
      rule: 'starting-doses',
      message: 'Doses are the starting doses; log each session and the morning check, and let nextDose set the next one.',
      source: 'engine rule: a program lays out starting doses; logs decide the rest',
    },
  )
  for (const id of missing) {
    reasons.push({ rule: 'not-in-catalog', message: `"${id}" is not in the catalog, or has no ladder, so the program leaves it out.`, value: id })
  }
  return right({ start: request.start, end, timeZone, sessions, checkIns, reasons })
}
