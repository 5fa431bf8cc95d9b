import { describe, expect, it } from 'vitest'
import { pauseEndedReason, pauseFrom, pauseHeldReason } from '../../../src/episode/rules/heldPause.js'
import { PROGRESSION_DEFAULTS, type MovementVerdict } from '../../../src/index.js'
import { shiftDate } from '../../arbitraries/logs.js'

const verdict: MovementVerdict = { movement: 'kettlebell-walk', variant: 'overhead', zone: 'red', action: 'pause', reasons: [{ rule: 'repeated-red', message: 'Red twice.' }] }
const ref = { index: 5, type: 'session', date: '2026-11-03' } as const

describe('pauseFrom', () => {
  it('fixes the date it ends on from the day it began', () => {
    const pause = pauseFrom(verdict, ref)
    expect(pause).toEqual({
      subject: { movement: 'kettlebell-walk', variant: 'overhead' },
      since: '2026-11-03',
      resumeOn: shiftDate('2026-11-03', PROGRESSION_DEFAULTS.pauseDays),
      causedBy: ref,
      reasons: verdict.reasons,
    })
  })

  it('explains itself while it holds, and once it ends', () => {
    const pause = pauseFrom(verdict, ref)
    expect(pauseHeldReason(pause)).toMatchObject({ rule: 'pause-held', movement: 'kettlebell-walk', variant: 'overhead', date: pause.resumeOn, value: '2026-11-03' })
    expect(pauseHeldReason(pause).message).toContain('kettlebell-walk (overhead)')
    expect(pauseEndedReason(pause, '2026-11-10', 'date')).toMatchObject({ rule: 'pause-ended', date: '2026-11-10' })
    expect(pauseEndedReason(pause, '2026-11-05', 'clearance').message).toContain('A clinician lifted')
    expect(pauseEndedReason(pause, '2026-11-10', 'date').message).toContain('ended on 2026-11-10')
  })
})
