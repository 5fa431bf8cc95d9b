import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CEILING_ACTIONS,
  CeilingVerdictSchema,
  InvalidInputSchema,
  evaluateCeiling,
  type CeilingVerdict,
  type EvaluateCeilingInput,
  type Zone,
} from '../../src/index.js'
import { anyJson } from '../arbitraries/json.js'
import { ceilingInputArbitrary } from '../arbitraries/logs.js'
import { day, verdictOf } from '../support/ceilingLogs.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 200 }
const WINDOW_START = day(-6)
const ZONES: readonly Zone[] = ['green', 'amber', 'red']
const strictness = (verdict: CeilingVerdict) => CEILING_ACTIONS.indexOf(verdict.action)

/** A copy of `list` with the item at `index` replaced. */
const replaceAt = <Item>(list: readonly Item[], index: number, item: Item): Item[] => list.map((old, at) => (at === index ? item : old))

/** Every pain value dated in the last 7 days, as a way to raise it in a copy of the input. */
const painsInWindow = (input: EvaluateCeilingInput) => [
  ...input.sessions.flatMap((logged, index) =>
    logged.date < WINDOW_START
      ? []
      : [
          (by: number) => ({ ...input, sessions: replaceAt(input.sessions, index, { ...logged, painDuring: Math.min(10, logged.painDuring + by) }) }),
          ...(logged.painAfter === undefined
            ? []
            : [(by: number) => ({ ...input, sessions: replaceAt(input.sessions, index, { ...logged, painAfter: Math.min(10, logged.painAfter! + by) }) })]),
        ],
  ),
  ...input.mornings.flatMap((check, index) =>
    check.date < WINDOW_START ? [] : [(by: number) => ({ ...input, mornings: replaceAt(input.mornings, index, { ...check, backPain: Math.min(10, check.backPain + by) }) })],
  ),
]

describe('evaluateCeiling properties', () => {
  it('never gets more permissive, or its zone better, when any pain of the last 7 days rises', () => {
    fc.assert(
      fc.property(ceilingInputArbitrary, fc.nat(), fc.integer({ min: 1, max: 10 }), (input, pick, by) => {
        const raises = painsInWindow(input)
        fc.pre(raises.length > 0)
        const before = verdictOf(input)
        const after = verdictOf(raises[pick % raises.length]!(by))
        expect(strictness(after)).toBeGreaterThanOrEqual(strictness(before))
        expect(ZONES.indexOf(after.zone)).toBeGreaterThanOrEqual(ZONES.indexOf(before.zone))
      }),
      RUNS,
    )
  })

  it('never allows progress with a red session, pain over the ceiling, or a morning above baseline in the window', () => {
    fc.assert(
      fc.property(ceilingInputArbitrary, fc.integer({ min: 0, max: 5 }), (input, painCeiling) => {
        const recent = input.sessions.filter((logged) => logged.date >= WINDOW_START)
        const worst = Math.max(-1, ...recent.flatMap((logged) => [logged.painDuring, logged.painAfter ?? 0]))
        const aboveBaseline = input.mornings.some((check) => check.date >= WINDOW_START && check.backPain > input.baselinePain)
        const verdict = verdictOf({ ...input, options: { painCeiling } })
        if (worst > painCeiling || aboveBaseline) expect(verdict.action).not.toBe('progress')
        // Over 5 is red whatever the ceiling (Silbernagel et al. 2007): a red session leaves the verdict red.
        if (worst > 5) expect(verdict).toMatchObject({ zone: 'red', action: expect.not.stringMatching(/^progress$/) })
        for (const movement of verdict.movements) {
          if (movement.zone !== 'green') expect(movement.action).not.toBe('progress')
          expect(CEILING_ACTIONS.indexOf(verdict.action)).toBeGreaterThanOrEqual(CEILING_ACTIONS.indexOf(movement.action))
        }
      }),
      RUNS,
    )
  })

  it('gives the same verdict whatever the order of the logs', () => {
    const shuffled = ceilingInputArbitrary.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray(input.sessions, { minLength: input.sessions.length }),
        fc.shuffledSubarray(input.mornings, { minLength: input.mornings.length }),
      ),
    )
    fc.assert(
      fc.property(shuffled, ([input, sessions, mornings]) => {
        expect(evaluateCeiling({ ...input, sessions, mornings })).toEqual(evaluateCeiling(input))
      }),
      RUNS,
    )
  })

  it('is pure, and its verdicts survive JSON and pass CeilingVerdictSchema', () => {
    fc.assert(
      fc.property(ceilingInputArbitrary, (input) => {
        expect(expectPure(evaluateCeiling, input, CeilingVerdictSchema)._tag).toBe('Right')
      }),
      RUNS,
    )
  })

  it('answers arbitrary JSON with InvalidInput, never a throw', () => {
    const polluted = ceilingInputArbitrary.map((input) => ({ ...input, sessions: [...input.sessions, JSON.parse('{"__proto__":{"polluted":true}}')] }))
    fc.assert(
      fc.property(fc.oneof(anyJson, polluted), (input) => {
        const result = evaluateCeiling(input as EvaluateCeilingInput)
        expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      RUNS,
    )
  })
})
