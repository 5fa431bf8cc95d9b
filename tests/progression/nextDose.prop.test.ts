import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DoseDecisionSchema,
  DoseSchema,
  InvalidInputSchema,
  PausedSchema,
  ReferralSchema,
  evaluateCeiling,
  nextDose,
  type DoseDecision,
  type NextDoseInput,
  type Paused,
  type Referral,
} from '../../src/index.js'
import { rungOf } from '../../src/progression/steps/rungInUse.js'
import { anyJson } from '../arbitraries/json.js'
import { shiftDate } from '../arbitraries/logs.js'
import { expectPure } from '../support/expectPure.js'
import { historyArbitrary, lastOwnSession, ladderFor, rungIndex, type HistoryCase } from '../support/progressionHistories.js'

const RUNS = { numRuns: 300 }
// seed 001: the pain ceiling is 3/10; a morning 1 above baseline is already amber (NPRS, domain section 4).
const PAIN_CEILING = 3

type Answer = { _tag: 'Right'; right: DoseDecision } | { _tag: 'Left'; left: Referral | Paused }

/** nextDose on a valid input: a decision or a stop, never an input problem. */
const answer = (input: NextDoseInput): Answer => {
  const result = nextDose(input)
  if (result._tag === 'Left' && result.left._tag === 'InvalidInput') throw new Error(`the history was refused: ${JSON.stringify(result.left)}`)
  return result as Answer
}

const isStepUp = (result: Answer): boolean => result._tag === 'Right' && (result.right.action === 'progress' || result.right.action === 'advance')

/** How big an answer is: nothing for a stop, then rung by rung, with a load step or an advance above the top. */
const size = (input: HistoryCase, result: Answer): number => {
  if (result._tag === 'Left') return -1
  const ladder = ladderFor(input.movement)
  if (result.right.action === 'advance' || result.right.reasons[0]?.rule === 'load-step') return ladder.rungs.length
  return rungIndex(ladder, result.right.dose)
}

describe('nextDose: safety over random histories', () => {
  it('gives a dose in every Right and never one in a Left', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const result = answer(input)
        if (result._tag === 'Right') {
          expect(DoseSchema.safeParse(result.right.dose).success).toBe(true)
          expect(DoseDecisionSchema.safeParse(result.right).success).toBe(true)
        } else {
          expect('dose' in result.left).toBe(false)
          const schema = result.left._tag === 'Paused' ? PausedSchema : ReferralSchema
          expect(schema.safeParse(result.left).success).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('gives a rung of the ladder, or the start of the ladder it advances to', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const result = answer(input)
        fc.pre(result._tag === 'Right')
        if (result._tag !== 'Right') return
        const rung = rungIndex(ladderFor(result.right.advanceTo?.movement ?? input.movement), result.right.dose)
        if (result.right.action === 'advance') expect(rung).toBe(0)
        else expect(rung).toBeGreaterThanOrEqual(0)
      }),
      RUNS,
    )
  })

  it('never moves more than one rung: up one on progress, none on hold, down one or none on step-down', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const result = answer(input)
        const last = lastOwnSession(input)
        fc.pre(result._tag === 'Right' && result.right.action !== 'advance' && result.right.reasons[0]?.rule !== 'load-step')
        if (result._tag !== 'Right') return
        const ladder = ladderFor(input.movement)
        const move = rungIndex(ladder, result.right.dose) - (last === undefined ? 0 : rungOf(ladder, last.performed))
        const allowed = { start: [0], progress: [1], hold: [0], 'step-down': [-1, 0], advance: [] }[result.right.action]
        expect(allowed).toContain(move)
        expect(result.right.action === 'start').toBe(last === undefined)
      }),
      RUNS,
    )
  })

  it('never steps up after a session that was not green, not completed, or not shown settled the next morning', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const last = lastOwnSession(input)
        fc.pre(last !== undefined)
        if (last === undefined) return
        const nextMorning = input.mornings.find((morning) => morning.date === shiftDate(last.date, 1))
        const allowsStepUp =
          last.completed &&
          last.painDuring <= PAIN_CEILING &&
          (last.painAfter ?? 0) <= PAIN_CEILING &&
          nextMorning !== undefined &&
          nextMorning.backPain - input.baselinePain < 1
        if (!allowsStepUp) expect(isStepUp(answer(input))).toBe(false)
      }),
      RUNS,
    )
  })

  it('answers every referral of the ceiling with Left(Referral), and refers on nothing else', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const verdict = evaluateCeiling({ sessions: input.sessions, mornings: input.mornings, baselinePain: input.baselinePain, today: input.today })
        if (verdict._tag !== 'Right') throw new Error('expected a verdict')
        const result = answer(input)
        const referred = result._tag === 'Left' && result.left._tag === 'Referral'
        expect(referred).toBe(verdict.right.action === 'stop-and-refer')
        if (result._tag === 'Left' && result.left._tag === 'Referral') {
          expect(result.left.cause).toBe('ceiling')
          expect(result.left.reasons[0]?.rule).toBe('ceiling-stop')
        }
      }),
      RUNS,
    )
  })

  it('never gives a bigger dose for more pain in any one session', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.nat(), fc.integer({ min: 1, max: 9 }), (input, pick, by) => {
        fc.pre(input.sessions.length > 0)
        const index = pick % input.sessions.length
        const raised: HistoryCase = {
          ...input,
          sessions: input.sessions.map((entry, at) => (at === index ? { ...entry, painDuring: Math.min(10, entry.painDuring + by) } : entry)),
        }
        expect(size(raised, answer(raised))).toBeLessThanOrEqual(size(input, answer(input)))
      }),
      RUNS,
    )
  })
})

describe('nextDose: a function of its input alone', () => {
  it('does not depend on the order of the logs', () => {
    fc.assert(
      fc.property(
        historyArbitrary.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.sessions], { minLength: input.sessions.length }),
            fc.shuffledSubarray([...input.mornings], { minLength: input.mornings.length }),
          ),
        ),
        ([input, sessions, mornings]) => {
          expect(nextDose({ ...input, sessions, mornings })).toEqual(nextDose(input))
        },
      ),
      RUNS,
    )
  })

  it('is pure, and its answers survive JSON and pass their own schema', () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        expect(['Left', 'Right']).toContain(expectPure(nextDose, input, DoseDecisionSchema)._tag)
      }),
      { numRuns: 100 },
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        const result = nextDose(input as NextDoseInput)
        expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      RUNS,
    )
  })
})
