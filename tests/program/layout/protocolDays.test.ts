import { describe, expect, it } from 'vitest'
import { longestScheduledGap, protocolMovementsOn, protocolWeekdays } from '../../../src/program/layout/protocolDays.js'
import { programLayout } from '../../../src/program/programOptions.js'

const DEFAULT = programLayout(undefined)
// 2026-11-02 is a Monday.
const day = (offset: number) => `2026-11-${String(2 + offset).padStart(2, '0')}`

describe('protocolMovementsOn', () => {
  it('lays the warm-ups on every day, and the rest on their default weekdays (seed 000: the deadbug 1-3 a week, the thoracic press 2)', () => {
    const week = Array.from({ length: 7 }, (_, offset) => protocolMovementsOn(day(offset), DEFAULT))
    for (const movements of week) expect(movements.slice(0, 2)).toEqual(['back-mobility-warm-up', 'hamstring-mobility-warm-up'])
    const daysOf = (movement: string) => week.flatMap((movements, offset) => (movements.includes(movement) ? [offset] : []))
    expect(daysOf('hip-thrust')).toEqual([0, 2, 4])
    expect(daysOf('raising-the-roof')).toEqual([0, 2, 4])
    expect(daysOf('deadbug')).toEqual([0, 2, 4])
    expect(daysOf('thoracic-press')).toEqual([1, 4])
    // In session order: the hip thrust before the workout, the between-sets movements last.
    expect(week[4]).toEqual(['back-mobility-warm-up', 'hamstring-mobility-warm-up', 'hip-thrust', 'deadbug', 'thoracic-press', 'progressive-bodyweight-squat', 'raising-the-roof'])
  })

  it('follows the days the options name', () => {
    const layout = programLayout({ workoutDays: ['sunday'], deadbugDays: ['tuesday'], thoracicPressDays: ['monday', 'thursday'] })
    expect(protocolMovementsOn(day(6), layout)).toContain('hip-thrust')
    expect(protocolMovementsOn(day(0), layout)).toEqual(['back-mobility-warm-up', 'hamstring-mobility-warm-up', 'thoracic-press'])
    expect(protocolWeekdays('deadbug', layout)).toEqual(new Set(['tuesday']))
    expect(protocolWeekdays('hip-bridge', layout)).toBeUndefined()
  })
})

describe('longestScheduledGap', () => {
  it('is the longest run of days from one program day to the next, the week wrapping round', () => {
    expect(longestScheduledGap(protocolWeekdays('back-mobility-warm-up', DEFAULT)!)).toBe(1)
    expect(longestScheduledGap(new Set(['monday', 'wednesday', 'friday'] as const))).toBe(3)
    expect(longestScheduledGap(new Set(['tuesday', 'friday'] as const))).toBe(4)
    expect(longestScheduledGap(new Set(['saturday'] as const))).toBe(7)
    expect(longestScheduledGap(new Set())).toBe(7)
  })
})
