import { describe, expect, it } from 'vitest'
import { pauseFrom } from '../../../src/episode/rules/heldPause.js'
import { repeatedPauseReferral } from '../../../src/episode/rules/repeatedPause.js'
import { EPISODE_DEFAULTS, type MovementVerdict } from '../../../src/index.js'
import { shiftDate } from '../../arbitraries/logs.js'

const verdict: MovementVerdict = { movement: 'kettlebell-walk', variant: 'overhead', zone: 'red', action: 'pause', reasons: [{ rule: 'repeated-red', message: 'Red twice.' }] }
const ref = { index: 5, type: 'session', date: '2026-11-03' } as const

describe('repeatedPauseReferral', () => {
  const pause = pauseFrom(verdict, ref)
  const limit = shiftDate(pause.since, -EPISODE_DEFAULTS.repeatedPauseDays)

  it('refers a second pause that begins within repeatedPauseDays of the one before, and no first or later one', () => {
    expect(repeatedPauseReferral(pause, undefined, ref)).toBeUndefined()
    expect(repeatedPauseReferral(pause, shiftDate(limit, -1), ref)).toBeUndefined()
    const held = repeatedPauseReferral(pause, limit, ref)
    // Held as a referral of the ceiling's: the fold then holds no second one for the same reds.
    expect(held).toMatchObject({ since: '2026-11-03', causedBy: ref, origin: 'ceiling', referral: { cause: 'ceiling', urgency: 'soon' } })
    expect(held!.referral.reasons.map((reason) => reason.rule)).toEqual(['repeated-pause', 'repeated-red'])
    expect(held!.referral.reasons[0]).toMatchObject({ value: limit, limit: EPISODE_DEFAULTS.repeatedPauseDays })
  })
})
