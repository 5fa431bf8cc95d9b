import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_LADDERS,
  movements,
  nextDose,
  parseCatalog,
  simulateProgression,
  type Dose,
  type DoseDecision,
  type MorningCheck,
  type NextDoseInput,
  type SessionLog,
  type Simulation,
} from '../../src/index.js'
import { TODAY, shiftDate } from '../arbitraries/logs.js'

const day = (offset: number) => shiftDate(TODAY, offset)

const decide = (input: Partial<NextDoseInput> & { movement: string }): DoseDecision => {
  const result = nextDose({ history: [], mornings: [], baselinePain: 1, today: TODAY, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a decision, got ${JSON.stringify(result.left)}`)
  return result.right
}
const simulate = (movement: string, weeks: number, response: Record<string, unknown> = { painDuring: 1 }): Simulation => {
  const result = simulateProgression({ movement, start: '2026-11-02', weeks, baselinePain: 1, response: { painDuring: 1, ...response } })
  if (result._tag !== 'Right') throw new Error(`expected a simulation, got ${JSON.stringify(result.left)}`)
  return result.right
}
const performedDoses = (run: Simulation, movement = run.movement) =>
  run.timeline.filter((step) => step.performed && step.movement === movement).map((step) => step.dose)

const log = (offset: number, movement: string, performed: Dose, painDuring = 1, extra: Partial<SessionLog> = {}): SessionLog => ({
  date: day(offset),
  movement,
  performed,
  completed: true,
  painDuring,
  ...extra,
})
const mornings = (...offsets: number[]): MorningCheck[] => offsets.map((offset) => ({ date: day(offset), backPain: 1 }))
const bridge = (reps: number, sets = 1): Dose => ({ kind: 'reps', sets, reps })

describe('nextDose: start doses (domain section 5)', () => {
  it.each<[string, Dose]>([
    ['deadbug', { kind: 'hold', sets: 2, seconds: 20 }],
    ['advanced-iso-hold', { kind: 'hold', sets: 2, seconds: 15 }],
    ['hip-thrust', { kind: 'reps', sets: 1, reps: 20 }],
    ['thoracic-press', { kind: 'reps', sets: 2, reps: 8 }],
    ['hip-bridge', { kind: 'reps', sets: 1, reps: 5 }],
    ['bird-dog', { kind: 'reps', sets: 1, reps: 5, perSide: true }],
    ['back-mobility-warm-up', { kind: 'reps', sets: 1, reps: 10, perSide: true }],
    ['hamstring-mobility-warm-up', { kind: 'reps', sets: 1, reps: 20 }],
    ['progressive-bodyweight-squat', { kind: 'reps', sets: 1, reps: 10 }],
    ['raising-the-roof', { kind: 'reps', sets: 1, reps: 5 }],
  ])('starts %s at %j', (movement, dose) => {
    expect(decide({ movement })).toMatchObject({ action: 'start', dose, nextEarliest: TODAY })
  })

  it('does not start a movement when the ceiling says stop and refer', () => {
    expect(decide({ movement: 'deadbug', mornings: [{ date: TODAY, backPain: 8 }] })).toMatchObject({ action: 'stop-and-refer', dose: { kind: 'hold', sets: 2, seconds: 20 } })
  })

  it('gives every protocol and between-sets movement a ladder, and every assessment movement the rehab ladder', () => {
    for (const movement of movements) expect(decide({ movement: movement.id }).action).toBe('start')
    expect(Object.keys(BUILT_IN_LADDERS).sort()).toEqual(
      movements.filter((movement) => !movement.roles.includes('assessment')).map((movement) => movement.id).sort(),
    )
  })
})

describe('nextDose: the seed ladders, simulated over 8 weeks at pain 1', () => {
  it('climbs the deadbug from a 20-30 s start to 60 s, then advances to the advanced hold', () => {
    const run = simulate('deadbug', 8)
    const holds = performedDoses(run, 'deadbug').map((dose) => (dose.kind === 'hold' ? dose.seconds : -1))
    expect(holds[0]).toBeGreaterThanOrEqual(20)
    expect(holds[0]).toBeLessThanOrEqual(30)
    expect(holds.at(-1)).toBe(60)
    expect([...holds].sort((a, b) => a - b)).toEqual(holds)
    expect(run.timeline.find((step) => step.action === 'advance')).toMatchObject({ movement: 'advanced-iso-hold', dose: { kind: 'hold', sets: 2, seconds: 15 } })
    expect(performedDoses(run, 'deadbug').every((dose) => dose.sets === 2)).toBe(true)
  })

  it('does the deadbug 1-3 times a week and never on consecutive days', () => {
    const dates = simulate('deadbug', 8).timeline.filter((step) => step.performed).map((step) => step.date)
    dates.slice(1).forEach((date, index) => expect(Date.parse(date) - Date.parse(dates[index]!)).toBeGreaterThanOrEqual(2 * 86_400_000))
    dates.forEach((date) => expect(dates.filter((other) => other > shiftDate(date, -7) && other <= date).length).toBeLessThanOrEqual(3))
  })

  it('climbs the hip thrust from 1 x 20 to 3 x 15 with a band and never past it', () => {
    const doses = performedDoses(simulate('hip-thrust', 8))
    expect(doses[0]).toEqual({ kind: 'reps', sets: 1, reps: 20 })
    expect(new Set(doses.map((dose) => JSON.stringify(dose)))).toEqual(new Set(BUILT_IN_LADDERS['hip-thrust'].rungs.map((rung) => JSON.stringify(rung))))
    expect(doses.at(-1)).toEqual({ kind: 'reps', sets: 3, reps: 15, band: true })
  })

  it('keeps the thoracic press at 2 sets of 8-10, twice a week, adding load at the top', () => {
    const run = simulate('thoracic-press', 8, { loadKg: 4 })
    const doses = performedDoses(run)
    for (const dose of doses) expect(dose).toMatchObject({ kind: 'reps', sets: 2, reps: expect.any(Number) })
    expect(doses.every((dose) => dose.kind === 'reps' && dose.reps >= 8 && dose.reps <= 10)).toBe(true)
    expect(doses.map((dose) => (dose.kind === 'reps' ? dose.loadKg : 0)).slice(0, 4)).toEqual([4, 4, 4, 4.2])
    const dates = run.timeline.filter((step) => step.performed).map((step) => step.date)
    dates.forEach((date) => expect(dates.filter((other) => other > shiftDate(date, -7) && other <= date).length).toBeLessThanOrEqual(2))
  })

  it('keeps a rehab movement within 5-10 reps and 1-2 sets, 3 times a day, one step a day at most', () => {
    const run = simulate('hip-bridge', 8)
    for (const dose of performedDoses(run)) {
      expect(dose.kind === 'reps' && dose.reps >= 5 && dose.reps <= 10 && dose.sets >= 1 && dose.sets <= 2).toBe(true)
    }
    const perDay = new Map<string, number>()
    for (const step of run.timeline.filter((entry) => entry.performed)) perDay.set(step.date, (perDay.get(step.date) ?? 0) + 1)
    expect([...perDay.values()].every((count) => count === 3)).toBe(true)
    const stepsPerDay = new Map<string, number>()
    for (const step of run.timeline.filter((entry) => entry.action === 'progress')) stepsPerDay.set(step.date, (stepsPerDay.get(step.date) ?? 0) + 1)
    expect(Math.max(...stepsPerDay.values())).toBe(1)
    expect(performedDoses(run).at(-1)).toEqual({ kind: 'reps', sets: 2, reps: 10 })
  })
})

describe('nextDose: gated by the ceiling', () => {
  const history = [log(-3, 'hip-bridge', bridge(6)), log(-1, 'hip-bridge', bridge(7))]

  it('steps up one rung when the last session was green, completed and settled', () => {
    expect(decide({ movement: 'hip-bridge', history, mornings: mornings(-2, 0) })).toMatchObject({ action: 'progress', dose: bridge(8) })
  })

  it('says a session only awaits its morning check, rather than blaming pain', () => {
    const waiting = decide({ movement: 'hip-bridge', history: [log(0, 'hip-bridge', bridge(7))], mornings: mornings(0) })
    expect(waiting.action).toBe('hold')
    expect(waiting.reasons[0]?.rule).toBe('awaiting-next-morning')
  })

  it('steps every movement down on a flare-up morning, even one not done the day before', () => {
    const deadbug = [log(-3, 'deadbug', { kind: 'hold', sets: 2, seconds: 30 })]
    const flare = decide({ movement: 'deadbug', history: deadbug, mornings: [...mornings(-2), { date: TODAY, backPain: 3 }] })
    expect(flare).toMatchObject({ action: 'step-down', dose: { kind: 'hold', sets: 2, seconds: 25 } })
    const nextDay = decide({ movement: 'deadbug', history: deadbug, mornings: [...mornings(-2), { date: TODAY, backPain: 3 }], today: day(1) })
    expect(nextDay).toMatchObject({ action: 'hold', dose: { kind: 'hold', sets: 2, seconds: 30 } })
  })

  it('steps down once on a flare-up morning, however often it is asked that day', () => {
    const flareUp = [...mornings(-2), { date: TODAY, backPain: 3 }]
    const first = decide({ movement: 'hip-bridge', history, mornings: flareUp })
    expect(first).toMatchObject({ action: 'step-down', dose: bridge(6) })
    // Done at the stepped-down rung after this morning's news: the red still answers yesterday's rung 7.
    const again = [...history, log(0, 'hip-bridge', bridge(6), 1, { time: '08:00' })]
    expect(decide({ movement: 'hip-bridge', history: again, mornings: flareUp })).toMatchObject({ action: 'step-down', dose: bridge(6) })
    // Already further down than that today: stay there. Higher than the day before: still one rung at most.
    const lower = decide({ movement: 'hip-bridge', history: [...history, log(0, 'hip-bridge', bridge(5), 1, { time: '08:00' })], mornings: flareUp })
    expect(lower).toMatchObject({ action: 'step-down', dose: bridge(5) })
    expect(lower.reasons[0]?.message).toBe('hip-bridge went into the red at 1 x 7: stay at 1 x 5, below it.')
    const higher = decide({
      movement: 'hip-bridge',
      history: [log(-1, 'hip-bridge', bridge(5)), log(0, 'hip-bridge', bridge(7), 1, { time: '08:00' })],
      mornings: flareUp,
    })
    expect(higher).toMatchObject({ action: 'step-down', dose: bridge(6) })
    expect(higher.reasons[0]?.message).toBe('hip-bridge went into the red at 1 x 5: one rung down from 1 x 7, to 1 x 6.')
  })

  it('holds an incomplete session, an amber one and one not yet settled', () => {
    const incomplete = [history[0]!, { ...history[1]!, completed: false }]
    expect(decide({ movement: 'hip-bridge', history: incomplete, mornings: mornings(-2, 0) })).toMatchObject({ action: 'hold', dose: bridge(7) })
    const amber = [history[0]!, { ...history[1]!, painDuring: 4 }]
    expect(decide({ movement: 'hip-bridge', history: amber, mornings: mornings(-2, 0) })).toMatchObject({ action: 'hold', dose: bridge(7) })
    expect(decide({ movement: 'hip-bridge', history, mornings: mornings(-2) })).toMatchObject({ action: 'hold', dose: bridge(7) })
  })

  it('steps down one rung on red, and asking again after stepping down does not step down twice', () => {
    const red = [...history.slice(0, 1), log(0, 'hip-bridge', bridge(7), 6, { time: '08:00' })]
    expect(decide({ movement: 'hip-bridge', history: red, mornings: mornings(-2, 0) })).toMatchObject({ action: 'step-down', dose: bridge(6) })
    const steppedDown = [...red, log(0, 'hip-bridge', bridge(6), 2, { time: '13:00' })]
    expect(decide({ movement: 'hip-bridge', history: steppedDown, mornings: mornings(-2, 0) })).toMatchObject({ action: 'step-down', dose: bridge(6) })
    expect(decide({ movement: 'hip-bridge', history: [log(0, 'hip-bridge', bridge(5), 6)], mornings: mornings(0) })).toMatchObject({
      action: 'step-down',
      dose: bridge(5),
    })
  })

  it('pauses on repeated red and names a substitute from the last assessment that scored within the ceiling', () => {
    const red = [log(-3, 'hip-bridge', bridge(7), 6), log(-1, 'hip-bridge', bridge(6), 6)]
    const assessment = {
      date: day(-20),
      results: [
        { movement: 'hip-bridge', pain: 1 },
        { movement: 'cat-camel', pain: 0 },
        { movement: 'single-leg-hip-bridge', pain: 4 },
        { movement: 'side-plank-clam-shell', pain: 2 },
      ],
    }
    const paused = decide({ movement: 'hip-bridge', history: red, mornings: mornings(-2, 0), assessment })
    expect(paused).toMatchObject({ action: 'pause', substitute: { movement: 'side-plank-clam-shell', pain: 2 }, nextEarliest: day(7) })
    expect(decide({ movement: 'hip-bridge', history: red, mornings: mornings(-2, 0) }).substitute).toBeUndefined()
  })

  it('passes stop-and-refer through', () => {
    const severe = [log(-1, 'hip-bridge', bridge(7), 8)]
    expect(decide({ movement: 'hip-bridge', history: severe, mornings: mornings(0) }).action).toBe('stop-and-refer')
    const acrossMovements = [log(-1, 'bird-dog', { kind: 'reps', sets: 1, reps: 5, perSide: true }, 6), log(-1, 'cat-camel', bridge(5), 6)]
    expect(decide({ movement: 'deadbug', history: [log(-4, 'deadbug', { kind: 'hold', sets: 2, seconds: 25 }), ...acrossMovements], mornings: mornings(-3, 0) }).action).toBe(
      'stop-and-refer',
    )
  })
})

describe('nextDose: the top of a ladder', () => {
  it('suggests the harder form at reassessment: hip bridge to single-leg, and the next kettlebell-walk variant', () => {
    const top = decide({ movement: 'hip-bridge', history: [log(-1, 'hip-bridge', bridge(10, 2))], mornings: mornings(0) })
    expect(top).toMatchObject({ action: 'hold', dose: bridge(10, 2), advanceTo: { movement: 'single-leg-hip-bridge' } })
    const walk = decide({
      movement: 'kettlebell-walk',
      variant: 'by-the-side',
      history: [log(-1, 'kettlebell-walk', bridge(10, 2), 1, { variant: 'by-the-side' })],
      mornings: mornings(0),
    })
    expect(walk.advanceTo).toEqual({ movement: 'kettlebell-walk', variant: 'bottoms-up' })
  })

  it('holds at the top of the thoracic press until a load is logged, then adds 2-10%', () => {
    const press = (loadKg?: number): Dose => ({ kind: 'reps', sets: 2, reps: 10, ...(loadKg === undefined ? {} : { loadKg }) })
    expect(decide({ movement: 'thoracic-press', history: [log(-1, 'thoracic-press', press())], mornings: mornings(0) }).reasons[0]?.rule).toBe('needs-load')
    const loaded = decide({ movement: 'thoracic-press', history: [log(-1, 'thoracic-press', press(10))], mornings: mornings(0), options: { loadStepPercent: 10 } })
    expect(loaded).toMatchObject({ action: 'progress', dose: { kind: 'reps', sets: 2, reps: 8, loadKg: 11 } })
  })

  it.each([
    [6, 2, 6.12],
    [1.5, 10, 1.65],
    [4, 5, 4.2],
    [0.5, 2, 0.51],
  ])('keeps a load step of %f kg at %i%% within 2-10%%: %f kg', (loadKg, loadStepPercent, expected) => {
    const press = { kind: 'reps', sets: 2, reps: 10, loadKg } as const
    const decision = decide({ movement: 'thoracic-press', history: [log(-1, 'thoracic-press', press)], mornings: mornings(0), options: { loadStepPercent } })
    expect(decision.dose).toEqual({ kind: 'reps', sets: 2, reps: 8, loadKg: expected })
    const rise = (expected - loadKg) / loadKg
    expect(rise).toBeGreaterThanOrEqual(0.02 - 1e-9)
    expect(rise).toBeLessThanOrEqual(0.1 + 1e-9)
  })

  it('holds at the heaviest load a dose may carry rather than pretend to step', () => {
    const press = { kind: 'reps', sets: 2, reps: 10, loadKg: 500 } as const
    const decision = decide({ movement: 'thoracic-press', history: [log(-1, 'thoracic-press', press)], mornings: mornings(0) })
    expect(decision).toMatchObject({ action: 'hold', dose: press })
    expect(decision.reasons[0]?.rule).toBe('load-at-maximum')
  })
})

describe('nextDose: frequency', () => {
  const hold = (seconds: number): Dose => ({ kind: 'hold', sets: 2, seconds })

  it('never schedules the deadbug on consecutive days, nor a fourth day in 7', () => {
    expect(decide({ movement: 'deadbug', history: [log(0, 'deadbug', hold(20))], mornings: mornings(0) }).nextEarliest).toBe(day(2))
    const threeThisWeek = [log(-5, 'deadbug', hold(20)), log(-3, 'deadbug', hold(25)), log(-1, 'deadbug', hold(30))]
    expect(decide({ movement: 'deadbug', history: threeThisWeek, mornings: mornings(-4, -2, 0) }).nextEarliest).toBe(day(2))
  })

  it('allows three rehab sessions a day, then the next day', () => {
    const today = (count: number) => Array.from({ length: count }, (_, index) => log(0, 'hip-bridge', bridge(5), 1, { time: `0${index + 7}:00` }))
    expect(decide({ movement: 'hip-bridge', history: today(2), mornings: mornings(0) }).nextEarliest).toBe(day(0))
    expect(decide({ movement: 'hip-bridge', history: today(3), mornings: mornings(0) }).nextEarliest).toBe(day(1))
  })
})

describe('nextDose: invalid input', () => {
  const issues = (input: unknown) => {
    const result = nextDose(input as NextDoseInput)
    return result._tag === 'Left' ? result.left.issues : []
  }
  const base = { movement: 'deadbug', history: [], mornings: [], baselinePain: 1, today: TODAY }

  it('names the movement, the variant, the option and the log at fault', () => {
    expect(issues({ ...base, movement: 'handstand' })).toEqual([{ path: 'movement', message: '"handstand" is not a movement of the catalog' }])
    expect(issues({ ...base, variant: 'x' })).toEqual([{ path: 'variant', message: '"deadbug" has no variants' }])
    expect(issues({ ...base, options: { loadStepPercent: 11 } })).toEqual([{ path: 'options.loadStepPercent', message: 'must be at most 10' }])
    expect(issues({ ...base, history: [log(1, 'deadbug', { kind: 'hold', sets: 2, seconds: 20 })] })).toEqual([
      { path: 'history.0.date', message: `is after today (${TODAY})` },
    ])
  })

  it('records a pause and a referral in a simulated timeline, and stops at the referral', () => {
    const painful = simulate('hip-bridge', 2, { painDuring: 6 })
    expect(painful.timeline.map((step) => step.action)).toContain('pause')
    expect(painful.timeline.find((step) => step.action === 'pause')).toMatchObject({ performed: false })
    expect(painful.summary.stopped).toBe(false)
    const severe = simulate('hip-bridge', 2, { painDuring: 8 })
    expect(severe.timeline.at(-1)).toMatchObject({ action: 'stop-and-refer', performed: false })
    expect(severe.summary.stopped).toBe(true)
  })

  it('names every problem of a simulation script, its own fields and the movement options alike', () => {
    const result = simulateProgression({ movement: 'deadbug', start: '2026-02-30', weeks: 53, baselinePain: 1, response: { painDuring: 11 }, options: { loadStepPercent: 1 } })
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: 'start', message: 'must be a calendar date written YYYY-MM-DD' },
      { path: 'weeks', message: 'must be at most 52' },
      { path: 'response.painDuring', message: 'must be at most 10' },
      { path: 'options.loadStepPercent', message: 'must be at least 2' },
    ])
    const unknown = simulateProgression({ movement: 'handstand', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } })
    expect(unknown._tag === 'Left' && unknown.left.issues).toEqual([{ path: 'movement', message: '"handstand" is not a movement of the catalog' }])
  })

  it('refuses a movement of an app catalog that has no ladder', () => {
    const catalog = parseCatalog([
      ...movements,
      { id: 'foam-roll', name: 'Foam roll', description: 'Rolls the back.', roles: ['protocol'], focus: ['lower-back'], dose: { kinds: ['reps'], perSide: false }, variants: [], source: 'our clinic' },
    ])
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    expect(issues({ ...base, movement: 'foam-roll', options: { catalog: catalog.right } })).toEqual([
      { path: 'movement', message: '"foam-roll" has no ladder in the catalog' },
    ])
  })
})
