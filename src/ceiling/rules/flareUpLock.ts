import { addIsoDays } from '../../_lib/isoDays.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingContext, Finding } from '../ceilingContext.js'
import type { SessionLog } from '../sessionLog.js'
import { morningZone, painZone } from '../zones.js'

/** The date of the latest flare-up morning of all the logs, or undefined. */
const lastFlareUp = (context: CeilingContext): string | undefined => {
  let latest: string | undefined
  for (const morning of context.mornings) {
    if (morningZone(morning, context.baselinePain, context.rules) === 'red' && (latest === undefined || morning.date > latest)) latest = morning.date
  }
  return latest
}

/** Days after the flare-up that were green: a green morning (today may still lack one) and no session above the ceiling. */
const greenDaysAfter = (flareUp: string, context: CeilingContext): Set<string> => {
  const sessionsOn = new Map<string, SessionLog[]>()
  for (const session of context.sessions) {
    if (session.date <= flareUp) continue
    const sameDay = sessionsOn.get(session.date)
    if (sameDay === undefined) sessionsOn.set(session.date, [session])
    else sameDay.push(session)
  }
  const isGreen = (pain: number | undefined) => pain === undefined || painZone(pain, context.rules) === 'green'
  const isGreenDay = (date: string): boolean => {
    const morning = context.morningOn.get(date)
    // The one day asked about that may lack a morning check is today.
    const greenMorning = morning === undefined || morningZone(morning, context.baselinePain, context.rules) === 'green'
    return greenMorning && (sessionsOn.get(date) ?? []).every((session) => isGreen(session.painDuring) && isGreen(session.painAfter))
  }
  // Only a day with a morning check, or today, can be green, so the work follows the logs, not the span back to the flare-up.
  // Today is never before the flare-up, and when it is the flare-up's own day, its red morning keeps it out.
  const candidates = [...context.mornings.filter((morning) => morning.date > flareUp).map((morning) => morning.date), context.today]
  return new Set(candidates.filter(isGreenDay))
}

/**
 * After a flare-up, no step up until a run of green days in a row (two by
 * default). The date given is the earliest progression can resume: days not
 * yet lived are taken as green. Undefined when there was no flare-up, or its
 * lock has run out.
 */
export const flareUpLock = (context: CeilingContext): { readonly until: string; readonly finding: Finding } | undefined => {
  const flareUp = lastFlareUp(context)
  if (flareUp === undefined) return undefined
  const greenDays = greenDaysAfter(flareUp, context)
  const runLength = context.rules.greenDaysToUnlock
  const startsRun = (date: string): boolean => {
    let day = date
    for (let counted = 1; counted < runLength; counted++) {
      day = context.nextDay(day)
      if (day <= context.today && !greenDays.has(day)) return false
    }
    return true
  }
  const runStart = [...greenDays].sort().find(startsRun)
  // With no run yet, the earliest is a run that starts tomorrow, every day of it taken as green.
  const until = runStart === undefined ? addIsoDays(context.today, runLength + 1) : addIsoDays(runStart, runLength)
  if (until <= context.today) return undefined
  return {
    until,
    finding: {
      zone: 'green',
      action: 'hold',
      reason: {
        rule: 'flare-up-lock',
        message: `A flare-up on ${flareUp} locks progression until ${runLength} green days in a row; the earliest it can resume is ${until}.`,
        date: flareUp,
        value: until,
        limit: runLength,
        source: SOURCES.ceilingMethod,
        params: { date: flareUp, greenDays: runLength, until },
      },
    },
  }
}
