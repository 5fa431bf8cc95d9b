import { describe, expect, it } from 'vitest'
import { doseOfRungDone, returnAfterBreak } from '../../../src/episode/rules/returnAfterBreak.js'
import { BUILT_IN_LADDERS, EPISODE_DEFAULTS, SOURCES, type DoseDecision, type SessionLog } from '../../../src/index.js'
import { shiftDate } from '../../arbitraries/logs.js'

const ladder = BUILT_IN_LADDERS['hip-thrust']
const rung = (index: number) => ladder.rungs[index]!
const last = (date: string, index: number, loadKg?: number): SessionLog => ({
  date,
  movement: 'hip-thrust',
  performed: loadKg === undefined ? rung(index) : { ...rung(index), loadKg },
  completed: true,
  painDuring: 1,
})
const decision = (index: number): DoseDecision => ({
  movement: 'hip-thrust',
  action: 'progress',
  dose: rung(index),
  nextEarliest: '2026-11-30',
  reasons: [{ rule: 'ladder-step-up', message: 'Up.' }],
})

describe('returnAfterBreak', () => {
  it('does nothing before a full break, or with no last session', () => {
    expect(returnAfterBreak(decision(4), undefined, ladder, '2026-11-30', undefined, 1)).toBeUndefined()
    expect(returnAfterBreak(decision(4), last(shiftDate('2026-11-30', -(EPISODE_DEFAULTS.breakDays - 1)), 3), ladder, '2026-11-30', undefined, 1)).toBeUndefined()
  })

  it('counts the days off from the end of a pause, not from the last session before it', () => {
    expect(returnAfterBreak(decision(4), last('2026-11-01', 3), ladder, '2026-11-30', '2026-11-28', 1)).toBeUndefined()
    const late = returnAfterBreak(decision(4), last('2026-11-01', 3), ladder, '2026-11-30', '2026-11-16', 1)
    expect(late?.dose).toEqual(rung(1))
    expect(late?.reason).toMatchObject({ value: 14, date: '2026-11-01' })
    // A pause that ended before the last session changes nothing.
    expect(returnAfterBreak(decision(4), last('2026-11-20', 3), ladder, '2026-11-30', '2026-11-10', 1)?.reason.value).toBe(10)
  })

  it('steps back one rung per full week off, from the lower of the last rung and the decision, with its reason', () => {
    const back = returnAfterBreak(decision(4), last('2026-11-20', 3), ladder, '2026-11-30', undefined, 1)
    expect(back?.dose).toEqual(rung(2))
    expect(back?.reason).toMatchObject({ rule: 'return-after-break', movement: 'hip-thrust', date: '2026-11-20', value: 10, limit: 7, source: SOURCES.detraining })
    expect(back?.reason.message).toContain('after 1 full week off')
    expect(returnAfterBreak(decision(1), last('2026-11-16', 3), ladder, '2026-11-30', undefined, 1)?.dose).toEqual(rung(0))
    const twoWeeks = returnAfterBreak(decision(4), last('2026-11-16', 4), ladder, '2026-11-30', undefined, 1)
    expect(twoWeeks?.dose).toEqual(rung(2))
    expect(twoWeeks?.reason.message).toContain('after 2 full weeks off')
  })

  it('counts as a break only the days off beyond the run of days the schedule leaves', () => {
    // Done Monday, Wednesday and Friday: Friday to Monday is three days, so two of them are the schedule.
    const friday = '2026-11-20'
    expect(returnAfterBreak(decision(4), last(friday, 3), ladder, shiftDate(friday, EPISODE_DEFAULTS.breakDays + 1), undefined, 3)).toBeUndefined()
    const back = returnAfterBreak(decision(4), last(friday, 3), ladder, shiftDate(friday, EPISODE_DEFAULTS.breakDays + 2), undefined, 3)
    expect(back?.reason).toMatchObject({ value: EPISODE_DEFAULTS.breakDays + 2, limit: EPISODE_DEFAULTS.breakDays + 2 })
    expect(back?.dose).toEqual(rung(2))
    // Once a week: two weeks between sessions is one week off.
    expect(returnAfterBreak(decision(4), last(friday, 3), ladder, shiftDate(friday, 12), undefined, 7)).toBeUndefined()
    expect(returnAfterBreak(decision(4), last(friday, 3), ladder, shiftDate(friday, 14), undefined, 7)?.reason.message).toContain('after 1 full week off')
  })

  it('says in words when the movement was last done, the days and weeks off, and the dose and rung it comes back at', () => {
    const back = returnAfterBreak(decision(4), last('2026-11-20', 3), ladder, '2026-11-30', undefined, 1)
    expect(back?.reason.message).toBe(
      'hip-thrust was last done on 2026-11-20, with 10 days off since: after 1 full week off it comes back at 3 x 15, rung 3 of 5, and climbs again from there.',
    )
  })

  it('names the variant of a movement with variants, in its fields and its message', () => {
    const variant = { ...decision(4), movement: 'kettlebell-walk', variant: 'by-the-side' }
    const back = returnAfterBreak(variant, last('2026-11-20', 3), ladder, '2026-11-30', undefined, 1)
    expect(back?.reason).toMatchObject({ movement: 'kettlebell-walk', variant: 'by-the-side' })
    expect(back?.reason.message.startsWith('kettlebell-walk (by-the-side) was last done on 2026-11-20')).toBe(true)
    expect(returnAfterBreak(decision(4), last('2026-11-20', 3), ladder, '2026-11-30', undefined, 1)?.reason).not.toHaveProperty('variant')
  })

  it('goes no lower than the first rung, and carries the last load', () => {
    const back = returnAfterBreak(decision(4), last('2026-09-01', 4, 20), ladder, '2026-11-30', undefined, 1)
    expect(back?.dose).toEqual(ladder.rungs[0]!.kind === 'reps' ? { ...rung(0), loadKg: 20 } : rung(0))
  })
})

describe('doseOfRungDone', () => {
  it('gives the rung a dose done stands on, with the load it was done with', () => {
    expect(doseOfRungDone({ ...rung(3), loadKg: 20 }, ladder)).toEqual({ ...rung(3), loadKg: 20 })
    expect(doseOfRungDone(rung(3), ladder)).toEqual(rung(3))
    const deadbug = BUILT_IN_LADDERS.deadbug
    expect(doseOfRungDone(deadbug.rungs[2]!, deadbug)).toEqual(deadbug.rungs[2])
  })
})

