import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { BUILT_IN_CATALOG, BUILT_IN_LADDERS, CatalogSchema, type Movement } from '../../src/index.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'

const issuesOf = (catalog: unknown) => {
  const result = parseInput(CatalogSchema, catalog)
  return result._tag === 'Left' ? result.left : []
}

const withTags = (count: number): Movement[] =>
  Array.from({ length: Math.ceil(count / 8) }, (_, index) =>
    appMovement(`move-${index}`, { focus: Array.from({ length: Math.min(8, count - index * 8) }, (_, tag) => `tag-${index}-${tag}`) }),
  )

describe('CatalogSchema', () => {
  it('takes the built-in catalog and an app catalog of one movement', () => {
    expect(issuesOf(BUILT_IN_CATALOG)).toEqual([])
    expect(issuesOf([wallSit])).toEqual([])
  })

  it('holds 1 to 200 movements', () => {
    const movements = (count: number) => Array.from({ length: count }, (_, index) => appMovement(`move-${index}`))
    expect(issuesOf(movements(200))).toEqual([])
    expect(issuesOf(movements(201))).toEqual([{ code: 'too_big', path: [], message: 'must hold at most 200 items' }])
    expect(issuesOf([])).toEqual([{ code: 'too_small', path: [], message: 'must hold at least 1 item(s)' }])
  })

  it('refuses a second movement with an id already used, at the later one', () => {
    expect(issuesOf([wallSit, appMovement('other'), wallSit])).toEqual([
      { code: 'duplicate', path: [2, 'id'], message: '"wall-sit" is already used by another movement' },
    ])
  })

  it('needs the harder and easier forms to name movements of the same catalog, wherever they stand in it', () => {
    expect(issuesOf([appMovement('easy', { harderForm: 'hard' }), appMovement('hard', { easierForm: 'easy' })])).toEqual([])
    expect(issuesOf([appMovement('easy', { harderForm: 'hard', easierForm: 'easier' })])).toEqual([
      { code: 'not_in_catalog', path: [0, 'harderForm'], message: '"hard" is not a movement of this catalog' },
      { code: 'not_in_catalog', path: [0, 'easierForm'], message: '"easier" is not a movement of this catalog' },
    ])
  })

  it('needs a ladder that advances to go to another movement of the catalog', () => {
    const advancing = (id: string, to: string) =>
      appMovement(id, { roles: ['protocol'], dose: { kinds: ['hold'], perSide: false }, ladder: { ...BUILT_IN_LADDERS.deadbug, afterTop: { kind: 'advance', to } } })
    expect(issuesOf([advancing('first', 'second'), appMovement('second')])).toEqual([])
    const refused = (to: string) => ({ code: 'not_in_catalog', path: [0, 'ladder', 'afterTop', 'to'], message: `"${to}" is not another movement of this catalog` })
    expect(issuesOf([advancing('first', 'nowhere')])).toEqual([refused('nowhere')])
    expect(issuesOf([advancing('first', 'first')])).toEqual([refused('first')])
  })

  // The selection scores coverage with 32-bit masks (INPUT_LIMITS.catalogFocusAreas).
  it('counts the distinct focus tags across the catalog: 30 are allowed, 31 are not', () => {
    expect(issuesOf(withTags(30))).toEqual([])
    expect(issuesOf(withTags(31))).toEqual([{ code: 'too_big', path: [], message: 'uses 31 distinct focus tags; at most 30 are allowed' }])
    const shared = Array.from({ length: 10 }, (_, index) => appMovement(`move-${index}`, { focus: ['tag-a', 'tag-b', 'tag-c', 'tag-d'] }))
    expect(issuesOf(shared)).toEqual([])
  })
})
