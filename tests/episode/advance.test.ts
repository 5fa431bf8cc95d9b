import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideDay, episodeProgram, type DayItem, type DayPlan, type DosedItem, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, episodeOf, morningOn } from './episodeFixtures.js'

// 2026-11-02 is a Monday: by default the deadbug falls on Monday, Wednesday and Friday.
const MONDAY = '2026-11-02'

const plan = (episode: EpisodeInput, today: string): DayPlan => {
  const decision = decideDay({ episode, today })
  if (decision._tag === 'Left') throw new Error(`expected a plan on ${today}, got ${JSON.stringify(decision.left)}`)
  return decision.right
}

const itemOf = (day: DayPlan, movement: string): DayItem | undefined => day.items.find((item) => item.movement === movement)

const hold = (movement: string, date: string, seconds: number, painDuring = 1): EpisodeEventInput => ({
  type: 'session',
  date,
  time: '19:00',
  movement,
  performed: { kind: 'hold', sets: 2, seconds },
  completed: true,
  painDuring,
})

/**
 * Every day from `from` for `days` days: each core hold the plan gives (the
 * deadbug, or the hold in its place) done at its dose, green, and a calm next
 * morning. Returns the events and the plan of each day, as it stood before its session.
 */
const followCoreHolds = (start: readonly EpisodeEventInput[], from: string, days: number): { events: EpisodeEventInput[]; plans: DayPlan[] } => {
  const events = [...start]
  const plans: DayPlan[] = []
  for (let day = 0; day < days; day++) {
    const date = shiftDate(from, day)
    const today = plan(episodeOf(events), date)
    plans.push(today)
    for (const item of today.items) {
      if ((item.movement !== 'deadbug' && item.movement !== 'advanced-iso-hold') || item.status === 'paused' || item.timesToday === 0) continue
      // An advance is done as the movement it names.
      const movement = item.status === 'advance' ? item.advanceTo!.movement : item.movement
      events.push(hold(movement, date, item.dose.kind === 'hold' ? item.dose.seconds : 0))
    }
    events.push(morningOn(shiftDate(date, 1), 1))
  }
  return { events, plans }
}

describe('decideDay: the protocol movements on their days', () => {
  it('holds the warm-ups every day, and the deadbug, thoracic press, hip thrust and between-sets movements on their weekdays', () => {
    const events = [assessmentOn(MONDAY)]
    const movementsOf = (date: string) => plan(episodeOf(events), date).items.map((item) => item.movement)
    const monday = movementsOf(MONDAY)
    expect(monday).toEqual(expect.arrayContaining(['back-mobility-warm-up', 'hamstring-mobility-warm-up', 'hip-thrust', 'deadbug', 'progressive-bodyweight-squat', 'raising-the-roof']))
    expect(monday).not.toContain('thoracic-press')
    const tuesday = movementsOf(shiftDate(MONDAY, 1))
    expect(tuesday).toContain('thoracic-press')
    expect(tuesday).not.toContain('deadbug')
    expect(tuesday).not.toContain('hip-thrust')
    // Friday is a deadbug, thoracic press and workout day.
    expect(movementsOf(shiftDate(MONDAY, 4))).toEqual(expect.arrayContaining(['deadbug', 'thoracic-press', 'hip-thrust']))
  })

  it('follows the weekdays of the episode options', () => {
    const episode = episodeOf([assessmentOn(MONDAY)], { options: { program: { deadbugDays: ['tuesday'], workoutDays: [] } } })
    const monday = plan(episode, MONDAY).items.map((item) => item.movement)
    expect(monday).not.toContain('deadbug')
    expect(monday).not.toContain('hip-thrust')
    expect(plan(episode, shiftDate(MONDAY, 1)).items.map((item) => item.movement)).toContain('deadbug')
  })

  it('counts a movement done on its days as kept to, not as back from a break', () => {
    const { plans } = followCoreHolds([assessmentOn(MONDAY)], MONDAY, 15)
    const deadbugDays = plans.filter((day) => itemOf(day, 'deadbug') !== undefined)
    expect(deadbugDays.map((day) => itemOf(day, 'deadbug')!.status)).toEqual(['start', 'progress', 'progress', 'progress', 'progress', 'progress', 'progress'])
  })
})

describe("decideDay: an advance takes the old movement's place (rule 8)", () => {
  // Nine deadbug days climb 2 x 20 s to 2 x 60 s, the top; the tenth advances.
  // Worked out in the first test that asks, so that the engine runs inside a test.
  let known: { events: EpisodeEventInput[]; plans: DayPlan[]; advanceDay: DayPlan } | undefined
  const climb = () => {
    if (known === undefined) {
      const { events, plans } = followCoreHolds([assessmentOn(MONDAY)], MONDAY, 33)
      known = { events, plans, advanceDay: plans.find((day) => itemOf(day, 'deadbug')?.status === 'advance')! }
    }
    return known
  }

  it('advances the deadbug after its top, to the advanced hold at its first rung', () => {
    const { plans: climbedPlans, advanceDay } = climb()
    expect(advanceDay).toBeDefined()
    const previous = climbedPlans.filter((day) => day.date < advanceDay.date && itemOf(day, 'deadbug') !== undefined).at(-1)!
    expect(itemOf(previous, 'deadbug')).toMatchObject({ status: 'progress', dose: { kind: 'hold', sets: 2, seconds: 60 } })
    expect(itemOf(advanceDay, 'deadbug')).toMatchObject({ status: 'advance', dose: { kind: 'hold', sets: 2, seconds: 15 }, advanceTo: { movement: 'advanced-iso-hold' } })
  })

  it("puts the advanced hold in the deadbug's place, on its days, from the session that began it", () => {
    const { plans: climbedPlans, advanceDay } = climb()
    const later = climbedPlans.filter((day) => day.date > advanceDay.date)
    const coreDays = later.filter((day) => itemOf(day, 'advanced-iso-hold') !== undefined)
    expect(coreDays.length).toBeGreaterThan(0)
    for (const day of later) expect(itemOf(day, 'deadbug')).toBeUndefined()
    // The hold keeps the deadbug's weekdays: Monday, Wednesday, Friday.
    expect(new Set(coreDays.map((day) => new Date(`${day.date}T00:00:00Z`).getUTCDay()))).toEqual(new Set([1, 3, 5]))
    const first = itemOf(coreDays[0]!, 'advanced-iso-hold')!
    expect(first).toMatchObject({ status: 'progress', dose: { kind: 'hold', sets: 2, seconds: 20 } })
    expect(first.reasons.find((reason) => reason.rule === 'advanced')).toMatchObject({ movement: 'advanced-iso-hold', value: 'deadbug', date: advanceDay.date })
  })

  it("lays the advanced hold out in the deadbug's sessions of episodeProgram, at the dose decided for its day", () => {
    const { events, advanceDay } = climb()
    const today = shiftDate(MONDAY, 32)
    const episode = episodeOf(events)
    const program = episodeProgram({ episode, today, weeks: 6 })
    if (program._tag !== 'Right') throw new Error('expected a program')
    const coreOn = (date: string) =>
      program.right.sessions.filter((session) => session.date === date).flatMap((session) => session.items.filter((item) => item.movement === 'deadbug' || item.movement === 'advanced-iso-hold'))
    const dates = [...new Set(program.right.sessions.map((session) => session.date))]
    // A past day holds its plan as decided with its own logs known: on the day of the advance, the session that began it.
    const before = dates.filter((date) => date < advanceDay.date).flatMap(coreOn)
    const after = dates.filter((date) => date >= advanceDay.date)
    expect(before.map((item) => item.movement)).toContain('deadbug')
    expect(before.map((item) => item.movement)).not.toContain('advanced-iso-hold')
    // Every deadbug day after the advance, past or planned, holds the advanced hold in its place.
    const coreDays = after.filter((date) => coreOn(date).length > 0)
    expect(coreDays.length).toBeGreaterThan(6)
    for (const date of after) expect(coreOn(date).map((item) => item.movement)).not.toContain('deadbug')
    for (const date of coreDays) {
      const decided = plan(episode, date <= today ? date : today)
      expect(coreOn(date)).toEqual([{ movement: 'advanced-iso-hold', dose: (itemOf(decided, 'advanced-iso-hold') as DosedItem).dose }])
    }
  })

  it('never starts the advanced hold before the deadbug reached it', () => {
    const { plans: climbedPlans, advanceDay } = climb()
    // The harder hold logged in the first week, at its top: it begins nothing, and counts for nothing once the advance comes.
    const early = [assessmentOn(MONDAY), hold('advanced-iso-hold', shiftDate(MONDAY, 1), 60), hold('advanced-iso-hold', shiftDate(MONDAY, 3), 60)]
    const followed = followCoreHolds(early, MONDAY, 33)
    const before = followed.plans.filter((day) => day.date <= advanceDay.date)
    for (const day of before) expect(itemOf(day, 'advanced-iso-hold')).toBeUndefined()
    expect(itemOf(followed.plans.find((day) => day.date === advanceDay.date)!, 'deadbug')?.status).toBe('advance')
    const next = followed.plans.find((day) => day.date > advanceDay.date && itemOf(day, 'advanced-iso-hold') !== undefined)!
    expect(itemOf(next, 'advanced-iso-hold')).toMatchObject({ status: 'progress', dose: { kind: 'hold', sets: 2, seconds: 20 } })
    // The same plan as without the early sessions, but for the index of the session that began the advance.
    const doses = (day: DayPlan) => day.items.map((item) => [item.movement, item.status, 'dose' in item ? item.dose : undefined])
    expect(doses(next)).toEqual(doses(climbedPlans.find((day) => day.date === next.date)!))
  })
})

/** Whether the deadbug's ladder said advance: the plan says so, or holds it only for having been done too rarely. */
const reached = (deadbug: DayItem): boolean =>
  deadbug.status === 'advance' || (deadbug.status === 'hold' && deadbug.reasons[0]!.rule === 'low-adherence' && deadbug.reasons.some((reason) => reason.rule === 'ladder-advance'))

describe('decideDay: the advanced hold over random months', () => {
  /** What the person does on a core-hold day: the plan's dose green, the dose at some pain, nothing, or the advanced hold whatever the plan says. */
  const choice = fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'follow' as const, pain: 1 }) },
    { weight: 2, arbitrary: fc.integer({ min: 2, max: 7 }).map((pain) => ({ kind: 'follow' as const, pain })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'rest' as const }) },
    { weight: 1, arbitrary: fc.integer({ min: 3, max: 12 }).map((steps) => ({ kind: 'advanced-hold' as const, seconds: steps * 5 })) },
  )

  it("holds the advanced hold only after a session of it logged once the deadbug's ladder said advance", () => {
    fc.assert(
      fc.property(fc.array(choice, { minLength: 40, maxLength: 40 }), (choices) => {
        const events: EpisodeEventInput[] = [assessmentOn(MONDAY)]
        const begun: string[] = []
        choices.forEach((chosen, day) => {
          const date = shiftDate(MONDAY, day)
          const decision = decideDay({ episode: episodeOf(events), today: date })
          if (decision._tag === 'Left') return
          const today = decision.right
          const deadbug = itemOf(today, 'deadbug')
          const advanced = itemOf(today, 'advanced-iso-hold')
          // Once a plan has the advanced hold, an earlier day's deadbug had reached it and a session of the hold was logged that day.
          if (advanced !== undefined) expect(begun.some((when) => when < date)).toBe(true)
          if (begun.length > 0 && begun[0]! < date) expect(deadbug).toBeUndefined()
          const core = advanced ?? deadbug
          if (chosen.kind === 'advanced-hold') {
            if (deadbug !== undefined && reached(deadbug)) begun.push(date)
            events.push(hold('advanced-iso-hold', date, chosen.seconds))
          } else if (chosen.kind === 'follow' && core !== undefined && core.status !== 'paused' && core.timesToday > 0) {
            const movement = core.status === 'advance' ? core.advanceTo!.movement : core.movement
            if (core.status === 'advance') begun.push(date)
            events.push(hold(movement, date, core.dose.kind === 'hold' ? core.dose.seconds : 0, chosen.pain))
          }
          events.push(morningOn(shiftDate(date, 1), 1))
        })
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 40) },
    )
  })
})
