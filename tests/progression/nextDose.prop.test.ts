import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  DoseDecisionSchema,
  InvalidInputSchema,
  evaluateCeiling,
  findMovement,
  ladderOf,
  nextDose,
  simulateProgression,
  type Dose,
  type DoseDecision,
  type Ladder,
  type NextDoseInput,
  type SessionLog,
} from '../../src/index.js'
import { anyJson } from '../arbitraries/json.js'
import { TODAY, morningsArbitrary, shiftDate } from '../arbitraries/logs.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }
const LADDER_MOVEMENTS = ['deadbug', 'hip-thrust', 'thoracic-press', 'hip-bridge', 'bird-dog', 'back-mobility-warm-up'] as const

const ladderFor = (id: string): Ladder => {
  const movement = findMovement(id)
  const ladder = movement._tag === 'Some' ? ladderOf(movement.value) : undefined
  if (ladder === undefined) throw new Error(`no ladder for ${id}`)
  return ladder
}
const withoutLoad = (dose: Dose): Dose => {
  if (dose.kind !== 'reps' || dose.loadKg === undefined) return dose
  const { loadKg: _loadKg, ...rest } = dose
  return rest
}
const rungIndex = (ladder: Ladder, dose: Dose) => ladder.rungs.findIndex((rung) => JSON.stringify(rung) === JSON.stringify(withoutLoad(dose)))

const pain = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) })

/** A history of one ladder movement performed at rungs of its own ladder, with pain and morning checks around it. */
const caseArbitrary = fc.constantFrom(...LADDER_MOVEMENTS).chain((movement) => {
  const ladder = ladderFor(movement)
  const session = fc
    .record({
      offset: fc.integer({ min: -20, max: 0 }),
      hour: fc.integer({ min: 7, max: 20 }),
      rung: fc.integer({ min: 0, max: ladder.rungs.length - 1 }),
      completed: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      painDuring: pain,
    })
    .map(
      ({ offset, hour, rung, completed, painDuring }): SessionLog => ({
        date: shiftDate(TODAY, offset),
        time: `${String(hour).padStart(2, '0')}:00`,
        movement,
        performed: ladder.rungs[rung]!,
        completed,
        painDuring,
      }),
    )
  return fc.record({
    movement: fc.constant(movement),
    history: fc.array(session, { maxLength: 14 }),
    mornings: morningsArbitrary,
    baselinePain: fc.integer({ min: 0, max: 3 }),
    today: fc.constant(TODAY),
  })
})

const decisionOf = (input: NextDoseInput): DoseDecision => {
  const result = nextDose(input)
  if (result._tag !== 'Right') throw new Error(`expected a decision, got ${JSON.stringify(result.left)}`)
  return result.right
}
/** The last session in the engine's own order: date, time, then content for sessions logged at the same minute. */
const lastOwn = (input: NextDoseInput) =>
  [...input.history]
    .sort((a, b) => {
      const when = (session: SessionLog) => `${session.date} ${session.time ?? ''}`
      return when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1
    })
    .at(-1)

/** How big a decision is: nothing for pause and stop, then rung by rung, with a load step or an advance above the top. */
const size = (input: NextDoseInput, decision: DoseDecision): number => {
  if (decision.action === 'pause' || decision.action === 'stop-and-refer') return -1
  const ladder = ladderFor(input.movement)
  if (decision.action === 'advance') return ladder.rungs.length
  const loadStep = decision.reasons[0]?.rule === 'load-step'
  return loadStep ? ladder.rungs.length : rungIndex(ladder, decision.dose)
}

describe('nextDose properties', () => {
  test.prop([caseArbitrary], RUNS)('gives a dose on the ladder, never above its top or below its bottom', (input) => {
    const decision = decisionOf(input)
    const ladder = ladderFor(decision.action === 'advance' ? decision.advanceTo!.movement : input.movement)
    expect(rungIndex(ladder, decision.dose)).toBeGreaterThanOrEqual(0)
  })

  test.prop([caseArbitrary], RUNS)('moves at most one rung per decision', (input) => {
    const decision = decisionOf(input)
    const last = lastOwn(input)
    fc.pre(last !== undefined && decision.action !== 'advance' && decision.reasons[0]?.rule !== 'load-step')
    const ladder = ladderFor(input.movement)
    expect(Math.abs(rungIndex(ladder, decision.dose) - rungIndex(ladder, last!.performed))).toBeLessThanOrEqual(1)
  })

  test.prop([caseArbitrary], RUNS)('never steps up on a verdict that is not green', (input) => {
    const verdict = evaluateCeiling({ sessions: input.history, mornings: input.mornings, baselinePain: input.baselinePain, today: input.today })
    if (verdict._tag !== 'Right') throw new Error('expected a verdict')
    const own = verdict.right.movements.find((movement) => movement.movement === input.movement)
    const decision = decisionOf(input)
    if (own !== undefined && own.zone !== 'green') expect(['progress', 'advance']).not.toContain(decision.action)
    if (verdict.right.action !== 'progress') expect(['progress', 'advance']).not.toContain(decision.action)
  })

  test.prop([caseArbitrary, fc.nat(), fc.integer({ min: 1, max: 9 })], RUNS)('never gives a bigger dose for more pain', (input, pick, by) => {
    fc.pre(input.history.length > 0)
    const index = pick % input.history.length
    const session = input.history[index]!
    const raised = { ...input, history: input.history.map((entry, at) => (at === index ? { ...session, painDuring: Math.min(10, session.painDuring + by) } : entry)) }
    expect(size(raised, decisionOf(raised))).toBeLessThanOrEqual(size(input, decisionOf(input)))
  })

  test.prop(
    [
      fc.constantFrom(...LADDER_MOVEMENTS),
      fc.integer({ min: 0, max: 6 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
      fc.nat(),
    ],
    RUNS,
  )('decides as it did when the history is replayed from the start', (movement, painDuring, flareUpWeeks, pick) => {
    const run = simulateProgression({
      movement,
      start: '2026-10-05',
      weeks: 4,
      baselinePain: 1,
      response: { painDuring, flareUps: flareUpWeeks.map((week) => ({ week, day: 2 })) },
    })
    if (run._tag !== 'Right') throw new Error('expected a simulation')
    const timeline = run.right.timeline
    const index = pick % timeline.length
    const step = timeline[index]!
    const history: SessionLog[] = timeline.slice(0, index).flatMap((earlier) =>
      earlier.performed
        ? [{ date: earlier.date, time: earlier.time, movement: earlier.movement, performed: earlier.dose, completed: true, painDuring: earlier.painDuring! }]
        : [],
    )
    // An advance is decided for the movement before it; every other step for its own movement.
    const decidedFor = step.action === 'advance' ? (history.at(-1)?.movement ?? movement) : step.movement
    const replayed = decisionOf({
      movement: decidedFor,
      history,
      mornings: run.right.mornings.filter((morning) => morning.date <= step.date),
      baselinePain: 1,
      today: step.date,
    })
    expect({ action: replayed.action, dose: replayed.dose }).toEqual({ action: step.action, dose: step.dose })
  })

  test.prop([caseArbitrary.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray(input.history, { minLength: input.history.length })))], RUNS)(
    'does not depend on the order of the history',
    ([input, shuffled]) => {
      expect(nextDose({ ...input, history: shuffled })).toEqual(nextDose(input))
    },
  )

  test.prop([caseArbitrary], RUNS)('is pure, and its decisions survive JSON and pass their own schema', (input) => {
    expect(expectPure(nextDose, input, DoseDecisionSchema)._tag).toBe('Right')
  })

  test.prop([anyJson], RUNS)('simulateProgression answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = simulateProgression(input as never)
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
  })

  test.prop([anyJson], RUNS)('answers arbitrary JSON with InvalidInput, never a throw', (input) => {
    const result = nextDose(input as NextDoseInput)
    expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})
