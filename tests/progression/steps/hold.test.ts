import { describe, expect, it } from 'vitest'
import type { MovementVerdict } from '../../../src/index.js'
import { holdReason } from '../../../src/progression/steps/hold.js'
import { reps, session, startedPosition } from '../../support/progressionCases.js'

const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'

describe('holdReason: why a movement holds', () => {
  const position = startedPosition({ movement: 'hip-bridge', sessions: [session(0, 'hip-bridge', reps(1, 7))] })
  const verdict = (zone: MovementVerdict['zone'], rules: MovementVerdict['reasons'][number]['rule'][]): MovementVerdict => ({
    movement: 'hip-bridge',
    zone,
    action: 'hold',
    reasons: rules.map((rule) => ({ rule, message: rule })),
  })
  const waiting = {
    rule: 'awaiting-next-morning',
    message: 'hip-bridge is at 1 x 7, rung 3 of 11; its last session has no morning check after it yet, so it holds until the next morning shows it settled.',
    movement: 'hip-bridge',
    value: 3,
    limit: 11,
    source: REHAB_SOURCE,
    params: { movement: 'hip-bridge', dose: reps(1, 7), rung: 3, rungs: 11 },
  }
  const ceilingHold = {
    rule: 'ladder-hold',
    message: 'hip-bridge is at 1 x 7, rung 3 of 11; the ceiling says hold (see the reasons below).',
    movement: 'hip-bridge',
    value: 3,
    limit: 11,
    source: REHAB_SOURCE,
    params: { movement: 'hip-bridge', dose: reps(1, 7), rung: 3, rungs: 11 },
  }

  it('says a green session only awaits its next morning, rather than blaming pain', () => {
    expect(holdReason(position, 'progress', verdict('green', ['window', 'unproven-settling']))).toEqual(waiting)
  })

  it('blames the ceiling when the ceiling holds every movement, the movement is not green, or nothing is unproven', () => {
    expect(holdReason(position, 'hold', verdict('green', ['unproven-settling']))).toEqual(ceilingHold)
    expect(holdReason(position, 'progress', verdict('amber', ['unproven-settling']))).toEqual(ceilingHold)
    expect(holdReason(position, 'progress', verdict('green', ['pain-during']))).toEqual(ceilingHold)
    expect(holdReason(position, 'progress', undefined)).toEqual(ceilingHold)
  })
})

