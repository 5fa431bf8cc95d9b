import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  InvalidInputSchema,
  SimulateProgressionInputSchema,
  SimulationSchema,
  SimulationStepSchema,
  nextDose,
  simulateProgression,
  type Dose,
  type SessionLog,
  type SimulateProgressionInput,
  type Simulation,
  type SimulationStep,
} from '../../src/index.js'
import { anyJson } from '../arbitraries/json.js'
import { shiftDate } from '../arbitraries/logs.js'
import { expectPure } from '../support/expectPure.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'
import { hold, reps } from '../support/progressionCases.js'
import { LADDER_MOVEMENTS } from '../support/progressionHistories.js'
import { CLEAR_INTAKE, clearedIntakeArbitrary, flaggedIntake, referralOf } from '../arbitraries/intake.js'

type Done = Extract<SimulationStep, { performed: true }>

const script = { intake: CLEAR_INTAKE, movement: 'hip-bridge', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } } as const

const simulate = (change: Partial<SimulateProgressionInput>): Simulation => {
  const result = simulateProgression({ ...script, ...change })
  if (result._tag !== 'Right') throw new Error(`expected a simulation, got ${JSON.stringify(result.left)}`)
  return result.right
}
const done = (simulation: Simulation, movement = simulation.movement): Done[] =>
  simulation.timeline.filter((step): step is Done => step.performed && step.movement === movement)
const doses = (simulation: Simulation, movement?: string): Dose[] => done(simulation, movement).map((step) => step.dose)
const issues = (input: unknown) => {
  const result = simulateProgression(input as SimulateProgressionInput)
  return result._tag === 'Left' && result.left._tag === 'InvalidInput' ? result.left.issues : result
}
/** Whether no 7-day span holds more than `max` of the dates. */
const atMostPerWeek = (dates: readonly string[], max: number): boolean =>
  dates.every((date) => dates.filter((other) => other > shiftDate(date, -7) && other <= date).length <= max)
/** Whether consecutive dates are at least `days` apart. */
const apart = (dates: readonly string[], days: number): boolean => dates.slice(1).every((date, index) => date >= shiftDate(dates[index]!, days))

describe('simulateProgression: a day after an advance', () => {
  it('keeps the slots the day began with, even when the movement advanced to is done more often a day', () => {
    // The advanced hold twice a day: the day of the advance still has the deadbug's one slot.
    const catalog = BUILT_IN_CATALOG.map((movement) =>
      movement.id === 'advanced-iso-hold' && movement.ladder !== undefined ? { ...movement, ladder: { ...movement.ladder, frequency: { ...movement.ladder.frequency, perDay: 2 } } } : movement,
    )
    const result = simulateProgression({ intake: CLEAR_INTAKE, movement: 'deadbug', start: '2026-11-02', weeks: 8, baselinePain: 1, response: { painDuring: 1 }, options: { catalog } })
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
    const advance = result.right.timeline.find((step) => step.performed && step.action === 'advance')
    expect(advance).toBeDefined()
    expect(result.right.timeline.filter((step) => step.date === advance!.date && step.performed)).toHaveLength(1)
    // Days after it have the advanced hold's two slots.
    expect(result.right.timeline.some((step) => step.date > advance!.date && step.time === '13:00')).toBe(true)
  })
})

describe('simulateProgression: the seed ladders over 8 weeks at pain 1 (seed 000, seed 004, domain section 5)', () => {
  const eightWeeks = (movement: string, response: SimulateProgressionInput['response'] = { painDuring: 1 }) => simulate({ movement, weeks: 8, response })

  it('climbs the deadbug from 2 x 20 s by 5 s a green session to 2 x 60 s, then advances to the advanced hold at 2 x 15 s', () => {
    const simulation = eightWeeks('deadbug')
    expect(doses(simulation, 'deadbug')).toEqual([20, 25, 30, 35, 40, 45, 50, 55, 60].map((seconds) => hold(seconds)))
    const advance = simulation.timeline.find((step) => step.performed && step.action === 'advance')
    expect(advance).toMatchObject({ movement: 'advanced-iso-hold', dose: hold(15) })
    // The advanced hold starts low again and climbs to its own top, where it stays.
    expect(doses(simulation, 'advanced-iso-hold').slice(0, 3)).toEqual([hold(15), hold(20), hold(25)])
    expect(simulation.summary).toMatchObject({ firstDose: hold(20), lastDose: hold(60), lastMovement: 'advanced-iso-hold', stepsDown: 0, pauses: 0, referred: false })
  })

  it('does the deadbug and the advanced hold 1-3 times a week, never on consecutive days', () => {
    const dates = simulate({ movement: 'deadbug', weeks: 8 }).timeline.map((step) => step.date)
    expect(apart(dates, 2)).toBe(true)
    expect(atMostPerWeek(dates, 3)).toBe(true)
    expect(dates.filter((date) => date < '2026-11-09')).toHaveLength(3)
  })

  it('climbs the hip thrust 1 x 20, 2 x 15, 3 x 15, 2 x 15 with a band, 3 x 15 with a band, and stays there', () => {
    const all = doses(eightWeeks('hip-thrust'))
    expect(all.slice(0, 5)).toEqual([reps(1, 20), reps(2, 15), reps(3, 15), reps(2, 15, { band: true }), reps(3, 15, { band: true })])
    expect(all.slice(5).every((dose) => JSON.stringify(dose) === JSON.stringify(reps(3, 15, { band: true })))).toBe(true)
  })

  it('keeps the thoracic press at 2 sets of 8-10, twice a week, with a 5% load step back to 8 at 2 x 10', () => {
    const simulation = eightWeeks('thoracic-press', { painDuring: 1, loadKg: 4 })
    const all = doses(simulation)
    expect(all.every((dose) => dose.kind === 'reps' && dose.sets === 2 && dose.reps >= 8 && dose.reps <= 10)).toBe(true)
    expect(all.slice(0, 5)).toEqual([reps(2, 8, { loadKg: 4 }), reps(2, 9, { loadKg: 4 }), reps(2, 10, { loadKg: 4 }), reps(2, 8, { loadKg: 4.2 }), reps(2, 9, { loadKg: 4.2 })])
    const dates = simulation.timeline.map((step) => step.date)
    expect(atMostPerWeek(dates, 2)).toBe(true)
    expect(apart(dates, 2)).toBe(true)
  })

  it.each<[string, Dose[]]>([
    ['back-mobility-warm-up', [10, 11, 12, 13, 14, 15].map((count) => reps(1, count, { perSide: true }))],
    ['hamstring-mobility-warm-up', [reps(1, 20)]],
    ['progressive-bodyweight-squat', [10, 12, 14, 16, 18, 20].map((count) => reps(1, count))],
    // Seed 004: about 5 reps, each held 1-2 s: a second at the top, then two.
    ['raising-the-roof', [reps(1, 5, { holdSeconds: 1 }), reps(1, 5, { holdSeconds: 2 })]],
  ])('takes %s through its range and keeps it at the top', (movement, range) => {
    const all = doses(simulate({ movement, weeks: 2 }))
    expect(all.slice(0, range.length)).toEqual(range)
    expect(all.slice(range.length).every((dose) => JSON.stringify(dose) === JSON.stringify(range.at(-1)))).toBe(true)
  })

  it('keeps a rehab movement at 1-2 sets of 5-10, three times a day, one step up a day at most, to 2 x 10 and its harder form', () => {
    const simulation = eightWeeks('hip-bridge')
    const steps = done(simulation)
    expect(steps.every((step) => step.dose.kind === 'reps' && step.dose.reps >= 5 && step.dose.reps <= 10 && step.dose.sets >= 1 && step.dose.sets <= 2)).toBe(true)
    const perDay = new Map<string, number>()
    for (const step of steps) perDay.set(step.date, (perDay.get(step.date) ?? 0) + 1)
    expect([...perDay.values()].every((count) => count === 3)).toBe(true)
    expect(perDay.size).toBe(56)
    const upsPerDay = new Map<string, number>()
    for (const step of steps.filter((entry) => entry.action === 'progress')) upsPerDay.set(step.date, (upsPerDay.get(step.date) ?? 0) + 1)
    expect(Math.max(...upsPerDay.values())).toBe(1)
    expect(simulation.summary).toMatchObject({ firstDose: reps(1, 5), lastDose: reps(2, 10), stepsUp: 10 })
    expect(steps.at(-3)?.reason).toBe('hip-bridge is at 2 x 10, rung 11 of 11: the top. Keep it there and try single-leg-hip-bridge at the next reassessment.')
  })
})

describe('simulateProgression: sessions and stops', () => {
  it('uses the morning, midday and evening slots by default, and the sessionTimes option when given', () => {
    expect(simulate({}).timeline.slice(0, 3).map((step) => step.time)).toEqual(['08:00', '13:00', '19:00'])
    expect(simulate({ options: { sessionTimes: ['06:15'] } }).timeline.map((step) => step.time)).toEqual(Array(7).fill('06:15'))
  })

  it('records a pause without a dose, rests the movement, and goes on', () => {
    const painful = simulate({ weeks: 2, response: { painDuring: 6 } })
    const pauses = painful.timeline.filter((step) => !step.performed)
    expect(pauses.map((step) => [step.date, !step.performed && step.stop, !step.performed && step.resumeOn])).toEqual([
      ['2026-11-02', 'paused', '2026-11-09'],
      ['2026-11-09', 'paused', '2026-11-16'],
    ])
    for (const step of pauses) expect('dose' in step).toBe(false)
    expect(painful.summary).toMatchObject({ pauses: 2, referred: false })
  })

  it('records a referral without a dose and stops there', () => {
    const severe = simulate({ weeks: 2, response: { painDuring: 8 } })
    expect(severe.timeline.at(-1)).toMatchObject({ date: '2026-11-02', time: '13:00', performed: false, stop: 'referred' })
    expect('resumeOn' in severe.timeline.at(-1)!).toBe(false)
    expect(severe.summary).toMatchObject({ sessions: 1, pauses: 0, referred: true })
  })

  it('takes the variant and the assessment of the script', () => {
    const walk = simulate({ movement: 'kettlebell-walk', variant: 'overhead', response: { painDuring: 6 }, assessment: { date: '2026-10-30', results: [{ movement: 'bird-dog', pain: 1 }] } })
    expect(walk).toMatchObject({ movement: 'kettlebell-walk', variant: 'overhead' })
    expect(walk.timeline.find((step) => !step.performed)?.reason).toBe(
      'kettlebell-walk (overhead) went into the red repeatedly: pause it until 2026-11-09 and do bird-dog instead (it scored 1/10 at the last assessment).',
    )
  })
})

describe('simulateProgression: the intake is screened first', () => {
  it('refers an intake with an emergency red flag: no run, and so no dose', () => {
    const result = simulateProgression({ ...script, intake: flaggedIntake() })
    expect(result).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' } })
  })

  it('refers it also when the rest of the script is malformed or missing', () => {
    for (const input of [{ intake: flaggedIntake() }, { ...script, intake: flaggedIntake(), movement: 'handstand', weeks: 53, extra: 1 }, { ...script, intake: flaggedIntake(), response: null }]) {
      expect(simulateProgression(input as SimulateProgressionInput)).toEqual({ _tag: 'Left', left: referralOf(flaggedIntake()) })
    }
  })

  it('lists an invalid intake under intake, first, with the other problems', () => {
    expect(issues({ ...script, intake: { ...CLEAR_INTAKE, age: 121 }, weeks: 0, movement: 'handstand' })).toEqual([
      { code: 'too_big', path: ['intake', 'age'], message: 'must be at most 120' },
      { code: 'too_small', path: ['weeks'], message: 'must be at least 1' },
      { code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' },
    ])
  })

  it('runs as before for any intake the screening clears', () => {
    expect(simulate({ movement: 'hip-thrust', weeks: 2 }).summary).toMatchObject({ firstDose: reps(1, 20), lastDose: reps(3, 15, { band: true }) })
    fc.assert(
      fc.property(clearedIntakeArbitrary, (intake) => {
        expect(simulateProgression({ ...script, intake })).toEqual(simulateProgression(script))
      }),
      { numRuns: 20 },
    )
  })
})

describe('simulateProgression: invalid scripts', () => {
  it('names every problem of the script\'s own fields and options', () => {
    expect(issues({ movement: 'deadbug', start: '2026-02-30', weeks: 53, baselinePain: 1, response: { painDuring: 11 }, options: { loadStepPercent: 1 } })).toEqual([
      { code: 'required', path: ['intake'], message: 'is required' },
      { code: 'invalid_format', path: ['start'], message: 'must be a calendar date written YYYY-MM-DD' },
      { code: 'too_big', path: ['weeks'], message: 'must be at most 52' },
      { code: 'too_big', path: ['response', 'painDuring'], message: 'must be at most 10' },
      { code: 'too_small', path: ['options', 'loadStepPercent'], message: 'must be at least 2' },
    ])
  })

  it('names a movement, a variant, an assessment or a catalog it cannot use', () => {
    expect(issues({ ...script, movement: 'handstand' })).toEqual([{ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }])
    expect(issues({ ...script, variant: 'banded' })).toEqual([{ code: 'not_in_catalog', path: ['variant'], message: '"hip-bridge" has no variants' }])
    expect(issues({ ...script, assessment: { date: '2026-11-02', results: [{ movement: 'deadbug', pain: 1 }] } })).toEqual([
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' },
    ])
    expect(issues({ ...script, options: { catalog: 'mine' } })).toEqual([{ code: 'invalid_type', path: ['options', 'catalog'], message: 'must be a list' }])
  })

  it('answers a script that is not an object at the root, and names a missing field', () => {
    expect(issues(null)).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
    expect(issues('hip-bridge')).toEqual([{ code: 'invalid_type', path: [], message: 'must be an object' }])
    const { response: _response, ...missing } = script
    expect(issues(missing)).toEqual([{ code: 'required', path: ['response'], message: 'is required' }])
  })

  it('lists the script\'s problems beside those of its variant and its assessment', () => {
    expect(
      issues({
        ...script,
        variant: 'banded',
        response: { painDuring: 1, flareUps: [{ week: 53 }] },
        options: { sessionTimes: ['8am'] },
        assessment: { date: '2026-11-02', results: [{ movement: 'deadbug', pain: 1 }] },
      }),
    ).toEqual([
      { code: 'too_big', path: ['response', 'flareUps', 0, 'week'], message: 'must be at most 52' },
      { code: 'invalid_format', path: ['options', 'sessionTimes', 0], message: 'must be a time written HH:mm, 00:00 to 23:59' },
      { code: 'not_in_catalog', path: ['variant'], message: '"hip-bridge" has no variants' },
      { code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' },
    ])
  })

  it('lists a bad catalog option beside the script\'s own problems', () => {
    expect(issues({ ...script, weeks: 0, options: { catalog: 'mine' } })).toEqual([
      { code: 'too_small', path: ['weeks'], message: 'must be at least 1' },
      { code: 'invalid_type', path: ['options', 'catalog'], message: 'must be a list' },
    ])
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_, value) => {
    for (const input of [value, { ...script, response: value }, { ...script, options: value }]) {
      const result = simulateProgression(input as SimulateProgressionInput)
      expect(result._tag === 'Left' && result.left._tag).toBe('InvalidInput')
    }
    expect(prototypeIsClean()).toBe(true)
  })
})

describe('simulateProgression: its schemas', () => {
  it('describes its script, with each bound of weeks, load, flare-ups and session times', () => {
    const accepts = (change: object) => SimulateProgressionInputSchema.safeParse({ ...script, ...change }).success
    const response = (change: object) => ({ response: { painDuring: 1, ...change } })
    expect(accepts({})).toBe(true)
    expect(accepts({ weeks: 0 })).toBe(false)
    expect(accepts({ weeks: 52 })).toBe(true)
    expect(accepts(response({ loadKg: 0 }))).toBe(false)
    expect(accepts(response({ loadKg: 500 }))).toBe(true)
    expect(accepts(response({ loadKg: 500.5 }))).toBe(false)
    expect(accepts(response({ painAfter: 11 }))).toBe(false)
    expect(accepts(response({ flareUps: [{ week: 1, day: 7 }] }))).toBe(true)
    expect(accepts(response({ flareUps: [{ week: 1, day: 8 }] }))).toBe(false)
    expect(accepts(response({ flareUps: [{ week: 1, day: 0 }] }))).toBe(false)
    expect(accepts(response({ flareUps: [{ week: 0 }] }))).toBe(false)
    expect(accepts(response({ flareUps: Array(364).fill({ week: 1 }) }))).toBe(true)
    expect(accepts(response({ flareUps: Array(365).fill({ week: 1 }) }))).toBe(false)
    expect(accepts(response({ extra: 1 }))).toBe(false)
    expect(accepts({ options: { sessionTimes: [] } })).toBe(false)
    expect(accepts({ options: { sessionTimes: Array(10).fill('08:00') } })).toBe(true)
    expect(accepts({ options: { sessionTimes: Array(11).fill('08:00') } })).toBe(false)
    expect(accepts({ sessionTimes: ['08:00'] })).toBe(false)
  })

  it('describes a simulation, with or without a first and last dose', () => {
    const simulation = simulate({})
    expect(SimulationSchema.safeParse(simulation).success).toBe(true)
    const { firstDose: _first, lastDose: _last, ...bare } = simulation.summary
    expect(SimulationSchema.safeParse({ ...simulation, summary: bare }).success).toBe(true)
    expect(SimulationSchema.safeParse({ ...simulation, summary: { ...simulation.summary, sessions: -1 } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...simulation, summary: { ...simulation.summary, stepsUp: 0.5 } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...simulation, summary: { ...simulation.summary, pauses: -1 } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...simulation, summary: { ...simulation.summary, referred: 'no' } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...simulation, end: 'later' }).success).toBe(false)
  })

  it('describes a step done, with its dose, and a stop, without one', () => {
    const step = simulate({}).timeline[0]!
    expect(SimulationStepSchema.safeParse(step).success).toBe(true)
    expect(SimulationStepSchema.safeParse({ ...step, time: '8:00' }).success).toBe(false)
    expect(SimulationStepSchema.safeParse({ ...step, action: 'pause' }).success).toBe(false)
    const stop = { date: '2026-11-02', time: '08:00', movement: 'hip-bridge', performed: false, reason: 'paused' }
    expect(SimulationStepSchema.safeParse({ ...stop, stop: 'paused', resumeOn: '2026-11-09' }).success).toBe(true)
    expect(SimulationStepSchema.safeParse({ ...stop, stop: 'referred' }).success).toBe(true)
    expect(SimulationStepSchema.safeParse({ ...stop, stop: 'rested' }).success).toBe(false)
    expect(SimulationStepSchema.safeParse({ ...stop, stop: 'paused', dose: reps(1, 5) }).success).toBe(false)
  })
})

describe('simulateProgression: properties', () => {
  it('decides as nextDose does when the timeline is replayed from the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LADDER_MOVEMENTS),
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
        fc.nat(),
        (subject, painDuring, flareUpWeeks, pick) => {
          const simulation = simulate({ ...subject, start: '2026-10-05', weeks: 4, response: { painDuring, flareUps: flareUpWeeks.map((week) => ({ week, day: 2 })) } })
          const index = pick % simulation.timeline.length
          const step = simulation.timeline[index]!
          const sessions: SessionLog[] = simulation.timeline
            .slice(0, index)
            .flatMap((earlier) =>
              earlier.performed
                ? [{ date: earlier.date, time: earlier.time, movement: earlier.movement, ...(earlier.variant === undefined ? {} : { variant: earlier.variant }), performed: earlier.dose, completed: true, painDuring: earlier.painDuring }]
                : [],
            )
          // An advance is decided for the movement before it; every other step for its own movement.
          const decidedFor = step.performed && step.action === 'advance' ? { movement: sessions.at(-1)!.movement } : { movement: step.movement, ...(step.variant === undefined ? {} : { variant: step.variant }) }
          const replayed = nextDose({ intake: CLEAR_INTAKE, ...decidedFor, sessions, mornings: simulation.mornings.filter((morning) => morning.date <= step.date), baselinePain: 1, today: step.date })
          if (step.performed) {
            expect(replayed._tag === 'Right' && { action: replayed.right.action, dose: replayed.right.dose }).toEqual({ action: step.action, dose: step.dose })
          } else {
            expect(replayed._tag === 'Left' && replayed.left._tag).toBe(step.stop === 'paused' ? 'Paused' : 'Referral')
            expect(replayed._tag === 'Left' && replayed.left._tag === 'Paused' ? replayed.left.resumeOn : undefined).toBe(step.resumeOn)
          }
        },
      ),
      { numRuns: 100 },
    )
  })

  it('is pure: the same script gives the same simulation, which passes its own schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LADDER_MOVEMENTS), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 3 }), (subject, painDuring, weeks) => {
        const result = expectPure(simulateProgression, { ...script, ...subject, weeks, response: { painDuring } }, SimulationSchema)
        expect(result._tag).toBe('Right')
      }),
      { numRuns: 30 },
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        const result = simulateProgression(input as SimulateProgressionInput)
        expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
