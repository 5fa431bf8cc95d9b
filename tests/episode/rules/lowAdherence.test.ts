import { describe, expect, it } from 'vitest'
import { lowAdherence } from '../../../src/episode/rules/lowAdherence.js'
import { EPISODE_DEFAULTS, SOURCES, type Adherence, type MovementAdherence } from '../../../src/index.js'

const week = (kept: MovementAdherence): Adherence => ({ from: '2026-11-01', through: '2026-11-07', ...kept, movements: [kept] })
const bridge = (done: number, prescribed: number): MovementAdherence => ({ movement: 'hip-bridge', prescribed, done, skipped: 0, ...(prescribed === 0 ? {} : { share: done / prescribed }) })

describe('lowAdherence', () => {
  it('holds a movement done on fewer than half of the times asked for, naming the counts and the share', () => {
    const kept = bridge(10, 21)
    const reason = lowAdherence(week(kept), kept)
    expect(reason).toMatchObject({ rule: 'low-adherence', movement: 'hip-bridge', date: '2026-11-07', value: 10 / 21, limit: EPISODE_DEFAULTS.minimumAdherence, source: SOURCES.engine })
    expect(reason?.message).toContain('done 10 of the 21 times')
    expect(reason?.message).toContain('(48%), under the 50%')
  })

  it('lets a movement done on half of the times or more step up', () => {
    for (const kept of [bridge(11, 21), bridge(3, 6), bridge(21, 21)]) expect(lowAdherence(week(kept), kept)).toBeUndefined()
  })

  it('has nothing to say when nothing was prescribed, or the movement is not in the week', () => {
    const none = bridge(0, 0)
    expect(lowAdherence(week(none), none)).toBeUndefined()
    expect(lowAdherence(week(none), undefined)).toBeUndefined()
  })

  it('names the variant of a movement it holds', () => {
    const kept: MovementAdherence = { movement: 'kettlebell-walk', variant: 'by-the-side', prescribed: 7, done: 1, skipped: 3, share: 1 / 7 }
    expect(lowAdherence(week(kept), kept)).toMatchObject({ movement: 'kettlebell-walk', variant: 'by-the-side' })
  })
})
