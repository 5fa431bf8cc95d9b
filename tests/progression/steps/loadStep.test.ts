import { describe, expect, it } from 'vitest'
import { nextDose } from '../../../src/index.js'
import { nextLoad, withLoad } from '../../../src/progression/steps/loadStep.js'
import { calmMornings, hold, reps, session, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

describe('withLoad: the load carried to the next dose', () => {
  it('adds the load to a dose in reps', () => {
    expect(withLoad(reps(2, 8), 12.5)).toEqual({ kind: 'reps', sets: 2, reps: 8, loadKg: 12.5 })
  })

  it('leaves a dose in reps as it is when no load was used, without an empty load key', () => {
    expect(withLoad(reps(2, 8), undefined)).toStrictEqual({ kind: 'reps', sets: 2, reps: 8 })
  })

  it('never puts a load on a hold', () => {
    expect(withLoad(hold(30), 10)).toStrictEqual({ kind: 'hold', sets: 2, seconds: 30 })
  })
})

describe('nextLoad: a load step of 2-10% (ACSM 2009), rounded to 0.01 kg', () => {
  it.each([
    [10, 5, 10.5],
    [6, 2, 6.12],
    [1.5, 10, 1.65],
    [4, 5, 4.2],
    [20, 2, 20.4],
    [0.5, 2, 0.51],
    [476.19, 5, 500],
  ])('steps %f kg by %i percent to %f kg', (loadKg, percent, expected) => {
    expect(nextLoad(loadKg, percent)).toBe(expected)
  })

  it('still adds one rounding step to a load too light for the percentage to show', () => {
    // 0.1 kg at 2% is 0.102 kg, which rounds back to 0.1: the step must still grow the load.
    expect(nextLoad(0.1, 2)).toBe(0.11)
    expect(nextLoad(0.01, 10)).toBe(0.02)
  })

  // PROGRESSION_DEFAULTS says the 0.01 kg rounding keeps a 2-10% step within its bounds from 0.5 kg up.
  it.each([
    [0.5, 2],
    [0.5, 10],
    [0.73, 2],
    [0.55, 10],
    [10, 2],
    [33.3, 10],
    [120, 2],
  ])('keeps a step of %f kg at %i percent within 2-10 percent of the load', (loadKg, percent) => {
    const rise = (nextLoad(loadKg, percent) - loadKg) / loadKg
    expect(rise).toBeGreaterThanOrEqual(0.02 - 1e-9)
    expect(rise).toBeLessThanOrEqual(0.1 + 1e-9)
  })

  it('steps the thoracic press by the loadStepPercent option, back to 2 x 8', () => {
    const decision = nextDose({ intake: CLEAR_INTAKE,
      movement: 'thoracic-press',
      sessions: [session(-1, 'thoracic-press', reps(2, 10, { loadKg: 10 }))],
      mornings: calmMornings(0),
      baselinePain: 1,
      today: TODAY,
      options: { loadStepPercent: 10 },
    })
    expect(decision._tag === 'Right' && decision.right.dose).toEqual({ kind: 'reps', sets: 2, reps: 8, loadKg: 11 })
  })
})
