import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { boundedList } from '../_lib/boundedList.js'
import { customIssue } from '../_lib/parseInput.js'
import { catalogOption } from '../catalog/catalogOption.js'
import { LocalTimeSchema, minutesOf } from '../shared/localTime.js'
import { PROGRAM_DEFAULTS, PROTOCOL_WEEKS, WEEKDAYS, type Weekday } from './programDefaults.js'

// Building an Intl formatter costs more than the rest of a check, and the answer for a name never changes.
const knownTimeZones = new Map<string, string | undefined>()

/** The time zone's canonical name, or undefined when the runtime does not know it. */
export const canonicalTimeZone = (name: string): string | undefined => {
  if (!knownTimeZones.has(name)) {
    try {
      knownTimeZones.set(name, new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone)
    } catch {
      knownTimeZones.set(name, undefined) // Intl throws a RangeError for a zone it does not know
    }
  }
  return knownTimeZones.get(name)
}

/** Days from one listed weekday to the next, the week wrapping round (a single day is 7 from itself). */
export const gapsBetween = (days: Iterable<Weekday>): number[] => {
  const sorted = [...days].map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b)
  return sorted.map((day, index) => ((sorted[(index + 1) % sorted.length]! - day + 6) % 7) + 1)
}

const weekdays = (perWeek: { readonly min: number; readonly max: number }, minDaysApart: number, what: string) =>
  boundedList(z.enum(WEEKDAYS), perWeek).superRefine((days, context) => {
    if (new Set(days).size !== days.length) context.addIssue(customIssue('duplicate', [], 'must not list a day twice'))
    else if (!gapsBetween(days).every((gap) => gap >= minDaysApart)) {
      context.addIssue(customIssue('inconsistent', [], `${what} must be at least ${minDaysApart} days apart, the week wrapping round`))
    }
  })

const inOrder = (times: readonly string[]) =>
  times.every((time, index) => index === 0 || minutesOf(time) - minutesOf(times[index - 1]!) >= PROGRAM_DEFAULTS.minHoursBetweenSessions * 60)

/**
 * Options of a program: its length in `weeks` (1-52, default 8), its
 * `timeZone` (an IANA name, default UTC), the three daily `sessionTimes`
 * (in order, at least 3 hours apart), the `deadbugDays` (1-3, never two in a
 * row), the `thoracicPressDays` (2, at least 2 apart), the `workoutDays`, and
 * an app's own `catalog`. See {@link PROGRAM_DEFAULTS}.
 *
 * @example
 * import { ProgramOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(ProgramOptionsSchema.safeParse({ weeks: 12, timeZone: 'Europe/Berlin' }).success, true)
 * // A time zone is an IANA name the runtime knows.
 * assert.equal(ProgramOptionsSchema.safeParse({ timeZone: 'Mars/Olympus_Mons' }).success, false)
 *
 * @category Program
 * @since 0.2.0
 */
export const ProgramOptionsSchema = z.strictObject({
  weeks: z.int().min(1).max(PROGRAM_DEFAULTS.weeks.max).optional(),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine((name) => canonicalTimeZone(name) !== undefined, {
      message: 'is not a time zone this runtime knows (an IANA name such as "Europe/Berlin")',
      params: { code: 'invalid_value' },
    })
    .optional(),
  sessionTimes: z
    .tuple([LocalTimeSchema, LocalTimeSchema, LocalTimeSchema])
    .refine(inOrder, {
      message: `must be three times in order, each at least ${PROGRAM_DEFAULTS.minHoursBetweenSessions} hours after the one before`,
    })
    .optional(),
  deadbugDays: weekdays(PROTOCOL_WEEKS.deadbug.perWeek, PROTOCOL_WEEKS.deadbug.minDaysApart, 'deadbug days').optional(),
  thoracicPressDays: weekdays(PROTOCOL_WEEKS.thoracicPress.perWeek, PROTOCOL_WEEKS.thoracicPress.minDaysApart, 'thoracic press days').optional(),
  workoutDays: weekdays({ min: 0, max: 7 }, 1, 'workout days').optional(),
  catalog: catalogOption,
})

/** A program's options with every default filled in. */
export interface ProgramLayout {
  readonly weeks: number
  readonly timeZone: string
  readonly sessionTimes: readonly string[]
  readonly deadbugDays: ReadonlySet<Weekday>
  readonly thoracicPressDays: ReadonlySet<Weekday>
  readonly workoutDays: ReadonlySet<Weekday>
}

/** The layout from checked options. */
export const programLayout = (options: DeepReadonly<Partial<z.output<typeof ProgramOptionsSchema>>> | undefined): ProgramLayout => ({
  weeks: options?.weeks ?? PROGRAM_DEFAULTS.weeks.default,
  // The schema checked the zone, so the runtime knows it.
  timeZone: canonicalTimeZone(options?.timeZone ?? PROGRAM_DEFAULTS.timeZone)!,
  sessionTimes: options?.sessionTimes ?? PROGRAM_DEFAULTS.sessionTimes,
  deadbugDays: new Set(options?.deadbugDays ?? PROGRAM_DEFAULTS.deadbugDays),
  thoracicPressDays: new Set(options?.thoracicPressDays ?? PROGRAM_DEFAULTS.thoracicPressDays),
  workoutDays: new Set(options?.workoutDays ?? PROGRAM_DEFAULTS.workoutDays),
})

