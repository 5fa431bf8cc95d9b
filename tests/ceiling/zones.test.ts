import { describe, expect, it } from 'vitest'
import { morningLimit, morningRise, morningZone, painLimit, painZone, stricterAction, worseZone } from '../../src/ceiling/zones.js'
import { CEILING_ACTIONS, type CeilingAction, type Zone } from '../../src/index.js'
import { day, rulesWith } from '../support/ceilingLogs.js'

const defaults = rulesWith()

describe('the traffic light of exercise pain (domain.md section 4; Silbernagel et al. 2007)', () => {
  it.each([
    [0, 'green'],
    [3, 'green'],
    [4, 'amber'],
    [5, 'amber'],
    [6, 'red'],
    [10, 'red'],
  ] as const)('with the default ceiling of 3 (seed 001), pain %i is %s', (pain, zone) => {
    expect(painZone(pain, defaults)).toBe(zone)
  })

  it('moves the green limit with the ceiling but keeps amber ending at 5', () => {
    expect(painZone(0, rulesWith({ painCeiling: 0 }))).toBe('green')
    expect(painZone(1, rulesWith({ painCeiling: 0 }))).toBe('amber')
    expect(painZone(5, rulesWith({ painCeiling: 5 }))).toBe('green')
    expect(painZone(6, rulesWith({ painCeiling: 5 }))).toBe('red')
  })

  it('names the limit an amber pain went over as the ceiling, and a red one as 5', () => {
    expect(painLimit('amber', rulesWith({ painCeiling: 2 }))).toBe(2)
    expect(painLimit('red', rulesWith({ painCeiling: 2 }))).toBe(5)
  })
})

describe('the morning against the baseline (domain.md section 4; Childs et al. 2005, Farrar et al. 2001)', () => {
  const check = (backPain: number) => ({ date: day(0), backPain })

  it('measures the rise from the baseline, negative below it', () => {
    expect(morningRise(check(5), 2)).toBe(3)
    expect(morningRise(check(1), 2)).toBe(-1)
  })

  it.each([
    [1, 'green'],
    [2, 'green'],
    [3, 'amber'],
    [4, 'red'],
    [9, 'red'],
  ] as const)('over a baseline of 2, a morning of %i is %s: 1 above is amber, 2 above a flare-up', (backPain, zone) => {
    expect(morningZone(check(backPain), 2, defaults)).toBe(zone)
  })

  it('calls a rise of 1 a flare-up when the flare-up rise is set to 1', () => {
    expect(morningZone(check(3), 2, rulesWith({ flareUpRise: 1 }))).toBe('red')
    expect(morningZone(check(2), 2, rulesWith({ flareUpRise: 1 }))).toBe('green')
  })

  it('names the flare-up rise as the limit of a red morning, and 1 as that of an amber one', () => {
    expect(morningLimit('red', rulesWith({ flareUpRise: 1 }))).toBe(1)
    expect(morningLimit('red', defaults)).toBe(2)
    expect(morningLimit('amber', defaults)).toBe(1)
  })
})

describe('combining findings', () => {
  const ZONES: readonly Zone[] = ['green', 'amber', 'red']

  it('keeps the worse of two zones, in either order', () => {
    for (const [i, a] of ZONES.entries()) {
      for (const [j, b] of ZONES.entries()) expect(worseZone(a, b)).toBe(ZONES[Math.max(i, j)])
    }
  })

  it('keeps the less permissive of two actions, in either order', () => {
    for (const [i, a] of CEILING_ACTIONS.entries()) {
      for (const [j, b] of CEILING_ACTIONS.entries()) expect(stricterAction(a, b)).toBe<CeilingAction>(CEILING_ACTIONS[Math.max(i, j)]!)
    }
  })
})
