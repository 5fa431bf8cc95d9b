import { describe, expect, it } from 'vitest'
import { nextDose, type Reason } from '../../../src/index.js'
import { decider } from '../../../src/progression/steps/decide.js'
import { calmMornings, day, reps, session, startedPosition, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const own: Reason = { rule: 'ladder-hold', message: 'held' }
const ceiling: Reason[] = [
  { rule: 'window', message: 'the window' },
  { rule: 'pain-during', message: 'pain during' },
]

describe('decider: a decision at a rung', () => {
  it('names the movement and variant, doses the rung with the load carried, and keeps the ladder\'s frequency', () => {
    const position = startedPosition({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      sessions: [session(0, 'kettlebell-walk', reps(1, 7, { loadKg: 8 }), { variant: 'overhead', time: '08:00' })],
    })
    expect(decider(position, ceiling)('step-down', 1, own)).toStrictEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      action: 'step-down',
      dose: reps(1, 6, { loadKg: 8 }),
      // seed 001: up to three rehab sessions a day, so a second one today is allowed.
      nextEarliest: TODAY,
      reasons: [own, ...ceiling],
    })
  })

  it('doses without a load when none was used, and waits out the frequency', () => {
    const position = startedPosition({ movement: 'thoracic-press', sessions: [session(0, 'thoracic-press', reps(2, 9))] })
    expect(decider(position, [])('progress', 2, own)).toStrictEqual({
      movement: 'thoracic-press',
      action: 'progress',
      dose: reps(2, 10),
      // seed 000: the thoracic press twice a week, with a rest day between.
      nextEarliest: day(2),
      reasons: [own],
    })
  })
})

describe('nextDose puts the ladder\'s reason first and the ceiling\'s after it', () => {
  it('carries the load of the last session into the next dose', () => {
    const result = nextDose({ intake: CLEAR_INTAKE,
      movement: 'thoracic-press',
      sessions: [session(-2, 'thoracic-press', reps(2, 8, { loadKg: 6 }))],
      mornings: calmMornings(-1, 0),
      baselinePain: 1,
      today: TODAY,
    })
    expect(result._tag === 'Right' && result.right.dose).toEqual(reps(2, 9, { loadKg: 6 }))
    expect(result._tag === 'Right' && result.right.reasons.map((reason) => reason.rule)).toEqual(['ladder-step-up', 'window', 'all-green'])
  })
})
