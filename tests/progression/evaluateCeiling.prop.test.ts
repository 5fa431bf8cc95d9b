import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  CEILING_ACTIONS,
  CeilingVerdictSchema,
  InvalidInputSchema,
  evaluateCeiling,
  type CeilingVerdict,
  type EvaluateCeilingInput,
  type Zone,
} from '../../src/index.js'
import { TODAY, ceilingInputArbitrary, shiftDate } from '../arbitraries/logs.js'
import { anyJson } from '../arbitraries/json.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }
const WINDOW_START = shiftDate(TODAY, -6)
const ZONES: readonly Zone[] = ['green', 'amber', 'red']

const verdictOf = (input: EvaluateCeilingInput): CeilingVerdict => {
  const result = evaluateCeiling(input)
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
  return result.right
}
/** A copy of `list` with the item at `index` replaced. */
const replaceAt = <Item>(list: readonly Item[], index: number, item: Item): Item[] => list.map((old, at) => (at === index ? item : old))
const strictness = (verdict: CeilingVerdict) => CEILING_ACTIONS.indexOf(verdict.action)

/** Every pain value dated in the last 7 days, as a way to raise it in a copy of the input. */
const painsInWindow = (input: EvaluateCeilingInput) => [
  ...input.sessions.flatMap((session, index) =>
    session.date < WINDOW_START
      ? []
      : [
          (by: number) => ({ ...input, sessions: replaceAt(input.sessions, index, { ...session, painDuring: Math.min(10, session.painDuring + by) }) }),
          ...(session.painAfter === undefined
            ? []
            : [(by: number) => ({ ...input, sessions: replaceAt(input.sessions, index, { ...session, painAfter: Math.min(10, session.painAfter! + by) }) })]),
        ],
  ),
  ...input.mornings.flatMap((morning, index) =>
    morning.date < WINDOW_START
      ? []
      : [(by: number) => ({ ...input, mornings: replaceAt(input.mornings, index, { ...morning, backPain: Math.min(10, morning.backPain + by) }) })],
  ),
]

describe('evaluateCeiling properties', () => {
  test.prop([ceilingInputArbitrary, fc.nat(), fc.integer({ min: 1, max: 10 })], RUNS)(
    'raising any pain dated in the last 7 days never makes the action more permissive or the zone better',
    (input, pick, by) => {
      const raises = painsInWindow(input)
      fc.pre(raises.length > 0)
      const before = verdictOf(input)
      const after = verdictOf(raises[pick % raises.length]!(by))
      expect(strictness(after)).toBeGreaterThanOrEqual(strictness(before))
      expect(ZONES.indexOf(after.zone)).toBeGreaterThanOrEqual(ZONES.indexOf(before.zone))
    },
  )

  test.prop([ceilingInputArbitrary, fc.integer({ min: 0, max: 5 })], RUNS)(
    'never progresses when exercise pain in the window is over the ceiling or a morning is above baseline',
    (input, painCeiling) => {
      const recentSessions = input.sessions.filter((session) => session.date >= WINDOW_START)
      const overCeiling = recentSessions.some(
        (session) => session.painDuring > painCeiling || (session.painAfter !== undefined && session.painAfter > painCeiling),
      )
      const aboveBaseline = input.mornings.some((morning) => morning.date >= WINDOW_START && morning.backPain > input.baselinePain)
      const verdict = verdictOf({ ...input, options: { painCeiling } })
      if (overCeiling || aboveBaseline) expect(verdict.action).not.toBe('progress')
      for (const movement of verdict.movements) {
        if (movement.zone !== 'green') expect(movement.action).not.toBe('progress')
        expect(CEILING_ACTIONS.indexOf(verdict.action)).toBeGreaterThanOrEqual(CEILING_ACTIONS.indexOf(movement.action))
      }
    },
  )

  test.prop(
    [
      ceilingInputArbitrary.chain((input) =>
        fc.tuple(
          fc.constant(input),
          fc.shuffledSubarray(input.sessions, { minLength: input.sessions.length }),
          fc.shuffledSubarray(input.mornings, { minLength: input.mornings.length }),
        ),
      ),
    ],
    RUNS,
  )('does not depend on the order of the logs', ([input, sessions, mornings]) => {
    expect(evaluateCeiling({ ...input, sessions, mornings })).toEqual(evaluateCeiling(input))
  })

  test.prop([ceilingInputArbitrary], RUNS)(
    'is deterministic, leaves its input unchanged, and gives verdicts that survive JSON and pass their own schema',
    (input) => {
      expect(expectPure(evaluateCeiling, input, CeilingVerdictSchema)._tag).toBe('Right')
    },
  )

  test.prop([fc.oneof(anyJson, ceilingInputArbitrary.map((input) => ({ ...input, sessions: [...input.sessions, JSON.parse('{"__proto__":{"polluted":true}}')] })))], RUNS)(
    'answers arbitrary JSON with InvalidInput, never a throw',
    (input) => {
      const result = evaluateCeiling(input as EvaluateCeilingInput)
      expect(result._tag).toBe('Left')
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
      expect(Object.prototype).not.toHaveProperty('polluted')
    },
  )
})
