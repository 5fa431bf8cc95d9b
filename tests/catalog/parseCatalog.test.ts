import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { anyJson } from '../arbitraries/json.js'
import { InvalidInputSchema } from '../../src/index.js'
import { findMovement, movements, parseCatalog, selectRehabMovements, type Catalog, type Movement } from '../../src/index.js'

const wallSit = {
  id: 'wall-sit',
  name: 'Wall sit',
  description: 'Back against a wall, knees bent, held still.',
  roles: ['assessment'],
  focus: ['quads'],
  dose: { kinds: ['reps'], perSide: false },
  variants: [],
  source: 'our clinic',
} satisfies Movement

const issuesOf = (input: unknown) => {
  const result = parseCatalog(input)
  return result._tag === 'Left' ? result.left.issues : []
}

describe('parseCatalog', () => {
  it('accepts the built-in catalog extended with an app movement and its own focus tag', () => {
    const result = parseCatalog([...movements, wallSit])
    expect(result._tag === 'Right' && result.right.length).toBe(19)
    expect(result._tag === 'Right' && Object.isFrozen(result.right[18])).toBe(true)
  })

  it('gives a catalog the selection uses, with app movements covering their own focus', () => {
    const catalog = parseCatalog([...movements, wallSit])
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    const result = selectRehabMovements(
      {
        date: '2026-11-02',
        results: ['hip-mobility', 'hip-bridge', 'bird-dog', 'cat-camel', 'side-plank-clam-shell', 'wall-sit'].map((movement) => ({
          movement,
          pain: 1,
        })),
      },
      { catalog: catalog.right },
    )
    expect(result._tag === 'Right' && result.right.selected.map((item) => item.movement)).toContain('wall-sit')
    expect(selectRehabMovements({ date: '2026-11-02', results: [{ movement: 'wall-sit', pain: 1 }] })).toMatchObject({
      left: { issues: [{ path: 'results.0.movement' }] },
    })
  })

  it('names every problem of a bad catalog by its path', () => {
    expect(
      issuesOf([
        { ...wallSit, focus: [] },
        { ...wallSit, id: 'Wall Sit', harderForm: 'handstand' },
        wallSit,
        { ...wallSit, id: 'loop', roles: ['assessment', 'assessment'], harderForm: 'loop' },
      ]),
    ).toEqual([
      { path: '0.focus', message: 'must hold at least 1 item(s)' },
      { path: '1.id', message: 'must be a lower-case kebab-case id such as "hip-bridge"' },
      { path: '3.roles', message: 'must not list a value twice' },
      { path: '3.harderForm', message: 'must name another movement, not this one' },
      { path: '2.id', message: '"wall-sit" is already used by another movement' },
      { path: '1.harderForm', message: '"handstand" is not a movement of this catalog' },
    ])
    expect(issuesOf([wallSit, wallSit, { ...wallSit, id: 'other', easierForm: 'nowhere' }])).toEqual([
      { path: '1.id', message: '"wall-sit" is already used by another movement' },
      { path: '2.easierForm', message: '"nowhere" is not a movement of this catalog' },
    ])
  })

  it('requires assessment movements to be dosed in reps, as the selection rule is', () => {
    expect(issuesOf([{ ...wallSit, dose: { kinds: ['hold'], perSide: false } }])).toEqual([
      { path: '0.dose.kinds', message: 'an assessment movement must accept a dose in reps, as the selection rule doses in reps' },
    ])
  })

  it('refuses an empty catalog, too many focus tags, and anything that is not a list', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: 'must hold at least 1 item(s)' }])
    const manyTags = Array.from({ length: 8 }, (_, index) => ({
      ...wallSit,
      id: `move-${index}`,
      focus: Array.from({ length: 4 }, (_, tag) => `tag-${index}-${tag}`),
    }))
    expect(issuesOf(manyTags)).toEqual([{ path: '', message: 'uses 32 distinct focus tags; at most 30 are allowed' }])
    expect(issuesOf({ movements })).toEqual([{ path: '', message: 'must be a list' }])
  })

  it('checks a catalog passed straight to the selection too, under options.catalog', () => {
    const result = selectRehabMovements(
      { date: '2026-11-02', results: [{ movement: 'wall-sit', pain: 1 }] },
      { catalog: [{ ...wallSit, focus: [] }] as unknown as Catalog },
    )
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues).toEqual([
      { path: 'options.catalog.0.focus', message: 'must hold at least 1 item(s)' },
    ])
  })

  it('rechecks a caller-owned catalog on every call, so a later change to it is seen', () => {
    const mutable: Movement[] = [wallSit, { ...wallSit, id: 'b' }, { ...wallSit, id: 'c' }, { ...wallSit, id: 'd' }]
    const assessment = { date: '2026-11-02', results: ['wall-sit', 'b', 'c', 'd'].map((movement) => ({ movement, pain: 0 })) }
    expect(selectRehabMovements(assessment, { catalog: mutable })._tag).toBe('Right')
    mutable[1] = { ...wallSit, id: 'b', focus: [] }
    expect(selectRehabMovements(assessment, { catalog: mutable })._tag).toBe('Left')
  })
})

// The built-in catalog with one field of one movement replaced by arbitrary JSON.
const damagedCatalog = fc
  .record({
    index: fc.integer({ min: 0, max: movements.length - 1 }),
    field: fc.constantFrom('id', 'name', 'roles', 'focus', 'dose', 'variants', 'harderForm', 'source', '__proto__'),
    value: anyJson,
  })
  .map(({ index, field, value }) =>
    movements.map((movement, position) =>
      position === index ? JSON.parse(JSON.stringify({ ...movement, [field]: value ?? null })) : movement,
    ),
  )

describe('parseCatalog properties', () => {
  test.prop([fc.oneof(anyJson, damagedCatalog)], { numRuns: 1000 })('never throws, whatever the catalog', (input) => {
    const result = parseCatalog(input)
    if (result._tag === 'Left') expect(InvalidInputSchema.safeParse(result.left).success).toBe(true)
    else expect(result.right).toHaveLength(movements.length)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('findMovement', () => {
  it('finds by id in the built-in catalog or a given one', () => {
    expect(findMovement('bird-dog')).toMatchObject({ _tag: 'Some', value: { id: 'bird-dog' } })
    expect(findMovement('wall-sit')).toEqual({ _tag: 'None' })
    expect(findMovement('wall-sit', [wallSit])).toEqual({ _tag: 'Some', value: wallSit })
  })
})
