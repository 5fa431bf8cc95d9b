import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateCeiling } from '../../src/index.js'
import { morningCanStop, sessionCanStop } from '../../src/ceiling/stopSigns.js'
import { ceilingRules } from '../../src/ceiling/ceilingOptions.js'
import { ceilingInputArbitrary } from '../arbitraries/logs.js'

const rules = ceilingRules(undefined)

describe('stop signs: the ceiling stops or pauses only on one', () => {
  it('never refers or pauses, for the whole verdict or any movement, over logs without a stop sign', () => {
    let judged = 0
    let runs = 0
    fc.assert(
      fc.property(ceilingInputArbitrary, (input) => {
        runs++
        const sessions = input.sessions.filter((session) => !sessionCanStop(session, rules))
        const mornings = input.mornings.filter((morning) => !morningCanStop(morning, input.baselinePain, rules))
        const verdict = evaluateCeiling({ ...input, sessions, mornings })
        if (verdict._tag === 'Left') throw new Error(JSON.stringify(verdict.left))
        judged += sessions.length
        expect(['stop-and-refer', 'pause']).not.toContain(verdict.right.action)
        for (const movement of verdict.right.movements) expect(['stop-and-refer', 'pause']).not.toContain(movement.action)
      }),
      { numRuns: 500 },
    )
    // The logs left are most of them, not a few: two or more sessions judged a run on average (per run, so a
    // run cut short by a time limit asks no more of fewer runs).
    expect(judged).toBeGreaterThan(2 * runs)
  })

  it('calls red sessions, flare-up mornings and mornings at the refer threshold stop signs, and no others', () => {
    const session = { date: '2026-11-02', movement: 'hip-bridge', performed: { kind: 'reps', sets: 1, reps: 5 }, completed: true } as const
    expect(sessionCanStop({ ...session, painDuring: 6 }, rules)).toBe(true)
    expect(sessionCanStop({ ...session, painDuring: 5 }, rules)).toBe(false)
    expect(sessionCanStop({ ...session, painDuring: 1, painAfter: 6 }, rules)).toBe(true)
    expect(sessionCanStop({ ...session, painDuring: 1, painAfter: 5 }, rules)).toBe(false)
    expect(morningCanStop({ date: '2026-11-02', backPain: 3 }, 1, rules)).toBe(true)
    expect(morningCanStop({ date: '2026-11-02', backPain: 2 }, 1, rules)).toBe(false)
    expect(morningCanStop({ date: '2026-11-02', backPain: 8 }, 8, rules)).toBe(true)
    expect(morningCanStop({ date: '2026-11-02', backPain: 7 }, 8, rules)).toBe(false)
  })
})
