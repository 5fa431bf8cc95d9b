import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, BUILT_IN_LADDERS, LadderSchema, ladderOf, PROTOCOL_DOSES, type Dose, type Ladder } from '../../src/index.js'

const hold = (seconds: number): Dose => ({ kind: 'hold', sets: 2, seconds })
const reps = (sets: number, count: number, extra: { perSide?: true; band?: true } = {}): Dose => ({ kind: 'reps', sets, reps: count, ...extra })

const ladder = (id: keyof typeof BUILT_IN_LADDERS): Ladder => BUILT_IN_LADDERS[id]

/*
 * The numbers come from seed 000 (the back pain protocol) and seed 004 (the
 * between-sets movements), as domain.md section 5 lists them; the step sizes
 * between a seed's start and top are engine defaults.
 */
describe('the deadbug ladder (seed 000; domain.md section 5)', () => {
  it('starts at 2 x 20 s, climbs 5 s a rung, tops out at 2 x 60 s, then advances to the advanced hold', () => {
    expect(ladder('deadbug').rungs).toStrictEqual([20, 25, 30, 35, 40, 45, 50, 55, 60].map(hold))
    expect(ladder('deadbug').afterTop).toStrictEqual({ kind: 'advance', to: 'advanced-iso-hold' })
  })

  it('is done once a day on 1-3 days a week, never two days running', () => {
    expect(ladder('deadbug').frequency).toStrictEqual({ perDay: 1, perWeek: { min: 1, max: 3 }, minDaysApart: 2 })
    expect(ladder('deadbug').source).toMatch(/^seed 000: .*2 x 20-30 s holds, 1-3x a week, up to 60 s, then advanced holds$/)
  })

  it('holds the numbers PROTOCOL_DOSES gives for it', () => {
    const { sets, startSeconds, stepSeconds, topSeconds } = PROTOCOL_DOSES.deadbug
    const rungs = ladder('deadbug').rungs
    expect(rungs[0]).toStrictEqual({ kind: 'hold', sets, seconds: startSeconds })
    expect(rungs.at(-1)).toStrictEqual({ kind: 'hold', sets, seconds: topSeconds })
    expect(rungs[1]).toStrictEqual({ kind: 'hold', sets, seconds: startSeconds + stepSeconds })
  })
})

describe('the advanced hold ladder (seed 000, starting low again as an engine default)', () => {
  it('starts again at 2 x 15 s, climbs 5 s a rung to 2 x 60 s, and stays there', () => {
    expect(ladder('advanced-iso-hold').rungs).toStrictEqual([15, 20, 25, 30, 35, 40, 45, 50, 55, 60].map(hold))
    expect(ladder('advanced-iso-hold').afterTop).toStrictEqual({ kind: 'stay' })
    expect(ladder('advanced-iso-hold').frequency).toStrictEqual(ladder('deadbug').frequency)
    expect(ladder('advanced-iso-hold').source).toMatch(/^seed 000: .*advanced holds once the deadbug reaches 60 s/)
  })
})

describe('the hip thrust ladder (seed 000; domain.md section 5)', () => {
  it('climbs from 1 x 20 without a band to 3 x 15 with a band, done daily', () => {
    expect(ladder('hip-thrust').rungs).toStrictEqual([reps(1, 20), reps(2, 15), reps(3, 15), reps(2, 15, { band: true }), reps(3, 15, { band: true })])
    expect(ladder('hip-thrust').afterTop).toStrictEqual({ kind: 'stay' })
    expect(ladder('hip-thrust').frequency).toStrictEqual({ perDay: 1, minDaysApart: 1 })
    expect(ladder('hip-thrust').source).toMatch(/^seed 000: .*start 1 x 20 before activity, work to 3 x 15 with a band$/)
  })
})

describe('the thoracic press ladder (seed 000; load steps from ACSM 2009)', () => {
  it('climbs 2 x 8, 2 x 9, 2 x 10, then adds a load step and drops back to 2 x 8', () => {
    expect(ladder('thoracic-press').rungs).toStrictEqual([reps(2, 8), reps(2, 9), reps(2, 10)])
    expect(ladder('thoracic-press').afterTop).toStrictEqual({ kind: 'load-step', backTo: 0 })
  })

  it('is done twice a week, never two days running', () => {
    expect(ladder('thoracic-press').frequency).toStrictEqual({ perDay: 1, perWeek: { min: 2, max: 2 }, minDaysApart: 2 })
    expect(ladder('thoracic-press').source).toMatch(/^seed 000: .*2 sets of 8-10, 2x a week; load steps of 2-10%/)
  })
})

describe('the warm-up ladders (seed 000)', () => {
  it('takes the back mobility warm-up from 10 to 15 a side, one rep at a time', () => {
    expect(ladder('back-mobility-warm-up').rungs).toStrictEqual([10, 11, 12, 13, 14, 15].map((count) => reps(1, count, { perSide: true })))
    expect(ladder('back-mobility-warm-up').source).toMatch(/^seed 000: .*10-15 a side/)
  })

  it('keeps the hamstring warm-up at 20 in all, alternating legs', () => {
    expect(ladder('hamstring-mobility-warm-up').rungs).toStrictEqual([reps(1, 20)])
    expect(ladder('hamstring-mobility-warm-up').source).toMatch(/^seed 000: .*20 in total/)
  })
})

describe('the between-sets ladders (seed 004)', () => {
  it('takes the bodyweight squat from 10 to 20 reps, two at a time', () => {
    expect(ladder('progressive-bodyweight-squat').rungs).toStrictEqual([10, 12, 14, 16, 18, 20].map((count) => reps(1, count)))
    expect(ladder('progressive-bodyweight-squat').source).toMatch(/^seed 004: .*10-20 reps/)
  })

  it('keeps raising the roof at about 5 reps, each held 1 s and then 2 s', () => {
    expect(ladder('raising-the-roof').rungs).toStrictEqual([
      { kind: 'reps', sets: 1, reps: 5, holdSeconds: 1 },
      { kind: 'reps', sets: 1, reps: 5, holdSeconds: 2 },
    ])
    expect(ladder('raising-the-roof').source).toMatch(/^seed 004: .*about 5 reps, each held 1-2 s/)
  })
})

describe('every built-in ladder', () => {
  it.each(Object.keys(BUILT_IN_LADDERS) as (keyof typeof BUILT_IN_LADDERS)[])('%s passes LadderSchema', (id) => {
    expect(LadderSchema.safeParse(ladder(id)).success).toBe(true)
  })

  it.each(['back-mobility-warm-up', 'hamstring-mobility-warm-up', 'progressive-bodyweight-squat', 'raising-the-roof'] as const)(
    '%s may be done every day and stays at its top',
    (id) => {
      expect(ladder(id).frequency).toStrictEqual({ perDay: 1, minDaysApart: 1 })
      expect(ladder(id).afterTop).toStrictEqual({ kind: 'stay' })
    },
  )

  it('is the ladder of the catalog movement of the same id, and the one ladderOf gives', () => {
    for (const [id, own] of Object.entries(BUILT_IN_LADDERS)) {
      expect(BUILT_IN_CATALOG.find((movement) => movement.id === id)?.ladder).toBe(own)
      expect(ladderOf({ movement: id })).toEqual({ _tag: 'Right', right: own })
    }
  })
})
