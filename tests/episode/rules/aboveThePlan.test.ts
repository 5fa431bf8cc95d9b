import { describe, expect, it } from 'vitest'
import { aboveThePlan } from '../../../src/episode/rules/aboveThePlan.js'
import { BUILT_IN_LADDERS, SOURCES, ladderOf, type Dose, type Ladder, type SessionLog } from '../../../src/index.js'

const bridgeLadder = ladderOf({ movement: 'hip-bridge' })
const bridge: Ladder = bridgeLadder._tag === 'Right' ? bridgeLadder.right : BUILT_IN_LADDERS.deadbug
const press = BUILT_IN_LADDERS['thoracic-press']
const done = (performed: Dose, movement = 'hip-bridge'): SessionLog => ({ date: '2026-11-02', movement, performed, completed: true, painDuring: 1 })
const reps = (sets: number, count: number, loadKg?: number): Dose => ({ kind: 'reps', sets, reps: count, ...(loadKg === undefined ? {} : { loadKg }) })

describe('aboveThePlan', () => {
  it('credits a session more than one rung above the day before with the rung above it, and says so', () => {
    expect(bridgeLadder._tag).toBe('Right')
    const found = aboveThePlan(done(reps(1, 9)), reps(1, 6), bridge, 5)
    // Strictly: a dose without a load holds no loadKg key at all.
    expect(found?.dose).toStrictEqual(reps(1, 7))
    expect(found?.reason).toMatchObject({ rule: 'above-the-plan', movement: 'hip-bridge', date: '2026-11-02', value: '1 x 9', source: SOURCES.ceilingMethod })
    expect(found?.reason.message).toContain('after 1 x 6 a plan asks one step more at most: it counts as 1 x 7')
  })

  it('keeps the load of a session it credits with a lower rung, when the load was within a step', () => {
    expect(aboveThePlan(done(reps(1, 9, 5)), reps(1, 6, 5), bridge, 5)?.dose).toEqual(reps(1, 7, 5))
  })

  it('credits a first session above the first rung with the first rung', () => {
    const found = aboveThePlan(done(reps(1, 8)), undefined, bridge, 5)
    expect(found?.dose).toEqual(bridge.rungs[0])
    expect(found?.reason.message).toContain('before its first session a plan asks for its first rung')
    // No dose before: the params say so with an empty previous, which the catalogs' patterns match on.
    expect(found?.reason.params).toEqual({ movement: 'hip-bridge', done: reps(1, 8), date: '2026-11-02', previous: '', counted: bridge.rungs[0] })
    expect(aboveThePlan(done(reps(1, 5)), undefined, bridge, 5)).toBeUndefined()
  })

  it('credits a session one rung above the day before, or below it, as logged', () => {
    expect(aboveThePlan(done(reps(1, 7)), reps(1, 6), bridge, 5)).toBeUndefined()
    expect(aboveThePlan(done(reps(1, 5)), reps(1, 8), bridge, 5)).toBeUndefined()
    // The top rung asks for no rung above it.
    const top = bridge.rungs.at(-1)!
    expect(aboveThePlan(done(top), top, bridge, 5)).toBeUndefined()
  })

  it('credits a load more than one load step above the day before with the load of the day before', () => {
    const top = press.rungs.at(-1)!
    const before = { ...top, loadKg: 10 } as Dose
    // 5% of 10 kg is 10.5 kg: one step. More is not credited; one step or less is.
    expect(aboveThePlan(done({ ...top, loadKg: 10.6 } as Dose, 'thoracic-press'), before, press, 5)?.dose).toEqual(before)
    expect(aboveThePlan(done({ ...top, loadKg: 10.5 } as Dose, 'thoracic-press'), before, press, 5)).toBeUndefined()
    expect(aboveThePlan(done({ ...top, loadKg: 12 } as Dose, 'thoracic-press'), before, press, 10)?.dose).toEqual(before)
    expect(aboveThePlan(done({ ...top, loadKg: 11 } as Dose, 'thoracic-press'), before, press, 10)).toBeUndefined()
  })

  it('never credits a load that was not carried', () => {
    expect(aboveThePlan(done(reps(1, 9)), reps(1, 6, 4), bridge, 5)?.dose).toEqual(reps(1, 7))
  })
})
