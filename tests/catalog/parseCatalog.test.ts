import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  InvalidInputSchema,
  findMovement,
  parseCatalog,
  selectRehabMovements,
  type CatalogInput,
  type Movement,
} from '../../src/index.js'
import { isTrusted } from '../../src/_lib/trustedValues.js'
import { anyJson } from '../arbitraries/json.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'
import { prototypeIsClean } from '../support/hostile.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const issuesOf = (input: unknown) => {
  const result = parseCatalog(input as CatalogInput)
  return result._tag === 'Left' ? result.left.issues : []
}

const catalogOf = (input: CatalogInput) => {
  const result = parseCatalog(input)
  if (result._tag !== 'Right') throw new Error(`expected a catalog, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('parseCatalog', () => {
  it('accepts the built-in catalog extended with an app movement and its own focus tag, as a frozen copy', () => {
    const input = [...BUILT_IN_CATALOG, wallSit]
    const catalog = catalogOf(input)
    expect(catalog).toEqual(input)
    expect(catalog).not.toBe(input)
    expect([Object.isFrozen(catalog), Object.isFrozen(catalog[18]), Object.isFrozen(catalog[18]?.focus)]).toEqual([true, true, true])
    expect(isTrusted(catalog)).toBe(true)
  })

  it("leaves the caller's value unchanged and unfrozen", () => {
    const own = { ...wallSit, focus: ['quads'] }
    const input = [own]
    catalogOf(input)
    expect([Object.isFrozen(input), Object.isFrozen(own), Object.isFrozen(own.focus)]).toEqual([false, false, false])
    expect(input).toEqual([wallSit])
  })

  it('gives a catalog the selection uses as it is, with app movements covering their own focus', () => {
    const catalog = catalogOf([...BUILT_IN_CATALOG, wallSit])
    const results = ['hip-mobility', 'hip-bridge', 'bird-dog', 'cat-camel', 'side-plank-clam-shell', 'wall-sit'].map((movement) => ({ movement, pain: 1 }))
    const selection = selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: '2026-11-02', results }, options: { catalog } })
    expect(selection._tag === 'Right' && selection.right.selected.map((item) => item.movement)).toContain('wall-sit')
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: '2026-11-02', results: [{ movement: 'wall-sit', pain: 1 }] } })).toMatchObject({
      left: { issues: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'] }] },
    })
  })

  it('names every problem of a bad catalog by its code and path, the checks across movements last', () => {
    expect(
      issuesOf([
        appMovement('wall-sit', { focus: [] }),
        appMovement('Wall Sit', { harderForm: 'handstand' }),
        wallSit,
        appMovement('loop', { roles: ['assessment', 'assessment'], harderForm: 'loop' }),
      ]),
    ).toEqual([
      { code: 'too_small', path: [0, 'focus'], message: 'must hold at least 1 item(s)' },
      { code: 'invalid_format', path: [1, 'id'], message: 'must be a lower-case kebab-case id such as "hip-bridge"' },
      { code: 'duplicate', path: [3, 'roles'], message: 'must not list a value twice' },
      { code: 'inconsistent', path: [3, 'harderForm'], message: 'must name another movement, not this one' },
      { code: 'duplicate', path: [2, 'id'], message: '"wall-sit" is already used by another movement' },
      { code: 'not_in_catalog', path: [1, 'harderForm'], message: '"handstand" is not a movement of this catalog' },
    ])
    expect(issuesOf([wallSit, wallSit, appMovement('other', { easierForm: 'nowhere' })])).toEqual([
      { code: 'duplicate', path: [1, 'id'], message: '"wall-sit" is already used by another movement' },
      { code: 'not_in_catalog', path: [2, 'easierForm'], message: '"nowhere" is not a movement of this catalog' },
    ])
  })

  it('requires assessment movements to be dosed in reps, as the selection rule is (seed 001)', () => {
    expect(issuesOf([appMovement('wall-sit', { dose: { kinds: ['hold'], perSide: false } })])).toEqual([
      {
        code: 'inconsistent',
        path: [0, 'dose', 'kinds'],
        message: 'an assessment movement must accept a dose in reps, as the selection rule doses in reps',
      },
    ])
  })

  it('refuses an empty catalog and too many focus tags', () => {
    expect(issuesOf([])).toEqual([{ code: 'too_small', path: [], message: 'must hold at least 1 item(s)' }])
    const manyTags = Array.from({ length: 8 }, (_, index) =>
      appMovement(`move-${index}`, { focus: Array.from({ length: 4 }, (_, tag) => `tag-${index}-${tag}`) }),
    )
    expect(issuesOf(manyTags)).toEqual([{ code: 'too_big', path: [], message: 'uses 32 distinct focus tags; at most 30 are allowed' }])
  })

  it('refuses anything that is not a list', () => {
    expect(issuesOf({ movements: BUILT_IN_CATALOG })).toEqual([{ code: 'invalid_type', path: [], message: 'must be a list' }])
  })

  it('refuses what is not plain data before reading it', () => {
    expect(issuesOf([{ ...wallSit, focus: new Set(['quads']) }])).toEqual([
      { code: 'not_plain_data', path: [0, 'focus'], message: 'must be plain data, not Set' },
    ])
  })

  it('checks a catalog passed straight to a function too, under options.catalog', () => {
    const result = selectRehabMovements({ intake: CLEAR_INTAKE,
      assessment: { date: '2026-11-02', results: [{ movement: 'wall-sit', pain: 1 }] },
      options: { catalog: [appMovement('wall-sit', { focus: [] })] },
    })
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues).toEqual([
      { code: 'too_small', path: ['options', 'catalog', 0, 'focus'], message: 'must hold at least 1 item(s)' },
    ])
  })

  it('rechecks a caller-owned catalog on every call, so a later change to it is seen', () => {
    const mutable: Movement[] = [wallSit, appMovement('b'), appMovement('c'), appMovement('d')]
    const assessment = { date: '2026-11-02', results: ['wall-sit', 'b', 'c', 'd'].map((movement) => ({ movement, pain: 0 })) }
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { catalog: mutable } })._tag).toBe('Right')
    mutable[1] = appMovement('b', { focus: [] })
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment, options: { catalog: mutable } })._tag).toBe('Left')
    expect(findMovement({ movement: 'b', options: { catalog: mutable } })._tag).toBe('Left')
  })
})

// The built-in catalog with one field of one movement replaced by arbitrary JSON.
const damagedCatalog = fc
  .record({
    index: fc.integer({ min: 0, max: BUILT_IN_CATALOG.length - 1 }),
    field: fc.constantFrom('id', 'name', 'roles', 'focus', 'dose', 'variants', 'harderForm', 'ladder', 'source', '__proto__'),
    value: anyJson,
  })
  .map(({ index, field, value }) =>
    BUILT_IN_CATALOG.map((movement, position) => (position === index ? JSON.parse(JSON.stringify({ ...movement, [field]: value ?? null })) : movement)),
  )

describe('parseCatalog properties', () => {
  it('answers any input with a catalog or issues of the public shape, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, damagedCatalog), (input) => {
        const result = parseCatalog(input as CatalogInput)
        if (result._tag === 'Left') expect(InvalidInputSchema.safeParse(result.left).success).toBe(true)
        else expect(result.right.length).toBeGreaterThan(0)
        expect(prototypeIsClean()).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('gives back a catalog equal to the one it was given', () => {
    fc.assert(
      fc.property(fc.subarray([...BUILT_IN_CATALOG], { minLength: 1 }), (movements) => {
        const linked = new Set(movements.map((movement) => movement.id))
        const closed = movements.filter((movement) =>
          [movement.harderForm, movement.easierForm, movement.ladder?.afterTop.kind === 'advance' ? movement.ladder.afterTop.to : undefined].every(
            (target) => target === undefined || linked.has(target),
          ),
        )
        fc.pre(closed.length > 0)
        expect(parseCatalog(closed)).toEqual({ _tag: 'Right', right: closed })
      }),
      { numRuns: 100 },
    )
  })
})
