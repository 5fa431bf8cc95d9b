import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  DEFAULT_PAIN_CEILING,
  REHAB_REPS,
  REHAB_SETS,
  REHAB_TIMES_PER_DAY,
  SELECTION_SIZE,
  movements,
  selectRehabMovements,
  type Assessment,
  type RehabSelection,
  type SelectionError,
} from '../../src/index.js'
import type { Either } from 'fp-ts/lib/Either.js'

const DATE = '2026-11-02'

const assess = (results: Assessment['results']): Assessment => ({ date: DATE, results })

const selectedIds = (result: ReturnType<typeof selectRehabMovements>): string[] =>
  result._tag === 'Right' ? result.right.selected.map((item) => item.movement) : []

const issuesOf = (input: unknown, options?: unknown) => {
  const result = selectRehabMovements(input as Assessment, options as never)
  if (result._tag !== 'Left' || result.left._tag !== 'InvalidInput') throw new Error(`expected InvalidInput, got ${JSON.stringify(result)}`)
  return result.left.issues
}

// The ten assessment movements, all scored alike in most tests, so only coverage and catalog order decide.
const TEN = movements.filter((movement) => movement.roles.includes('assessment')).map((movement) => movement.id)

describe('selectRehabMovements: the seed 001 rule', () => {
  it('uses a pain ceiling of 3 by default: 3 is eligible, 4 is not', () => {
    expect(DEFAULT_PAIN_CEILING).toBe(3)
    const result = selectRehabMovements(
      assess([
        { movement: 'hip-mobility', pain: 3 },
        { movement: 'cat-camel', pain: 4 },
        { movement: 'hip-bridge', pain: 3 },
        { movement: 'bird-dog', pain: 3 },
        { movement: 'side-plank-clam-shell', pain: 3 },
      ]),
    )
    expect(selectedIds(result)).toEqual(['hip-mobility', 'hip-bridge', 'side-plank-clam-shell', 'bird-dog'])
    expect(result._tag === 'Right' && result.right.excluded).toEqual([
      {
        movement: 'cat-camel',
        pain: 4,
        reason: expect.objectContaining({ rule: 'pain-ceiling', movement: 'cat-camel', value: 4, limit: 3 }),
      },
    ])
  })

  it('chooses five when five or more are eligible and four when exactly four are', () => {
    expect(SELECTION_SIZE).toEqual({ min: 4, max: 5 })
    expect(selectedIds(selectRehabMovements(assess(TEN.map((movement) => ({ movement, pain: 1 })))))).toHaveLength(5)
    expect(selectedIds(selectRehabMovements(assess(TEN.slice(0, 5).map((movement) => ({ movement, pain: 1 })))))).toHaveLength(5)
    expect(selectedIds(selectRehabMovements(assess(TEN.slice(0, 4).map((movement) => ({ movement, pain: 1 })))))).toHaveLength(4)
  })

  it('gives no plan, but the eligible movements and advice to see a clinician, when fewer than four are eligible', () => {
    const result = selectRehabMovements(
      assess([
        { movement: 'hip-mobility', pain: 2 },
        { movement: 'cat-camel', pain: 0 },
        { movement: 'hip-bridge', pain: 3 },
        { movement: 'bird-dog', pain: 4 },
        { movement: 'side-plank-clam-shell', pain: 9 },
      ]),
    )
    expect(result).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'NotEnoughTolerableMovements',
        eligible: [
          { movement: 'hip-mobility', pain: 2 },
          { movement: 'cat-camel', pain: 0 },
          { movement: 'hip-bridge', pain: 3 },
        ],
        needed: 4,
        painCeiling: 3,
        advice: expect.stringMatching(/doctor or physiotherapist/),
        reasons: expect.arrayContaining([expect.objectContaining({ rule: 'see-clinician' })]),
      },
    })
  })

  it('doses every chosen movement at 5-10 reps, 1-2 sets, 3 times a day, from 1 set of 5', () => {
    const result = selectRehabMovements(assess(TEN.map((movement) => ({ movement, pain: 0 }))))
    expect(result._tag).toBe('Right')
    for (const item of result._tag === 'Right' ? result.right.selected : []) {
      expect(item.reps).toEqual({ min: 5, max: 10 })
      expect(item.sets).toEqual({ min: 1, max: 2 })
      expect(item.timesPerDay).toBe(3)
      expect(item.start).toMatchObject({ kind: 'reps', sets: 1, reps: 5 })
    }
    expect([REHAB_REPS, REHAB_SETS, REHAB_TIMES_PER_DAY]).toEqual([{ min: 5, max: 10 }, { min: 1, max: 2 }, 3])
  })

  it('counts the start dose per side for movements done one side at a time', () => {
    const result = selectRehabMovements(
      assess(['bird-dog', 'hip-bridge', 'cat-camel', 'hip-mobility'].map((movement) => ({ movement, pain: 0 }))),
    )
    const starts = result._tag === 'Right' ? Object.fromEntries(result.right.selected.map((item) => [item.movement, item.start])) : {}
    expect(starts['bird-dog']).toEqual({ kind: 'reps', sets: 1, reps: 5, perSide: true })
    expect(starts['hip-bridge']).toEqual({ kind: 'reps', sets: 1, reps: 5 })
  })
})

describe('selectRehabMovements: which five', () => {
  it('prefers the set that covers more focus areas over one with less pain', () => {
    // hip-mobility, hip-bridge and side-plank-clam-shell overlap on hips and glutes; cat-camel adds lower-back
    // and thoracic, so it beats the pain-free but redundant side plank.
    const result = selectRehabMovements(
      assess([
        { movement: 'hip-mobility', pain: 0 },
        { movement: 'hip-bridge', pain: 0 },
        { movement: 'side-plank-clam-shell', pain: 0 },
        { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 },
        { movement: 'bird-dog', pain: 0 },
        { movement: 'cat-camel', pain: 3 },
      ]),
    )
    expect(selectedIds(result)).toContain('cat-camel')
    expect(result._tag === 'Right' && result.right.reasons.find((reason) => reason.rule === 'focus-coverage')?.value).toEqual([
      'hips',
      'lower-back',
      'thoracic',
      'core',
      'shoulders',
      'glutes',
      'hamstrings',
    ])
  })

  it('breaks a coverage tie by the lower total pain', () => {
    // The two beast walks carry the same focus; the one that hurts less is chosen.
    const result = selectRehabMovements(
      assess([
        { movement: 'hip-mobility', pain: 1 },
        { movement: 'cat-camel', pain: 1 },
        { movement: 'forward-reverse-beast-walk', pain: 3 },
        { movement: 'lateral-beast-walk', pain: 2 },
        { movement: 'hip-bridge', pain: 1 },
        { movement: 'bird-dog', pain: 1 },
      ]),
    )
    expect(selectedIds(result)).toEqual(['hip-mobility', 'cat-camel', 'lateral-beast-walk', 'hip-bridge', 'bird-dog'])
  })

  it('breaks a tie on coverage and pain by catalog order, variants after their movement', () => {
    const result = selectRehabMovements(
      assess([
        { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 },
        { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 0 },
        { movement: 'kettlebell-walk', pain: 0 },
        { movement: 'kettlebell-walk', variant: 'bottoms-up', pain: 0 },
        { movement: 'kettlebell-walk', variant: 'bottoms-up-overhead', pain: 0 },
        { movement: 'kettlebell-walk', variant: 'overhead-and-side', pain: 0 },
      ]),
    )
    expect(result._tag === 'Right' && result.right.selected.map((item) => item.variant ?? '-')).toEqual([
      '-',
      'by-the-side',
      'bottoms-up',
      'overhead',
      'overhead-and-side',
    ])
    expect(result._tag === 'Right' && result.right.excluded).toEqual([
      expect.objectContaining({ variant: 'bottoms-up-overhead', reason: expect.objectContaining({ rule: 'selection-size' }) }),
    ])
  })
})

describe('selectRehabMovements: the pain ceiling option', () => {
  const results = TEN.map((movement, index) => ({ movement, pain: index % 6 }))

  it('accepts a whole number from 0 to 5 and says it was set by the caller', () => {
    for (const painCeiling of [0, 1, 2, 3, 4, 5]) {
      const result = selectRehabMovements(assess(results), { painCeiling })
      const eligible = results.filter((result) => result.pain <= painCeiling).length
      if (eligible < 4) expect(result._tag === 'Left' && result.left._tag).toBe('NotEnoughTolerableMovements')
      else expect(result._tag === 'Right' && result.right.painCeiling).toBe(painCeiling)
    }
    const raised = selectRehabMovements(assess(results), { painCeiling: 5 })
    expect(raised._tag === 'Right' && raised.right.reasons[0]).toMatchObject({ rule: 'pain-ceiling', value: 5, limit: 5 })
    expect(raised._tag === 'Right' && raised.right.reasons[0]?.message).toMatch(/set by the caller/)
  })

  it.each([
    [6, 'must be at most 5'],
    [-1, 'must be at least 0'],
    [2.5, 'must be a whole number'],
    ['3', 'must be a number'],
  ])('refuses a ceiling of %j', (painCeiling, message) => {
    expect(issuesOf(assess(results), { painCeiling })).toEqual([{ path: 'options.painCeiling', message }])
  })

  it('refuses unknown options and options that are not an object', () => {
    expect(issuesOf(assess(results), { ceiling: 4 })).toEqual([{ path: 'options.ceiling', message: 'is not a known field' }])
    expect(issuesOf(assess(results), null)).toEqual([{ path: 'options', message: 'must be an object' }])
  })
})

describe('selectRehabMovements: invalid input', () => {
  const valid = { movement: 'hip-bridge', pain: 1 }

  it.each([
    ['pain above 10', { movement: 'hip-bridge', pain: 11 }, 'results.0.pain', 'must be at most 10'],
    ['pain below 0', { movement: 'hip-bridge', pain: -1 }, 'results.0.pain', 'must be at least 0'],
    ['pain not a whole number', { movement: 'hip-bridge', pain: 2.5 }, 'results.0.pain', 'must be a whole number'],
    ['pain missing', { movement: 'hip-bridge' }, 'results.0.pain', 'is required'],
    ['pain as text', { movement: 'hip-bridge', pain: '2' }, 'results.0.pain', 'must be a number'],
    ['an unknown field', { movement: 'hip-bridge', pain: 1, note: 'x' }, 'results.0.note', 'is not a known field'],
  ])('names the field for %s', (_, result, path, message) => {
    expect(issuesOf({ date: DATE, results: [result] })).toEqual([{ path, message }])
  })

  it('names every problem of the shape at once', () => {
    expect(issuesOf({ date: '2026-02-30', results: [valid, { movement: 'cat-camel', pain: 12 }], extra: true })).toEqual([
      { path: 'date', message: 'must be a calendar date written YYYY-MM-DD' },
      { path: 'results.1.pain', message: 'must be at most 10' },
      { path: 'extra', message: 'is not a known field' },
    ])
  })

  it.each(['2026-13-01', '2026-2-3', '02/11/2026', '2026-11-02T10:00:00Z', ''])('refuses the date %j', (date) => {
    expect(issuesOf({ date, results: [valid] })).toEqual([{ path: 'date', message: 'must be a calendar date written YYYY-MM-DD' }])
  })

  it('checks movements and variants against the catalog', () => {
    expect(
      issuesOf({
        date: DATE,
        results: [
          { movement: 'handstand', pain: 1 },
          { movement: 'deadbug', pain: 1 },
          { movement: 'kettlebell-walk', variant: 'sideways', pain: 1 },
          { movement: 'hip-bridge', variant: 'banded', pain: 1 },
        ],
      }),
    ).toEqual([
      { path: 'results.0.movement', message: '"handstand" is not a movement of the catalog' },
      { path: 'results.1.movement', message: '"deadbug" is not an assessment movement' },
      {
        path: 'results.2.variant',
        message: '"sideways" is not a variant of "kettlebell-walk" (by-the-side, bottoms-up, overhead, overhead-and-side, bottoms-up-overhead)',
      },
      { path: 'results.3.variant', message: '"hip-bridge" has no variants' },
    ])
  })

  it('refuses the same movement and variant twice, but not two variants of one movement', () => {
    expect(
      issuesOf({
        date: DATE,
        results: [
          { movement: 'kettlebell-walk', variant: 'overhead', pain: 1 },
          { movement: 'kettlebell-walk', pain: 1 },
          { movement: 'kettlebell-walk', variant: 'overhead', pain: 2 },
        ],
      }),
    ).toEqual([{ path: 'results.2', message: 'kettlebell-walk (overhead) is already scored at results.0' }])
  })

  it.each([null, 'assessment', 42, true, []])('answers %j with an issue at the root', (input) => {
    expect(issuesOf(input)).toEqual([{ path: '', message: 'must be an object' }])
  })

  it('answers a missing assessment as required', () => {
    expect(issuesOf(undefined)).toEqual([{ path: '', message: 'is required' }])
  })

  it('refuses an empty or over-long list without looking at its items', () => {
    expect(issuesOf({ date: DATE, results: [] })).toEqual([{ path: 'results', message: 'must hold at least 1 item(s)' }])
    expect(issuesOf({ date: DATE, results: new Array(1_000_000).fill('x') })).toEqual([
      { path: 'results', message: 'must hold at most 64 items' },
    ])
  })

  it('treats __proto__ and constructor as unknown fields and leaves Object.prototype alone', () => {
    const hostile = JSON.parse(
      '{"date":"2026-11-02","results":[{"movement":"hip-bridge","pain":1,"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}',
    )
    expect(issuesOf(hostile)).toEqual([
      { path: 'results.0.__proto__', message: 'is not a known field' },
      { path: 'constructor', message: 'is not a known field' },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('selectRehabMovements: types', () => {
  it('returns an Either of a typed error or a selection', () => {
    expectTypeOf(selectRehabMovements).returns.toEqualTypeOf<Either<SelectionError, RehabSelection>>()
    expectTypeOf<SelectionError['_tag']>().toEqualTypeOf<'InvalidInput' | 'NotEnoughTolerableMovements'>()
    expectTypeOf<RehabSelection['selected'][number]['variant']>().toEqualTypeOf<string | undefined>()
  })
})
