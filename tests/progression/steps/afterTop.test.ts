import { describe, expect, it } from 'vitest'
import { DoseDecisionSchema, nextDose, type DoseDecision, type Ladder, type Movement } from '../../../src/index.js'
import type { CompiledCatalog } from '../../../src/catalog/compiledCatalog.js'
import type { StartedPosition } from '../../../src/progression/ladderPosition.js'
import { afterTop, harderFormOf } from '../../../src/progression/steps/afterTop.js'
import { decider } from '../../../src/progression/steps/decide.js'
import { calmMornings, CATALOG, day, hold, reps, session, startedPosition, TODAY, type CaseFields } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const DEADBUG_SOURCE = 'seed 000: back pain protocol: 2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds'
const PRESS_SOURCE = 'seed 000: back pain protocol: 2 sets of 8-10, 2x a week; load steps of 2-10% (ACSM 2009 progression position stand)'
const REHAB_SOURCE = 'seed 001: 5-10 reps, 1-2 sets, 3 times a day; the single-rep steps are an engine default'
const ACSM = 'ACSM 2009 position stand on progression models in resistance training: load steps of 2-10%'

const movement = (id: string): Movement => CATALOG.byId.get(id)!.movement

const top = (position: StartedPosition, options: { catalog?: CompiledCatalog; percent?: number } = {}): DoseDecision =>
  afterTop(position, movement(position.subject.movement), options.catalog ?? CATALOG, options.percent ?? 5, decider(position, []))
const topOf = (fields: CaseFields, options: { catalog?: CompiledCatalog; percent?: number } = {}): DoseDecision => top(startedPosition(fields), options)
const withAfterTop = (position: StartedPosition, afterTopOf: Ladder['afterTop']): StartedPosition => ({ ...position, ladder: { ...position.ladder, afterTop: afterTopOf } })

describe('harderFormOf: the harder form suggested at reassessment', () => {
  it('takes the next variant of a movement with variants', () => {
    expect(harderFormOf(movement('kettlebell-walk'), 'by-the-side')).toEqual({ movement: 'kettlebell-walk', variant: 'bottoms-up' })
    expect(harderFormOf(movement('kettlebell-walk'), 'overhead-and-side')).toEqual({ movement: 'kettlebell-walk', variant: 'bottoms-up-overhead' })
  })

  it('takes the first variant when none, or an unknown one, is in use', () => {
    expect(harderFormOf(movement('kettlebell-walk'), undefined)).toEqual({ movement: 'kettlebell-walk', variant: 'by-the-side' })
    expect(harderFormOf(movement('kettlebell-walk'), 'sideways')).toEqual({ movement: 'kettlebell-walk', variant: 'by-the-side' })
  })

  it('takes the catalog\'s harder form after the last variant, or when there are no variants', () => {
    expect(harderFormOf(movement('kettlebell-walk'), 'bottoms-up-overhead')).toBeUndefined()
    expect(harderFormOf({ ...movement('kettlebell-walk'), harderForm: 'farmer-carry' }, 'bottoms-up-overhead')).toEqual({ movement: 'farmer-carry' })
    expect(harderFormOf(movement('hip-bridge'), undefined)).toEqual({ movement: 'single-leg-hip-bridge' })
    expect(harderFormOf(movement('single-leg-hip-bridge'), undefined)).toBeUndefined()
  })
})

describe('afterTop: stay', () => {
  it('keeps the hip thrust at its top, 3 x 15 with a band (seed 000)', () => {
    expect(topOf({ movement: 'hip-thrust', sessions: [session(-1, 'hip-thrust', reps(3, 15, { band: true }))] })).toEqual({
      movement: 'hip-thrust',
      action: 'hold',
      dose: reps(3, 15, { band: true }),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'ladder-top',
          message: 'hip-thrust is at 3 x 15 with a band, rung 5 of 5: the top of its ladder. Keep it there.',
          movement: 'hip-thrust',
          value: 5,
          limit: 5,
          source: 'seed 000: back pain protocol: start 1 x 20 before activity, work to 3 x 15 with a band',
          params: { movement: 'hip-thrust', dose: reps(3, 15, { band: true }), rung: 5, rungs: 5, advanceTo: '' },
        },
      ],
    })
  })
})

describe('afterTop: advance (seed 000: the deadbug to the advanced hold)', () => {
  const deadbugTop: CaseFields = { movement: 'deadbug', sessions: [session(-2, 'deadbug', hold(60))] }

  it('moves on from 2 x 60 s to the advanced hold, which starts again low at 2 x 15 s', () => {
    expect(topOf(deadbugTop)).toEqual({
      movement: 'deadbug',
      action: 'advance',
      dose: hold(15),
      advanceTo: { movement: 'advanced-iso-hold' },
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'ladder-advance',
          message: 'deadbug is at 2 x 60 s, rung 9 of 9: the top. Advance to advanced-iso-hold, starting at 2 x 15 s.',
          movement: 'deadbug',
          value: 9,
          limit: 9,
          source: DEADBUG_SOURCE,
          params: { movement: 'deadbug', dose: hold(60), rung: 9, rungs: 9, advanceTo: 'advanced-iso-hold', start: hold(15) },
        },
      ],
    })
  })

  it('gives an advance its own schema accepts', () => {
    expect(DoseDecisionSchema.safeParse(topOf(deadbugTop)).success).toBe(true)
  })

  it('holds at the top when the movement to advance to is not in the catalog or has no ladder', () => {
    const nowhere = top(withAfterTop(startedPosition(deadbugTop), { kind: 'advance', to: 'nowhere' }))
    expect(nowhere).toEqual({
      movement: 'deadbug',
      action: 'hold',
      dose: hold(60),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'ladder-top',
          message: 'deadbug is at 2 x 60 s, rung 9 of 9: the top, and "nowhere" has no ladder to advance to.',
          movement: 'deadbug',
          value: 9,
          limit: 9,
          source: DEADBUG_SOURCE,
          params: { movement: 'deadbug', dose: hold(60), rung: 9, rungs: 9, advanceTo: 'nowhere' },
        },
      ],
    })
    const advanced = CATALOG.byId.get('advanced-iso-hold')!
    const byId = new Map(CATALOG.byId)
    byId.set('advanced-iso-hold', { ...advanced, ladder: undefined })
    const ladderless = topOf(deadbugTop, { catalog: { ...CATALOG, byId } })
    expect(ladderless).toMatchObject({ action: 'hold', dose: hold(60) })
    expect(ladderless.reasons[0]?.message).toBe('deadbug is at 2 x 60 s, rung 9 of 9: the top, and "advanced-iso-hold" has no ladder to advance to.')
  })
})

describe('afterTop: a load step (seed 000: the thoracic press at 2 x 10 green; ACSM 2009: 2-10%)', () => {
  const pressTop = (loadKg?: number): CaseFields => ({
    movement: 'thoracic-press',
    sessions: [session(-2, 'thoracic-press', reps(2, 10, loadKg === undefined ? {} : { loadKg }))],
  })

  it('adds the load step and goes back to 2 x 8', () => {
    expect(topOf(pressTop(10))).toEqual({
      movement: 'thoracic-press',
      action: 'progress',
      dose: reps(2, 8, { loadKg: 10.5 }),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'load-step',
          message: 'thoracic-press is at 2 x 10, rung 3 of 3: the top. Add 5% load (10 kg to 10.5 kg) and go back to 2 x 8.',
          movement: 'thoracic-press',
          value: 10.5,
          limit: 5,
          source: ACSM,
          params: { movement: 'thoracic-press', dose: reps(2, 10), rung: 3, rungs: 3, percent: 5, fromKg: 10, toKg: 10.5, backTo: reps(2, 8) },
        },
      ],
    })
    expect(topOf(pressTop(10), { percent: 2 }).dose).toEqual(reps(2, 8, { loadKg: 10.2 }))
  })

  it('goes back to the rung the ladder names', () => {
    const decision = top(withAfterTop(startedPosition(pressTop(10)), { kind: 'load-step', backTo: 1 }))
    expect(decision).toMatchObject({ action: 'progress', dose: reps(2, 9, { loadKg: 10.5 }) })
    expect(decision.reasons[0]?.message).toBe('thoracic-press is at 2 x 10, rung 3 of 3: the top. Add 5% load (10 kg to 10.5 kg) and go back to 2 x 9.')
  })

  it('holds until the load used is logged', () => {
    expect(topOf(pressTop())).toEqual({
      movement: 'thoracic-press',
      action: 'hold',
      dose: reps(2, 10),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'needs-load',
          message: 'thoracic-press is at 2 x 10, rung 3 of 3: the top. Log the load used, in kg, to take a load step from here.',
          movement: 'thoracic-press',
          value: 3,
          limit: 3,
          source: PRESS_SOURCE,
          params: { movement: 'thoracic-press', dose: reps(2, 10), rung: 3, rungs: 3 },
        },
      ],
    })
  })

  it('steps up to the heaviest load a dose may carry, 500 kg, and holds rather than pass it', () => {
    expect(topOf(pressTop(476.19))).toMatchObject({ action: 'progress', dose: reps(2, 8, { loadKg: 500 }) })
    expect(topOf(pressTop(476.2))).toEqual({
      movement: 'thoracic-press',
      action: 'hold',
      dose: reps(2, 10, { loadKg: 476.2 }),
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'load-at-maximum',
          message: 'thoracic-press is at 2 x 10, rung 3 of 3 with 476.2 kg: a further step would pass 500 kg.',
          movement: 'thoracic-press',
          value: 3,
          limit: 3,
          source: PRESS_SOURCE,
          params: { movement: 'thoracic-press', dose: reps(2, 10), rung: 3, rungs: 3, loadKg: 476.2, maxKg: 500 },
        },
      ],
    })
  })
})

describe('afterTop: the harder form at reassessment (seed 001 movements)', () => {
  it('keeps the hip bridge at 2 x 10 and suggests the single-leg hip bridge', () => {
    expect(topOf({ movement: 'hip-bridge', sessions: [session(-1, 'hip-bridge', reps(2, 10))] })).toEqual({
      movement: 'hip-bridge',
      action: 'hold',
      dose: reps(2, 10),
      harderForm: { movement: 'single-leg-hip-bridge' },
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'reassess-harder-form',
          message: 'hip-bridge is at 2 x 10, rung 11 of 11: the top. Keep it there and try single-leg-hip-bridge at the next reassessment.',
          movement: 'hip-bridge',
          value: 11,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'hip-bridge', dose: reps(2, 10), rung: 11, rungs: 11, harderForm: 'single-leg-hip-bridge' },
        },
      ],
    })
  })

  it('suggests the next kettlebell-walk variant', () => {
    const walk = topOf({ movement: 'kettlebell-walk', variant: 'by-the-side', sessions: [session(-1, 'kettlebell-walk', reps(2, 10), { variant: 'by-the-side' })] })
    expect(walk.harderForm).toEqual({ movement: 'kettlebell-walk', variant: 'bottoms-up' })
    expect(walk.reasons[0]?.message).toBe(
      'kettlebell-walk (by-the-side) is at 2 x 10, rung 11 of 11: the top. Keep it there and try kettlebell-walk (bottoms-up) at the next reassessment.',
    )
  })

  it('keeps a movement with no harder form at its top, suggesting nothing', () => {
    const perSide = reps(2, 10, { perSide: true })
    const decision = topOf({ movement: 'single-leg-hip-bridge', sessions: [session(-1, 'single-leg-hip-bridge', perSide)] })
    expect(decision).toStrictEqual({
      movement: 'single-leg-hip-bridge',
      action: 'hold',
      dose: perSide,
      nextEarliest: TODAY,
      reasons: [
        {
          rule: 'reassess-harder-form',
          message: 'single-leg-hip-bridge is at 2 x 10 per side, rung 11 of 11: the top. Keep it there; it has no harder form.',
          movement: 'single-leg-hip-bridge',
          value: 11,
          limit: 11,
          source: REHAB_SOURCE,
          params: { movement: 'single-leg-hip-bridge', dose: perSide, rung: 11, rungs: 11, harderForm: '' },
        },
      ],
    })
  })
})

describe('nextDose at the top of a ladder', () => {
  const decide = (movement: string, sessions = [session(-1, movement, reps(2, 10))], options?: { loadStepPercent: number }) => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement, sessions, mornings: calmMornings(-1, 0), baselinePain: 1, today: TODAY, ...(options === undefined ? {} : { options }) })
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
    return result.right
  }

  it('advances the deadbug at 2 x 60 s to the advanced hold at 2 x 15 s (seed 000)', () => {
    const decision = decide('deadbug', [session(-2, 'deadbug', hold(60))])
    expect(decision).toMatchObject({ action: 'advance', dose: hold(15), advanceTo: { movement: 'advanced-iso-hold' } })
  })

  it('offers the harder form on a hold, with the dose kept', () => {
    expect(decide('hip-bridge')).toMatchObject({ action: 'hold', dose: reps(2, 10), harderForm: { movement: 'single-leg-hip-bridge' } })
  })

  it('adds 5% by default at the top of the thoracic press, and 2-10% as asked', () => {
    const loaded = [session(-2, 'thoracic-press', reps(2, 10, { loadKg: 10 }))]
    expect(decide('thoracic-press', loaded).dose).toEqual(reps(2, 8, { loadKg: 10.5 }))
    expect(decide('thoracic-press', loaded, { loadStepPercent: 2 }).dose).toEqual(reps(2, 8, { loadKg: 10.2 }))
    expect(decide('thoracic-press', loaded, { loadStepPercent: 10 }).dose).toEqual(reps(2, 8, { loadKg: 11 }))
  })

  it('cites ACSM 2009 for the load step, and keeps the press to two days in seven', () => {
    const twice = [session(-5, 'thoracic-press', reps(2, 9, { loadKg: 10 })), session(-3, 'thoracic-press', reps(2, 10, { loadKg: 10 }))]
    const result = nextDose({ intake: CLEAR_INTAKE, movement: 'thoracic-press', sessions: twice, mornings: calmMornings(-4, -2), baselinePain: 1, today: TODAY })
    expect(result._tag === 'Right' && result.right).toMatchObject({ action: 'progress', dose: reps(2, 8, { loadKg: 10.5 }), nextEarliest: day(2) })
    expect(result._tag === 'Right' && result.right.reasons[0]).toEqual({
      rule: 'load-step',
      message: 'thoracic-press is at 2 x 10, rung 3 of 3: the top. Add 5% load (10 kg to 10.5 kg) and go back to 2 x 8.',
      movement: 'thoracic-press',
      value: 10.5,
      limit: 5,
      source: ACSM,
      params: { movement: 'thoracic-press', dose: reps(2, 10), rung: 3, rungs: 3, percent: 5, fromKg: 10, toKg: 10.5, backTo: reps(2, 8) },
    })
  })

  it('holds at 500 kg rather than pretend to step', () => {
    const heaviest = decide('thoracic-press', [session(-2, 'thoracic-press', reps(2, 10, { loadKg: 500 }))])
    expect(heaviest).toMatchObject({ action: 'hold', dose: reps(2, 10, { loadKg: 500 }) })
    expect(heaviest.reasons[0]?.rule).toBe('load-at-maximum')
  })

  it('waits the thoracic press\'s rest day after the load step', () => {
    expect(decide('thoracic-press', [session(-1, 'thoracic-press', reps(2, 10, { loadKg: 10 }))]).nextEarliest).toBe(day(1))
  })
})
