import { describe, expect, it } from 'vitest'
import { SimulationSchema, type SimulateProgressionInput, type Simulation, type SimulationStep } from '../../src/index.js'
import { runSimulation } from '../../src/progression/runSimulation.js'
import { SimulateProgressionInputSchema } from '../../src/progression/simulationScript.js'
import { resolveMovementCase } from '../../src/progression/movementCase.js'
import { CATALOG, hold, reps } from '../support/progressionCases.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const ADVICE = 'Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.'

/** Runs a script (a week of the hip bridge at pain 1 unless told otherwise) at the given session times. */
const run = (change: Partial<SimulateProgressionInput>, times: readonly string[] = ['06:00']): Simulation => {
  const script = SimulateProgressionInputSchema.parse({ intake: CLEAR_INTAKE, movement: 'hip-bridge', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 }, ...change })
  const base = resolveMovementCase(script, CATALOG)
  if (base._tag === 'Left') throw new Error(JSON.stringify(base.left))
  return runSimulation(script, base.right, times)
}
const performed = (simulation: Simulation) => simulation.timeline.filter((step): step is Extract<SimulationStep, { performed: true }> => step.performed)
const actions = (simulation: Simulation) => simulation.timeline.map((step) => (step.performed ? step.action : step.stop))
const backPain = (simulation: Simulation) => simulation.mornings.map((morning) => morning.backPain)

describe('runSimulation: day by day, the engine\'s decisions done at the scripted pain', () => {
  it('runs a week of one session a day, with the whole timeline, the mornings and the summary', () => {
    const simulation = run(
      { movement: 'kettlebell-walk', variant: 'overhead', baselinePain: 2, response: { painDuring: 2, painAfter: 1, flareUps: [{ week: 1, day: 4 }] } },
      ['07:00'],
    )
    const step = (date: string, action: string, count: number, reason: string) => ({
      date,
      time: '07:00',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      performed: true,
      action,
      dose: reps(1, count),
      painDuring: 2,
      reason,
    })
    const holding = 'kettlebell-walk (overhead) is at 1 x 6, rung 2 of 11; the ceiling says hold (see the reasons below).'
    expect(simulation).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      start: '2026-11-02',
      end: '2026-11-08',
      timeline: [
        step('2026-11-02', 'start', 5, 'No kettlebell-walk (overhead) session yet: start at 1 x 5, rung 1 of 11.'),
        step('2026-11-03', 'progress', 6, 'kettlebell-walk (overhead) is at 1 x 5, rung 1 of 11, green and completed: one rung up, to 1 x 6.'),
        step('2026-11-04', 'progress', 7, 'kettlebell-walk (overhead) is at 1 x 6, rung 2 of 11, green and completed: one rung up, to 1 x 7.'),
        step('2026-11-05', 'step-down', 6, 'kettlebell-walk (overhead) went into the red at 1 x 7: one rung down, to 1 x 6.'),
        step('2026-11-06', 'hold', 6, holding),
        step('2026-11-07', 'hold', 6, holding),
        step('2026-11-08', 'hold', 6, holding),
      ],
      mornings: [
        { date: '2026-11-02', backPain: 2 },
        { date: '2026-11-03', backPain: 2 },
        { date: '2026-11-04', backPain: 2 },
        { date: '2026-11-05', backPain: 4 },
        { date: '2026-11-06', backPain: 2 },
        { date: '2026-11-07', backPain: 2 },
        { date: '2026-11-08', backPain: 2 },
      ],
      summary: {
        firstDose: reps(1, 5),
        lastDose: reps(1, 6),
        lastMovement: 'kettlebell-walk',
        sessions: 7,
        stepsUp: 2,
        stepsDown: 1,
        pauses: 0,
        referred: false,
      },
    })
    expect(SimulationSchema.safeParse(simulation).success).toBe(true)
  })

  it('steps down at every session of a flare-up day, all at one rung below the day before\'s', () => {
    const simulation = run({ movement: 'kettlebell-walk', variant: 'overhead', baselinePain: 2, response: { painDuring: 2, flareUps: [{ week: 1, day: 4 }] } }, ['08:00', '13:00', '19:00'])
    const flareUpDay = performed(simulation).filter((step) => step.date === '2026-11-05')
    expect(flareUpDay.map((step) => [step.time, step.action, step.dose])).toEqual([
      ['08:00', 'step-down', reps(1, 6)],
      ['13:00', 'step-down', reps(1, 6)],
      ['19:00', 'step-down', reps(1, 6)],
    ])
    expect(simulation.summary).toMatchObject({ sessions: 21, stepsUp: 2, stepsDown: 3 })
  })

  it('counts pain after a session against the ceiling', () => {
    expect(actions(run({ response: { painDuring: 1, painAfter: 4 } }))).toEqual(['start', 'hold', 'hold', 'hold', 'hold', 'hold', 'hold'])
    expect(actions(run({ response: { painDuring: 1, painAfter: 3 } }))).toEqual(['start', 'progress', 'progress', 'progress', 'progress', 'progress', 'progress'])
  })
})

describe('runSimulation: session slots', () => {
  it('uses no more session times a day than the ladder allows, and ends the day at the first slot it must wait past', () => {
    const simulation = run({}, ['07:30', '12:00', '18:00', '21:00'])
    expect(simulation.timeline.slice(0, 4).map((step) => [step.date, step.time, step.performed && step.action])).toEqual([
      ['2026-11-02', '07:30', 'start'],
      ['2026-11-02', '12:00', 'hold'],
      ['2026-11-02', '18:00', 'hold'],
      ['2026-11-03', '07:30', 'progress'],
    ])
    expect(simulation.summary.sessions).toBe(21)
  })

  it('leaves out the days the deadbug must rest (seed 000: never on consecutive days)', () => {
    const simulation = run({ movement: 'deadbug' }, ['08:00', '13:00', '19:00'])
    expect(simulation.timeline.map((step) => [step.date, step.time])).toEqual([
      ['2026-11-02', '08:00'],
      ['2026-11-04', '08:00'],
      ['2026-11-06', '08:00'],
    ])
    expect(simulation.mornings).toHaveLength(7)
  })
})

describe('runSimulation: the morning checks', () => {
  it('puts a flare-up morning the flare-up rise above baseline, on day 1 of its week unless a day is given', () => {
    const twoWeeks = run({ weeks: 2, baselinePain: 4, response: { painDuring: 1, flareUps: [{ week: 2, day: 3 }, { week: 1 }] } })
    expect(backPain(twoWeeks)).toEqual([6, 4, 4, 4, 4, 4, 4, 4, 4, 6, 4, 4, 4, 4])
    expect(twoWeeks.end).toBe('2026-11-15')
  })

  it('takes the flareUpRise option, and ignores a flare-up in a week the script does not reach', () => {
    expect(backPain(run({ baselinePain: 2, response: { painDuring: 1, flareUps: [{ week: 1, day: 7 }] }, options: { flareUpRise: 1 } }))).toEqual([2, 2, 2, 2, 2, 2, 3])
    expect(backPain(run({ baselinePain: 2, response: { painDuring: 1, flareUps: [{ week: 2, day: 1 }] } }))).toEqual([2, 2, 2, 2, 2, 2, 2])
  })

  it('never puts a morning above 10, and ends the run at a referral with no session done', () => {
    // 9 + 2 is capped at 10, and pain of 8 or more refers: the run stops on its first morning.
    const capped = run({ weeks: 2, baselinePain: 9, response: { painDuring: 1, flareUps: [{ week: 2, day: 3 }, { week: 1 }] } })
    expect(capped).toStrictEqual({
      movement: 'hip-bridge',
      start: '2026-11-02',
      end: '2026-11-15',
      timeline: [
        {
          date: '2026-11-02',
          time: '06:00',
          movement: 'hip-bridge',
          performed: false,
          stop: 'referred',
          reason: `No hip-bridge session yet; the ceiling says stop and see a clinician. ${ADVICE}`,
        },
      ],
      mornings: [{ date: '2026-11-02', backPain: 10 }],
      summary: { lastMovement: 'hip-bridge', sessions: 0, stepsUp: 0, stepsDown: 0, pauses: 0, referred: true },
    })
  })
})

describe('runSimulation: stops', () => {
  it('ends the run the day the ceiling refers, after the sessions done before it', () => {
    const severe = run({ response: { painDuring: 8 } })
    expect(severe.timeline.at(-1)).toStrictEqual({
      date: '2026-11-03',
      time: '06:00',
      movement: 'hip-bridge',
      performed: false,
      stop: 'referred',
      reason: `hip-bridge is at 1 x 5, rung 1 of 11; the ceiling says stop and see a clinician. ${ADVICE}`,
    })
    expect(severe.mornings).toHaveLength(2)
    expect(severe.summary).toStrictEqual({ firstDose: reps(1, 5), lastDose: reps(1, 5), lastMovement: 'hip-bridge', sessions: 1, stepsUp: 0, stepsDown: 0, pauses: 0, referred: true })
  })

  it('rests a paused movement until its resumeOn, then goes on with it', () => {
    const painful = run({ weeks: 3, response: { painDuring: 6 } })
    // Nothing is logged from the pause to the day before resumeOn; the movement is done again on resumeOn.
    expect(painful.timeline.slice(0, 4).map((step) => [step.date, step.performed])).toEqual([
      ['2026-11-02', true],
      ['2026-11-03', true],
      ['2026-11-04', false],
      ['2026-11-11', true],
    ])
    expect(actions(painful).slice(0, 3)).toEqual(['start', 'step-down', 'paused'])
    expect(painful.timeline[2]).toStrictEqual({
      date: '2026-11-04',
      time: '06:00',
      movement: 'hip-bridge',
      performed: false,
      stop: 'paused',
      resumeOn: '2026-11-11',
      reason: 'hip-bridge went into the red repeatedly: pause it until 2026-11-11.',
    })
    expect(painful.mornings).toHaveLength(21)
    // Each resumption steps down: the last session before the pause was red, however long ago (domain.md section 7).
    expect(painful.summary).toMatchObject({ sessions: 6, stepsDown: 5, pauses: 3, referred: false })
  })

  it('resumes a paused movement without a step up, its last session having been red', () => {
    const painful = run({ weeks: 2, response: { painDuring: 6 } })
    const resumed = painful.timeline.find((step) => step.date === '2026-11-11')
    expect(resumed?.performed === true && resumed.action).not.toBe('progress')
  })
})

describe('runSimulation: loads and advances', () => {
  it('carries the scripted starting load on a ladder that adds load, stepping it by the option (seed 000, ACSM 2009)', () => {
    const simulation = run({ movement: 'thoracic-press', weeks: 3, response: { painDuring: 1, loadKg: 20 }, options: { loadStepPercent: 2 } })
    expect(performed(simulation).map((step) => [step.date, step.action, step.dose])).toEqual([
      ['2026-11-02', 'start', reps(2, 8, { loadKg: 20 })],
      ['2026-11-04', 'progress', reps(2, 9, { loadKg: 20 })],
      ['2026-11-09', 'progress', reps(2, 10, { loadKg: 20 })],
      ['2026-11-11', 'progress', reps(2, 8, { loadKg: 20.4 })],
      ['2026-11-16', 'progress', reps(2, 9, { loadKg: 20.4 })],
      ['2026-11-18', 'progress', reps(2, 10, { loadKg: 20.4 })],
    ])
    expect(run({ movement: 'thoracic-press', weeks: 2, response: { painDuring: 1, loadKg: 10 } }).summary.lastDose).toEqual(reps(2, 8, { loadKg: 10.5 }))
  })

  it('puts no load on a ladder that adds none, and no load key when the script gives no load', () => {
    expect(performed(run({ response: { painDuring: 1, loadKg: 20 } })).every((step) => step.dose.kind === 'reps' && !('loadKg' in step.dose))).toBe(true)
    const unloaded = performed(run({ movement: 'thoracic-press', weeks: 8 }))
    expect(unloaded.length).toBeGreaterThan(0)
    for (const step of unloaded) expect(Object.keys(step.dose)).not.toContain('loadKg')
  })

  it('advances to the harder movement at the top of the ladder and goes on with it (seed 000)', () => {
    const simulation = run({ movement: 'deadbug', weeks: 4 }, ['08:00'])
    expect(simulation.timeline.slice(8, 12).map((step) => [step.date, step.movement, step.performed && step.action, step.performed && step.dose])).toEqual([
      ['2026-11-20', 'deadbug', 'progress', hold(60)],
      ['2026-11-23', 'advanced-iso-hold', 'advance', hold(15)],
      ['2026-11-25', 'advanced-iso-hold', 'progress', hold(20)],
      ['2026-11-27', 'advanced-iso-hold', 'progress', hold(25)],
    ])
    expect(simulation.timeline[9]?.reason).toBe('deadbug is at 2 x 60 s, rung 9 of 9: the top. Advance to advanced-iso-hold, starting at 2 x 15 s.')
    expect(simulation).toMatchObject({ movement: 'deadbug', end: '2026-11-29' })
    expect(simulation.summary).toStrictEqual({
      firstDose: hold(20),
      lastDose: hold(25),
      lastMovement: 'advanced-iso-hold',
      sessions: 12,
      stepsUp: 11,
      stepsDown: 0,
      pauses: 0,
      referred: false,
    })
  })
})
