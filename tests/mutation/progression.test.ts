// Pins the exact output of the soreness check, the ceiling's input rules, the ladders and the simulation.
import { describe, expect, it } from 'vitest'
import {
  CEILING_ACTIONS,
  CeilingActionSchema,
  CeilingOptionsSchema,
  CeilingVerdictSchema,
  DoseActionSchema,
  DoseDecisionSchema,
  EvaluateCeilingInputSchema,
  LocalTimeSchema,
  MAX_SORENESS_HOURS,
  MorningCheckSchema,
  MovementVerdictSchema,
  NextDoseInputSchema,
  NextDoseOptionsSchema,
  SessionLogSchema,
  SimulateProgressionInputSchema,
  SimulationSchema,
  SimulationStepSchema,
  SorenessClassificationSchema,
  SorenessReportSchema,
  SorenessVerdictSchema,
  ZoneSchema,
  classifySoreness,
  evaluateCeiling,
  findMovement,
  ladderOf,
  movements,
  nextDose,
  parseCatalog,
  rehabLadder,
  simulateProgression,
  type EvaluateCeilingInput,
  type NextDoseInput,
  type SimulateProgressionInput,
  type Simulation,
  type SorenessReport,
} from '../../src/index.js'
import { sorenessReport } from '../support/fixtures.js'

const SORENESS_SOURCE = 'delayed-onset muscle soreness: Cheung, Hume, Maxwell 2003, Sports Medicine'

const classify = (change: Partial<SorenessReport>) => {
  const result = classifySoreness({ ...sorenessReport, ...change })
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('classifySoreness: what the person reads', () => {
  it('explains expected soreness as a dull ache or a tightness, with the hours and the peak', () => {
    expect(classify({})).toEqual({
      classification: 'expected-soreness',
      reasons: [
        {
          rule: 'expected-soreness',
          message: 'A dull ache in the muscle that worked, 30 hours after exercise, not at rest: expected soreness.',
          value: 30,
          limit: 72,
          source: SORENESS_SOURCE,
        },
      ],
    })
    expect(classify({ character: 'tight', hoursSinceExercise: 0 }).reasons[0]?.message).toBe(
      'A tightness in the muscle that worked, 0 hours after exercise, not at rest: expected soreness.',
    )
  })

  it('lists every sign, the clinician signs first, each with its own message and only the timed ones with a limit', () => {
    expect(
      classify({
        location: 'radiating',
        character: 'electric',
        hoursSinceExercise: 200,
        atRest: true,
        disturbsSleep: true,
        trend: 'worse',
        numbnessOrTingling: true,
      }),
    ).toStrictEqual({
      classification: 'see-clinician',
      reasons: [
        {
          rule: 'numbness-or-tingling',
          message: 'Radiating pain with numbness or tingling can mean an irritated nerve: see a clinician before exercising again.',
          value: 'radiating',
          source: SORENESS_SOURCE,
        },
        {
          rule: 'outlasts-soreness',
          message: 'Still there 200 hours after exercise; soreness is gone within about 168 hours (5-7 days).',
          value: 200,
          limit: 168,
          source: SORENESS_SOURCE,
        },
        { rule: 'pain-character', message: 'A electric pain is not the dull ache of soreness.', value: 'electric', source: SORENESS_SOURCE },
        { rule: 'pain-location', message: 'Pain in the leg or arm, radiating is not soreness in a muscle that worked.', value: 'radiating', source: SORENESS_SOURCE },
        { rule: 'pain-at-rest', message: 'Soreness is felt on stretch, contraction or pressure, not at rest.', value: true, source: SORENESS_SOURCE },
        { rule: 'disturbs-sleep', message: 'Pain that disturbs sleep is not ordinary soreness.', value: true, source: SORENESS_SOURCE },
        {
          rule: 'not-improving',
          message: 'Getting worse 200 hours after exercise; soreness peaks by 72 hours and then improves.',
          value: 'worse',
          limit: 72,
          source: SORENESS_SOURCE,
        },
      ],
    })
  })

  it('words numbness away from a radiating pain as a nerve sign too', () => {
    expect(classify({ numbnessOrTingling: true, location: 'joint' })).toEqual({
      classification: 'see-clinician',
      reasons: [
        {
          rule: 'numbness-or-tingling',
          message: 'Numbness or tingling is not muscle soreness and can mean an irritated nerve: see a clinician before exercising again.',
          value: 'joint',
          source: SORENESS_SOURCE,
        },
        { rule: 'pain-location', message: 'Pain in the joint is not soreness in a muscle that worked.', value: 'joint', source: SORENESS_SOURCE },
      ],
    })
  })

  it('gives only the warning signs when no clinician sign is present', () => {
    expect(classify({ location: 'spine', hoursSinceExercise: 80 })).toEqual({
      classification: 'warning-pain',
      reasons: [
        { rule: 'pain-location', message: 'Pain in the spine is not soreness in a muscle that worked.', value: 'spine', source: SORENESS_SOURCE },
        {
          rule: 'not-improving',
          message: 'No better 80 hours after exercise; soreness peaks by 72 hours and then improves.',
          value: 'same',
          limit: 72,
          source: SORENESS_SOURCE,
        },
      ],
    })
    expect(classify({ character: 'burning' }).reasons).toEqual([
      { rule: 'pain-character', message: 'A burning pain is not the dull ache of soreness.', value: 'burning', source: SORENESS_SOURCE },
    ])
  })

  it('accepts a report up to a year after exercise', () => {
    expect(MAX_SORENESS_HOURS).toBe(8760)
    expect(classify({ hoursSinceExercise: 8760, trend: 'improving' }).classification).toBe('see-clinician')
    const late = classifySoreness({ ...sorenessReport, hoursSinceExercise: 8761 })
    expect(late).toEqual({ _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ path: 'hoursSinceExercise', message: 'must be at most 8760' }] } })
    expect(SorenessReportSchema.safeParse({ ...sorenessReport, note: '' }).success).toBe(false)
    expect(SorenessReportSchema.safeParse({ ...sorenessReport, atRest: 'no' }).success).toBe(false)
  })

  it('describes its verdict as a schema with at least one reason', () => {
    const verdict = classify({})
    expect(SorenessVerdictSchema.safeParse(verdict).success).toBe(true)
    expect(SorenessVerdictSchema.safeParse({ ...verdict, reasons: [] }).success).toBe(false)
    expect(SorenessClassificationSchema.options).toEqual(['expected-soreness', 'warning-pain', 'see-clinician'])
  })
})

const TODAY = '2026-11-21'
const hipBridge = (date: string, painDuring: number) => ({
  date,
  movement: 'hip-bridge',
  performed: { kind: 'reps', sets: 1, reps: 5 } as const,
  completed: true,
  painDuring,
})

describe('evaluateCeiling: options and logs', () => {
  const verdict = (input: Partial<EvaluateCeilingInput>) => {
    const result = evaluateCeiling({ sessions: [], mornings: [], baselinePain: 1, today: TODAY, ...input })
    if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
    return result.right
  }
  const issues = (input: unknown) => {
    const result = evaluateCeiling(input as EvaluateCeilingInput)
    return result._tag === 'Left' ? result.left.issues : []
  }
  const base = { sessions: [], mornings: [], baselinePain: 1, today: TODAY }

  it.each([
    [{ painCeiling: -1 }, 'options.painCeiling', 'must be at least 0'],
    [{ weeklyRise: 0 }, 'options.weeklyRise', 'must be at least 1'],
    [{ painCeiling: 2.5 }, 'options.painCeiling', 'must be a whole number'],
  ])('keeps options within their bounds: %j', (options, path, message) => {
    expect(issues({ ...base, options })).toEqual([{ path, message }])
  })

  it('accepts each option at its bounds', () => {
    for (const options of [{ painCeiling: 0 }, { painCeiling: 5 }, { flareUpRise: 1 }, { weeklyRise: 2 }, { referPain: 6 }, { referPain: 8 }]) {
      expect(CeilingOptionsSchema.safeParse(options).success).toBe(true)
      expect(evaluateCeiling({ ...base, options })._tag).toBe('Right')
    }
  })

  it('uses each option on its own and keeps the defaults of the others', () => {
    const day = [hipBridge('2026-11-20', 6)]
    const mornings = [{ date: '2026-11-21', backPain: 1 }]
    expect(verdict({ sessions: day, mornings }).action).not.toBe('stop-and-refer')
    expect(verdict({ sessions: day, mornings, options: { referPain: 6 } }).action).toBe('stop-and-refer')
    expect(verdict({ sessions: [hipBridge('2026-11-20', 4)], mornings, options: { painCeiling: 4 } }).zone).toBe('green')
    expect(verdict({ sessions: [hipBridge('2026-11-20', 4)], mornings }).zone).toBe('amber')
    const risen = [{ date: '2026-11-21', backPain: 2 }]
    expect(verdict({ mornings: risen }).flareUp).toBe(false)
    expect(verdict({ mornings: risen, options: { flareUpRise: 1 } }).flareUp).toBe(true)
  })

  it('names a catalog option it cannot use', () => {
    const result = issues({ ...base, options: { catalog: 'mine' } })
    expect(result.length).toBeGreaterThan(0)
    expect(result.every((issue) => issue.path.startsWith('options.catalog'))).toBe(true)
  })

  it('names a dose kind that a movement with two kinds does not take', () => {
    const session = { date: '2026-11-20', movement: 'kettlebell-walk', performed: { kind: 'hold', sets: 1, seconds: 20 }, completed: true, painDuring: 1 }
    expect(issues({ ...base, sessions: [session] })).toEqual([
      { path: 'sessions.0.performed.kind', message: '"kettlebell-walk" is dosed as reps or distance, not hold' },
    ])
  })

  it('accepts a log dated today and three morning checks on three days', () => {
    expect(
      issues({
        ...base,
        sessions: [hipBridge(TODAY, 1)],
        mornings: [
          { date: '2026-11-19', backPain: 1 },
          { date: '2026-11-20', backPain: 1 },
          { date: TODAY, backPain: 1 },
        ],
      }),
    ).toEqual([])
  })

  it('names a third check on a morning that already has one, after the first', () => {
    const check = { date: '2026-11-20', backPain: 1 }
    expect(issues({ ...base, mornings: [{ date: '2026-11-19', backPain: 1 }, check, check, check] })).toEqual([
      { path: 'mornings.2.date', message: '2026-11-20 already has a morning check, at mornings.1' },
      { path: 'mornings.3.date', message: '2026-11-20 already has a morning check, at mornings.1' },
    ])
  })

  it('describes its input and its verdict as schemas', () => {
    expect(EvaluateCeilingInputSchema.safeParse(base).success).toBe(true)
    expect(EvaluateCeilingInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false)
    expect(EvaluateCeilingInputSchema.safeParse({ ...base, options: { referPain: 9 } }).success).toBe(false)
    const result = verdict({ sessions: [hipBridge('2026-11-20', 1)], mornings: [{ date: TODAY, backPain: 1 }] })
    expect(CeilingVerdictSchema.safeParse(result).success).toBe(true)
    expect(CeilingVerdictSchema.safeParse({ ...result, progressionLockedUntil: '2026-11-31' }).success).toBe(false)
    expect(CeilingVerdictSchema.safeParse({ ...result, progressionLockedUntil: '2026-11-30' }).success).toBe(true)
    expect(CeilingVerdictSchema.safeParse({ ...result, flareUp: 'no' }).success).toBe(false)
    expect(MovementVerdictSchema.safeParse(result.movements[0]).success).toBe(true)
    expect(MovementVerdictSchema.safeParse({ ...result.movements[0], zone: 'yellow' }).success).toBe(false)
    expect(ZoneSchema.options).toEqual(['green', 'amber', 'red'])
    expect(CEILING_ACTIONS).toEqual(['progress', 'hold', 'step-down', 'pause', 'stop-and-refer'])
    expect(CeilingActionSchema.options).toEqual([...CEILING_ACTIONS])
  })

  it('describes a session log and a morning check as schemas', () => {
    const session = hipBridge(TODAY, 1)
    expect(SessionLogSchema.safeParse({ ...session, time: '08:00', variant: 'x', painAfter: 0 }).success).toBe(true)
    expect(SessionLogSchema.safeParse({ ...session, completed: 'yes' }).success).toBe(false)
    expect(SessionLogSchema.safeParse({ ...session, painAfter: 11 }).success).toBe(false)
    expect(SessionLogSchema.safeParse({ ...session, movement: '' }).success).toBe(false)
    expect(MorningCheckSchema.safeParse({ date: TODAY, backPain: 0, stiffness: 10 }).success).toBe(true)
    expect(MorningCheckSchema.safeParse({ date: TODAY, backPain: 0, stiffness: 11 }).success).toBe(false)
    expect(MorningCheckSchema.safeParse({ date: TODAY }).success).toBe(false)
  })
})

describe('the sources behind each reason', () => {
  const PAIN_MONITORING = 'pain-monitoring model: Silbernagel, Thomeé, Eriksson, Karlsson 2007, Am J Sports Med 35:897'
  const MEANINGFUL_CHANGE = 'NPRS minimal important change about 2 points: Childs et al. 2005, Spine; Farrar et al. 2001, Pain'
  const CEILING_METHOD = 'seed 002: the "Ceiling Method" keeps pain under control and flare-ups at bay in the days after'

  it('cites the pain-monitoring model, the meaningful change and the method in a verdict', () => {
    const session = { ...hipBridge('2026-11-20', 4), time: '08:00' }
    expect(evaluateCeiling({ sessions: [session], mornings: [{ date: TODAY, backPain: 2 }], baselinePain: 1, today: TODAY })).toEqual({
      _tag: 'Right',
      right: {
        zone: 'amber',
        action: 'hold',
        flareUp: false,
        movements: [
          {
            movement: 'hip-bridge',
            zone: 'amber',
            action: 'hold',
            reasons: [
              {
                rule: 'pain-during',
                message: 'hip-bridge on 2026-11-20 08:00: pain during 4/10, above 3/10 (amber).',
                movement: 'hip-bridge',
                date: '2026-11-20',
                value: 4,
                limit: 3,
                source: PAIN_MONITORING,
              },
              {
                rule: 'next-morning',
                message: 'hip-bridge on 2026-11-20: back pain the next morning was 2/10, 1 above baseline (amber).',
                movement: 'hip-bridge',
                date: TODAY,
                value: 1,
                limit: 1,
                source: MEANINGFUL_CHANGE,
              },
            ],
          },
        ],
        reasons: [
          {
            rule: 'window',
            message: 'The verdict looks at 2026-11-15 to 2026-11-21, against a baseline back pain of 1/10.',
            value: '2026-11-15',
            limit: 7,
            source: CEILING_METHOD,
          },
          {
            rule: 'morning-rise',
            message: 'Back pain on the morning of 2026-11-21 was 2/10, 1 above the baseline of 1/10.',
            date: TODAY,
            value: 1,
            limit: 1,
            source: MEANINGFUL_CHANGE,
          },
        ],
      },
    })
  })

  it('cites ACSM 2009 for a load step, 5% by default', () => {
    const press = (date: string, reps: number) => ({
      date,
      movement: 'thoracic-press',
      performed: { kind: 'reps', sets: 2, reps, loadKg: 10 } as const,
      completed: true,
      painDuring: 1,
    })
    const decision = nextDose({
      movement: 'thoracic-press',
      history: [press('2026-11-16', 9), press('2026-11-18', 10)],
      mornings: [
        { date: '2026-11-17', backPain: 1 },
        { date: '2026-11-19', backPain: 1 },
      ],
      baselinePain: 1,
      today: TODAY,
    })
    expect(decision._tag === 'Right' && decision.right).toMatchObject({
      action: 'progress',
      dose: { kind: 'reps', sets: 2, reps: 8, loadKg: 10.5 },
      nextEarliest: '2026-11-23',
    })
    expect(decision._tag === 'Right' && decision.right.reasons[0]).toEqual({
      rule: 'load-step',
      message: 'thoracic-press is at 2 x 10, rung 3 of 3: the top. Add 5% load (10 kg to 10.5 kg) and go back to 2 x 8.',
      movement: 'thoracic-press',
      value: 10.5,
      limit: 5,
      source: 'ACSM 2009 position stand on progression models in resistance training: load steps of 2-10%',
    })
  })
})

describe('LocalTimeSchema', () => {
  it.each(['00:00', '09:05', '10:59', '19:30', '20:00', '23:59'])('accepts %s', (time) => {
    expect(LocalTimeSchema.safeParse(time).success).toBe(true)
  })

  it.each(['24:00', '30:00', '9:00', '09:60', '09:5', '0900', 'x09:00', '09:00x', '09:00 ', 'ab:cd', '1a:00', '10:0a', '', '-1:00'])(
    'refuses %j',
    (time) => {
      const result = LocalTimeSchema.safeParse(time)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('must be a time written HH:mm, 00:00 to 23:59')
    },
  )
})

describe('rehab ladders', () => {
  const SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
  const rungs = (perSide: boolean) =>
    [
      [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10],
      [2, 6], [2, 7], [2, 8], [2, 9], [2, 10],
    ].map(([sets, reps]) => (perSide ? { kind: 'reps', sets, reps, perSide: true } : { kind: 'reps', sets, reps }))

  it('climbs one rep at a time through one set, then takes the second set at six reps', () => {
    expect(rehabLadder(false)).toEqual({
      rungs: rungs(false),
      afterTop: { kind: 'harder-form' },
      frequency: { perDay: 3, minDaysApart: 1 },
      source: SOURCE,
    })
    expect(rehabLadder(true).rungs).toEqual(rungs(true))
  })

  it('gives an assessment movement without a ladder the rehab ladder of its sides, and keeps a movement its own', () => {
    const ladder = (id: string) => {
      const found = findMovement(id)
      if (found._tag !== 'Some') throw new Error(`expected ${id} in the catalog`)
      return ladderOf(found.value)
    }
    expect(ladder('hip-bridge')).toEqual(rehabLadder(false))
    expect(ladder('bird-dog')).toEqual(rehabLadder(true))
    expect(ladder('deadbug')?.afterTop.kind).toBe('advance')
    const hipMobility = findMovement('hip-mobility')
    if (hipMobility._tag !== 'Some') throw new Error('expected hip-mobility')
    expect(ladderOf({ ...hipMobility.value, roles: ['protocol'] })).toBeUndefined()
  })
})

describe('nextDose: input', () => {
  const issues = (input: unknown) => {
    const result = nextDose(input as NextDoseInput)
    return result._tag === 'Left' ? result.left.issues : []
  }
  const base = { movement: 'hip-bridge', history: [], mornings: [], baselinePain: 1, today: TODAY }

  it('lists the movement, the logs and the assessment problems together, in that order', () => {
    expect(
      issues({
        ...base,
        movement: 'handstand',
        history: [hipBridge('2026-11-22', 1)],
        mornings: [{ date: '2026-11-22', backPain: 1 }],
        assessment: { date: TODAY, results: [{ movement: 'deadbug', pain: 1 }] },
      }),
    ).toEqual([
      { path: 'movement', message: '"handstand" is not a movement of the catalog' },
      { path: 'history.0.date', message: `is after today (${TODAY})` },
      { path: 'mornings.0.date', message: `is after today (${TODAY})` },
      { path: 'assessment.results.0.movement', message: '"deadbug" is not an assessment movement' },
    ])
  })

  it('refuses an assessment alone when everything else is fine', () => {
    expect(issues({ ...base, assessment: { date: TODAY, results: [{ movement: 'handstand', pain: 1 }] } })).toEqual([
      { path: 'assessment.results.0.movement', message: '"handstand" is not a movement of the catalog' },
    ])
  })

  it('refuses a bad catalog before looking anything up', () => {
    const result = issues({ ...base, options: { catalog: 'mine' } })
    expect(result.length).toBeGreaterThan(0)
    expect(result.every((issue) => issue.path.startsWith('options.catalog'))).toBe(true)
  })

  it('takes a movement from an app catalog', () => {
    const catalog = parseCatalog(movements)
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    const decision = nextDose({ ...base, options: { catalog: catalog.right } })
    expect(decision._tag === 'Right' && decision.right).toMatchObject({ movement: 'hip-bridge', action: 'start', dose: { kind: 'reps', sets: 1, reps: 5 } })
  })

  it('describes its input, its options and its decision as schemas', () => {
    expect(NextDoseInputSchema.safeParse(base).success).toBe(true)
    expect(NextDoseInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 2 }).success).toBe(true)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 10, referPain: 6 }).success).toBe(true)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 1 }).success).toBe(false)
    expect(NextDoseOptionsSchema.safeParse({ loadStepPercent: 5.5 }).success).toBe(false)
    const decision = nextDose(base)
    if (decision._tag !== 'Right') throw new Error('expected a decision')
    expect(DoseDecisionSchema.safeParse(decision.right).success).toBe(true)
    expect(DoseDecisionSchema.safeParse({ ...decision.right, reasons: [] }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision.right, substitute: { movement: 'bird-dog', pain: 2 } }).success).toBe(true)
    expect(DoseDecisionSchema.safeParse({ ...decision.right, substitute: { movement: 'bird-dog' } }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision.right, advanceTo: { movement: 'x', extra: 1 } }).success).toBe(false)
    expect(DoseDecisionSchema.safeParse({ ...decision.right, nextEarliest: 'tomorrow' }).success).toBe(false)
    expect(DoseActionSchema.options).toEqual(['start', 'progress', 'hold', 'step-down', 'advance', 'pause', 'stop-and-refer'])
  })
})

const simulate = (input: Partial<SimulateProgressionInput>): Simulation => {
  const result = simulateProgression({ movement: 'hip-bridge', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 }, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a simulation, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('simulateProgression', () => {
  it('runs a week of one session a day with the whole timeline, the mornings and a summary', () => {
    const run = simulate({ movement: 'kettlebell-walk', variant: 'overhead', baselinePain: 2, response: { painDuring: 2, painAfter: 1, flareUps: [{ week: 1, day: 4 }] }, sessionTimes: ['07:00'] })
    const step = (date: string, action: string, reps: number, reason: string) => ({
      date,
      time: '07:00',
      movement: 'kettlebell-walk',
      variant: 'overhead',
      action,
      dose: { kind: 'reps', sets: 1, reps },
      performed: true,
      painDuring: 2,
      reason,
    })
    const holding = 'kettlebell-walk (overhead) is at 1 x 6, rung 2 of 11; the ceiling says hold (see the reasons below).'
    expect(run).toEqual({
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
        firstDose: { kind: 'reps', sets: 1, reps: 5 },
        lastDose: { kind: 'reps', sets: 1, reps: 6 },
        lastMovement: 'kettlebell-walk',
        sessions: 7,
        stepsUp: 2,
        stepsDown: 1,
        stopped: false,
      },
    })
  })

  it('gives a simulation with steps down that its own schema accepts', () => {
    const run = simulate({ movement: 'kettlebell-walk', variant: 'overhead', baselinePain: 2, response: { painDuring: 2, flareUps: [{ week: 1, day: 4 }] } })
    // Three sessions on the flare-up day, each told to step down, all at the one rung below the day before's.
    const flareUpDay = run.timeline.filter((step) => step.date === '2026-11-05')
    expect(flareUpDay.map((step) => [step.action, step.dose])).toEqual(Array(3).fill(['step-down', { kind: 'reps', sets: 1, reps: 6 }]))
    expect(run.summary.stepsDown).toBe(3)
    expect(SimulationSchema.safeParse(run).success).toBe(true)
  })

  it('adds no load key to a loaded ladder\'s doses when the script gives no starting load', () => {
    const run = simulate({ movement: 'thoracic-press', weeks: 8 })
    expect(run.timeline.length).toBeGreaterThan(0)
    for (const step of run.timeline) expect(Object.keys(step.dose)).not.toContain('loadKg')
  })

  it('refuses a bad catalog option alone, under options.catalog, beside the script\'s own issues', () => {
    const result = simulateProgression({
      movement: 'hip-bridge',
      start: '2026-11-02',
      weeks: 0,
      baselinePain: 1,
      response: { painDuring: 1 },
      options: { catalog: 'mine' as never },
    })
    const found = result._tag === 'Left' ? result.left.issues : []
    expect(found[0]).toEqual({ path: 'weeks', message: 'must be at least 1' })
    expect(found.length).toBeGreaterThan(1)
    expect(found.slice(1).every((issue) => issue.path.startsWith('options.catalog'))).toBe(true)
  })

  it('uses no more session times a day than the ladder allows, and stops the day at the first slot it must wait past', () => {
    const run = simulate({ sessionTimes: ['07:30', '12:00', '18:00', '21:00'] })
    expect(run.timeline.slice(0, 4).map((step) => [step.date, step.time, step.action])).toEqual([
      ['2026-11-02', '07:30', 'start'],
      ['2026-11-02', '12:00', 'hold'],
      ['2026-11-02', '18:00', 'hold'],
      ['2026-11-03', '07:30', 'progress'],
    ])
    expect(run.summary.sessions).toBe(21)
    const deadbug = simulate({ movement: 'deadbug' })
    expect(deadbug.timeline.map((step) => [step.date, step.time])).toEqual([
      ['2026-11-02', '08:00'],
      ['2026-11-04', '08:00'],
      ['2026-11-06', '08:00'],
    ])
  })

  it('puts a flare-up morning the flare-up rise above baseline, on day 1 unless a day is given, and never above 10', () => {
    const mornings = (input: Partial<SimulateProgressionInput>) => simulate({ sessionTimes: ['06:00'], ...input }).mornings.map((check) => check.backPain)
    // 9 + 2 is capped at 10, and pain of 8 or more refers: the run stops on its first morning.
    const capped = simulate({ sessionTimes: ['06:00'], weeks: 2, baselinePain: 9, response: { painDuring: 1, flareUps: [{ week: 2, day: 3 }, { week: 1 }] } })
    expect(capped.mornings.map((check) => check.backPain)).toEqual([10])
    expect(capped.summary.stopped).toBe(true)
    expect(mornings({ weeks: 2, baselinePain: 4, response: { painDuring: 1, flareUps: [{ week: 2, day: 3 }, { week: 1 }] } })).toEqual([
      6, 4, 4, 4, 4, 4, 4, 4, 4, 6, 4, 4, 4, 4,
    ])
    expect(mornings({ baselinePain: 2, response: { painDuring: 1, flareUps: [{ week: 1, day: 7 }] }, options: { flareUpRise: 1 } })).toEqual([
      2, 2, 2, 2, 2, 2, 3,
    ])
    expect(mornings({ baselinePain: 2, response: { painDuring: 1, flareUps: [{ week: 2, day: 1 }] } })).toEqual([2, 2, 2, 2, 2, 2, 2])
  })

  it('counts pain after a session against the ceiling', () => {
    const run = simulate({ response: { painDuring: 1, painAfter: 4 }, sessionTimes: ['06:00'] })
    expect(run.timeline.map((step) => step.action)).toEqual(['start', 'hold', 'hold', 'hold', 'hold', 'hold', 'hold'])
    expect(run.timeline[1]?.reason).toBe('hip-bridge is at 1 x 5, rung 1 of 11; the ceiling says hold (see the reasons below).')
    expect(simulate({ sessionTimes: ['06:00'] }).timeline.map((step) => step.action)).toEqual([
      'start', 'progress', 'progress', 'progress', 'progress', 'progress', 'progress',
    ])
  })

  it('carries the scripted starting load on a ladder that adds load, stepping it by the option', () => {
    const run = simulate({ movement: 'thoracic-press', weeks: 3, response: { painDuring: 1, loadKg: 20 }, options: { loadStepPercent: 2 } })
    expect(run.timeline.map((step) => [step.date, step.action, step.dose])).toEqual([
      ['2026-11-02', 'start', { kind: 'reps', sets: 2, reps: 8, loadKg: 20 }],
      ['2026-11-04', 'progress', { kind: 'reps', sets: 2, reps: 9, loadKg: 20 }],
      ['2026-11-09', 'progress', { kind: 'reps', sets: 2, reps: 10, loadKg: 20 }],
      ['2026-11-11', 'progress', { kind: 'reps', sets: 2, reps: 8, loadKg: 20.4 }],
      ['2026-11-16', 'progress', { kind: 'reps', sets: 2, reps: 9, loadKg: 20.4 }],
      ['2026-11-18', 'progress', { kind: 'reps', sets: 2, reps: 10, loadKg: 20.4 }],
    ])
    const byDefault = simulate({ movement: 'thoracic-press', weeks: 2, response: { painDuring: 1, loadKg: 10 } })
    expect(byDefault.summary.lastDose).toEqual({ kind: 'reps', sets: 2, reps: 8, loadKg: 10.5 })
    const bodyweight = simulate({ response: { painDuring: 1, loadKg: 20 }, sessionTimes: ['06:00'] })
    expect(bodyweight.timeline.every((step) => step.dose.kind === 'reps' && step.dose.loadKg === undefined)).toBe(true)
  })

  it('advances to the harder movement at the top of the ladder and goes on with it', () => {
    const run = simulate({ movement: 'deadbug', weeks: 4 })
    expect(run.timeline.slice(8, 12).map((step) => [step.date, step.movement, step.action, step.dose])).toEqual([
      ['2026-11-20', 'deadbug', 'progress', { kind: 'hold', sets: 2, seconds: 60 }],
      ['2026-11-23', 'advanced-iso-hold', 'advance', { kind: 'hold', sets: 2, seconds: 15 }],
      ['2026-11-25', 'advanced-iso-hold', 'progress', { kind: 'hold', sets: 2, seconds: 20 }],
      ['2026-11-27', 'advanced-iso-hold', 'progress', { kind: 'hold', sets: 2, seconds: 25 }],
    ])
    expect(run.timeline[9]?.reason).toBe('deadbug is at 2 x 60 s, rung 9 of 9: the top. Advance to advanced-iso-hold, starting at 2 x 15 s.')
    expect(run).toMatchObject({ movement: 'deadbug', end: '2026-11-29' })
    expect(run.summary).toEqual({
      firstDose: { kind: 'hold', sets: 2, seconds: 20 },
      lastDose: { kind: 'hold', sets: 2, seconds: 25 },
      lastMovement: 'advanced-iso-hold',
      sessions: 12,
      stepsUp: 11,
      stepsDown: 0,
      stopped: false,
    })
  })

  it('answers a script that is not an object at the root, and names a missing field', () => {
    expect(simulateProgression(null as never)).toEqual({ _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ path: '', message: 'must be an object' }] } })
    expect(simulateProgression('hip-bridge' as never)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: '', message: 'must be an object' }] },
    })
    const missing = simulateProgression({ movement: 'hip-bridge', start: '2026-11-02', weeks: 1, baselinePain: 1 } as never)
    expect(missing).toEqual({ _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ path: 'response', message: 'is required' }] } })
  })

  it('names a bad variant, a bad assessment and bad session times', () => {
    const result = simulateProgression({
      movement: 'hip-bridge',
      variant: 'banded',
      start: '2026-11-02',
      weeks: 1,
      baselinePain: 1,
      response: { painDuring: 1, flareUps: [{ week: 53 }] },
      sessionTimes: ['8am'],
      assessment: { date: '2026-11-02', results: [{ movement: 'deadbug', pain: 1 }] },
    })
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: 'response.flareUps.0.week', message: 'must be at most 52' },
      { path: 'sessionTimes.0', message: 'must be a time written HH:mm, 00:00 to 23:59' },
      { path: 'variant', message: '"hip-bridge" has no variants' },
      { path: 'assessment.results.0.movement', message: '"deadbug" is not an assessment movement' },
    ])
  })

  it('describes its script and its simulation as schemas', () => {
    const script = { movement: 'hip-bridge', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } }
    expect(SimulateProgressionInputSchema.safeParse(script).success).toBe(true)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, weeks: 0 }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, weeks: 52 }).success).toBe(true)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, loadKg: 0 } }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, loadKg: 500 } }).success).toBe(true)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, loadKg: 500.5 } }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, flareUps: [{ week: 1, day: 8 }] } }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, flareUps: [{ week: 1, day: 0 }] } }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, flareUps: Array(365).fill({ week: 1 }) } }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, response: { painDuring: 1, flareUps: Array(364).fill({ week: 1 }) } }).success).toBe(true)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, sessionTimes: [] }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, sessionTimes: Array(11).fill('08:00') }).success).toBe(false)
    expect(SimulateProgressionInputSchema.safeParse({ ...script, sessionTimes: Array(10).fill('08:00') }).success).toBe(true)
    const run = simulate({})
    expect(SimulationSchema.safeParse(run).success).toBe(true)
    expect(SimulationSchema.safeParse({ ...run, summary: { ...run.summary, sessions: -1 } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...run, summary: { ...run.summary, stepsUp: 0.5 } }).success).toBe(false)
    expect(SimulationSchema.safeParse({ ...run, end: 'later' }).success).toBe(false)
    expect(SimulationStepSchema.safeParse(run.timeline[0]).success).toBe(true)
    expect(SimulationStepSchema.safeParse({ ...run.timeline[0], time: '8:00' }).success).toBe(false)
    expect(SimulationStepSchema.safeParse({ ...run.timeline[0], action: 'rest' }).success).toBe(false)
  })
})
