import { describe, expect, it } from 'vitest'
import type { CeilingVerdict, Reason } from '../../../src/index.js'
import { chronologically } from '../../../src/ceiling/chronologically.js'
import { ladderPosition } from '../../../src/progression/ladderPosition.js'
import { startMovement } from '../../../src/progression/steps/start.js'
import { CATALOG, doseCase, TODAY } from '../../support/progressionCases.js'

const position = ladderPosition(doseCase({ movement: 'deadbug' }), chronologically(CATALOG))
const referPain: Reason = { rule: 'refer-pain', message: 'Morning back pain reached 8/10.' }
const verdict = (reasons: readonly Reason[]): CeilingVerdict => ({ zone: 'red', action: 'stop-and-refer', flareUp: false, movements: [], reasons })

describe('startMovement: a movement with no session yet', () => {
  it('starts at the bottom rung today, the deadbug at 2 x 20 s (seed 000), with the ladder as its only reason', () => {
    expect(startMovement(position, verdict([referPain]), 'step-down')).toStrictEqual({
      _tag: 'Right',
      right: {
        movement: 'deadbug',
        action: 'start',
        dose: { kind: 'hold', sets: 2, seconds: 20 },
        nextEarliest: TODAY,
        reasons: [
          {
            rule: 'ladder-start',
            message: 'No deadbug session yet: start at 2 x 20 s, rung 1 of 9.',
            movement: 'deadbug',
            value: 1,
            limit: 9,
            source: 'seed 000: back pain protocol: 2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds',
            params: { movement: 'deadbug', dose: { kind: 'hold', sets: 2, seconds: 20 }, rungs: 9 },
          },
        ],
      },
    })
  })

  it('does not start when the ceiling says stop and refer: a referral with no dose, the ceiling\'s reasons after its own', () => {
    const result = startMovement(position, verdict([referPain]), 'stop-and-refer')
    expect(result._tag).toBe('Left')
    if (result._tag !== 'Left') return
    expect(result.left).toMatchObject({ _tag: 'Referral', cause: 'ceiling', urgency: 'soon' })
    expect(result.left).not.toHaveProperty('dose')
    expect(result.left.reasons.map((reason) => reason.rule)).toEqual(['ceiling-stop', 'refer-pain'])
    expect(result.left.reasons[0]?.message).toMatch(/^No deadbug session yet; the ceiling says stop and see a clinician\./)
  })
})
