import { describe, expect, it } from 'vitest'
import { BUILT_IN_LADDERS, nextDose, type Dose, type Ladder } from '../../../src/index.js'
import { covers, inUnitOf, rungOf } from '../../../src/progression/steps/rungInUse.js'
import { REHAB_LADDERS } from '../../../src/catalog/rehabLadder.js'
import { formatDose } from '../../../src/shared/formatDose.js'
import { calmMornings, day, reps, hold, session } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const walk = (sets: number, meters: number): Dose => ({ kind: 'distance', sets, meters })

describe('covers: whether a session did at least a rung', () => {
  it.each<[string, Dose, Dose, boolean]>([
    ['the same reps', reps(2, 8), reps(2, 8), true],
    ['more reps', reps(2, 9), reps(2, 8), true],
    ['one rep fewer', reps(2, 7), reps(2, 8), false],
    ['more sets', reps(3, 8), reps(2, 8), true],
    ['one set fewer', reps(1, 8), reps(2, 8), false],
    ['a band where the rung has none', reps(2, 15, { band: true }), reps(2, 15), true],
    ['no band where the rung asks for one', reps(3, 15), reps(2, 15, { band: true }), false],
    ['the band the rung asks for', reps(2, 15, { band: true }), reps(2, 15, { band: true }), true],
    ['each rep held as long as the rung asks', reps(1, 5, { holdSeconds: 2 }), reps(1, 5, { holdSeconds: 2 }), true],
    ['each rep held longer', reps(1, 5, { holdSeconds: 3 }), reps(1, 5, { holdSeconds: 2 }), true],
    ['each rep held a second less', reps(1, 5, { holdSeconds: 1 }), reps(1, 5, { holdSeconds: 2 }), false],
    ['no hold where the rung asks for one', reps(1, 5), reps(1, 5, { holdSeconds: 1 }), false],
    ['a hold where the rung has none', reps(1, 5, { holdSeconds: 2 }), reps(1, 5), true],
    ['the same hold', hold(30), hold(30), true],
    ['a second longer', hold(31), hold(30), true],
    ['a second shorter', hold(29), hold(30), false],
    ['a hold in fewer sets', hold(60, 1), hold(30, 2), false],
    ['the same distance', walk(2, 20), walk(2, 20), true],
    ['a meter more', walk(2, 21), walk(2, 20), true],
    ['a meter less', walk(2, 19), walk(2, 20), false],
    ['reps against a hold', reps(2, 60), hold(20), false],
    ['a hold against reps', hold(60), reps(1, 5), false],
    ['a distance against reps', walk(9, 999), reps(1, 5), false],
  ])('%s: %j against %j', (_, done, rung, expected) => {
    expect(covers(done, rung)).toBe(expected)
  })
})

describe('rungOf: the rung a session stands on', () => {
  // seed 000: the hip thrust goes 1 x 20, 2 x 15, 3 x 15, then 2 x 15 and 3 x 15 with a band.
  const hipThrust = BUILT_IN_LADDERS['hip-thrust'] as Ladder

  it.each<[string, Dose, number]>([
    ['the start', reps(1, 20), 0],
    ['less than the start', reps(1, 19), 0],
    ['more sets of fewer reps than the start', reps(2, 10), 0],
    ['2 x 15', reps(2, 15), 1],
    ['3 x 15 without a band', reps(3, 15), 2],
    ['3 x 20 without a band, more work but still no band', reps(3, 20), 2],
    ['2 x 15 with a band', reps(2, 15, { band: true }), 3],
    ['the top, 3 x 15 with a band', reps(3, 15, { band: true }), 4],
    ['beyond the top', reps(4, 20, { band: true }), 4],
  ])('reads %s as rung %i of the hip thrust', (_, done, rung) => {
    expect(rungOf(hipThrust, done)).toBe(rung)
  })

  it('reads a deadbug hold between two rungs as the lower one', () => {
    // seed 000: 2 x 20 s to start, up by 5 s.
    expect(rungOf(BUILT_IN_LADDERS.deadbug as Ladder, hold(27))).toBe(1)
    expect(rungOf(BUILT_IN_LADDERS.deadbug as Ladder, hold(60))).toBe(8)
    expect(rungOf(BUILT_IN_LADDERS.deadbug as Ladder, hold(60, 1))).toBe(0)
  })

  it('reads a walk logged in metres on its rungs in metres, 2 m for each rep of the rung', () => {
    // Seed 001: the beast walks and the kettlebell walk go by distance or reps; 2 m a rep is the engine's default.
    const walk = REHAB_LADDERS.walkBothSides
    expect(walk.distanceRungs?.map((rung) => formatDose(rung))).toEqual(walk.rungs.map((rung) => (rung.kind === 'reps' ? `${rung.sets} x ${rung.reps * 2} m` : '')))
    expect(rungOf(walk, { kind: 'distance', sets: 1, meters: 10 })).toBe(0)
    expect(rungOf(walk, { kind: 'distance', sets: 1, meters: 13 })).toBe(1)
    expect(rungOf(walk, { kind: 'distance', sets: 2, meters: 20 })).toBe(10)
    expect(rungOf(walk, reps(1, 7))).toBe(2)
    // A ladder with no rungs in metres reads a distance as the first rung.
    expect(rungOf(REHAB_LADDERS.bothSides, { kind: 'distance', sets: 2, meters: 20 })).toBe(0)
    expect(inUnitOf(walk, { kind: 'distance', sets: 1, meters: 10 }).rungs).toBe(walk.distanceRungs)
    expect(inUnitOf(walk, reps(1, 5))).toBe(walk)
  })

  it('reads a dose of another kind as the first rung', () => {
    expect(rungOf(BUILT_IN_LADDERS.deadbug as Ladder, reps(2, 60))).toBe(0)
  })

  it('sets the rung of the next decision from what was done, not from what was prescribed', () => {
    // Done at 3 x 15 without the band the rung asked for: the next step is the band, not past it.
    const decision = nextDose({ intake: CLEAR_INTAKE,
      movement: 'hip-thrust',
      sessions: [session(-1, 'hip-thrust', reps(3, 20))],
      mornings: calmMornings(0),
      baselinePain: 1,
      today: day(0),
    })
    expect(decision._tag === 'Right' && decision.right).toMatchObject({ action: 'progress', dose: reps(2, 15, { band: true }) })
  })
})
