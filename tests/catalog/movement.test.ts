import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/_lib/parseInput.js'
import { BUILT_IN_CATALOG, DoseShapeSchema, MovementSchema, RoleSchema, VariantSchema, type Ladder } from '../../src/index.js'
import { appMovement, wallSit } from '../support/catalogMovements.js'

const issuesOf = (movement: unknown) => {
  const result = parseInput(MovementSchema, movement)
  return result._tag === 'Left' ? result.left : []
}

const ladder = (rungs: Ladder['rungs']): Ladder => ({ rungs, afterTop: { kind: 'stay' }, frequency: { perDay: 1, minDaysApart: 1 }, source: 'clinic' })

describe('MovementSchema', () => {
  it('takes every built-in movement and an app movement', () => {
    for (const movement of [...BUILT_IN_CATALOG, wallSit]) expect(issuesOf(movement)).toEqual([])
  })

  it('bounds the length of each text and the size of each list', () => {
    expect(issuesOf(appMovement('x', { name: 'n'.repeat(80), description: 'd'.repeat(300), source: 's'.repeat(200) }))).toEqual([])
    expect(issuesOf(appMovement('x', { name: 'n'.repeat(81), description: 'd'.repeat(301), source: 's'.repeat(201) }))).toEqual([
      { code: 'too_big', path: ['name'], message: 'must be at most 80 characters' },
      { code: 'too_big', path: ['description'], message: 'must be at most 300 characters' },
      { code: 'too_big', path: ['source'], message: 'must be at most 200 characters' },
    ])
    const tags = (count: number) => Array.from({ length: count }, (_, index) => `tag-${index}`)
    const variants = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `v-${index}`, name: `V ${index}` }))
    expect(issuesOf(appMovement('x', { focus: tags(8), variants: variants(20) }))).toEqual([])
    expect(issuesOf(appMovement('x', { focus: tags(9), variants: variants(21) }))).toEqual([
      { code: 'too_big', path: ['focus'], message: 'must hold at most 8 items' },
      { code: 'too_big', path: ['variants'], message: 'must hold at most 20 items' },
    ])
    expect(issuesOf(appMovement('x', { roles: [], focus: [] }))).toEqual([
      { code: 'too_small', path: ['roles'], message: 'must hold at least 1 item(s)' },
      { code: 'too_small', path: ['focus'], message: 'must hold at least 1 item(s)' },
    ])
  })

  it('refuses a value listed twice in its roles, focus, variant ids or dose kinds', () => {
    expect(
      issuesOf(
        appMovement('x', {
          roles: ['assessment', 'assessment'],
          focus: ['core', 'core'],
          variants: [
            { id: 'a', name: 'A' },
            { id: 'a', name: 'Another A' },
          ],
          dose: { kinds: ['reps', 'reps'], perSide: false },
        }),
      ),
    ).toEqual([
      { code: 'duplicate', path: ['roles'], message: 'must not list a value twice' },
      { code: 'duplicate', path: ['focus'], message: 'must not list a value twice' },
      { code: 'duplicate', path: ['variants'], message: 'must not list a value twice' },
      { code: 'duplicate', path: ['dose', 'kinds'], message: 'must not list a value twice' },
    ])
  })

  it('refuses a harder or easier form that names the movement itself', () => {
    expect(issuesOf(appMovement('x', { harderForm: 'x', easierForm: 'x' }))).toEqual([
      { code: 'inconsistent', path: ['harderForm'], message: 'must name another movement, not this one' },
      { code: 'inconsistent', path: ['easierForm'], message: 'must name another movement, not this one' },
    ])
    expect(issuesOf(appMovement('x', { harderForm: 'y', easierForm: 'z' }))).toEqual([])
  })

  it("needs each rung of its ladder to be one of the movement's dose kinds", () => {
    expect(issuesOf(appMovement('x', { ladder: ladder([{ kind: 'reps', sets: 1, reps: 5 }, { kind: 'hold', sets: 1, seconds: 10 }]) }))).toEqual([
      { code: 'inconsistent', path: ['ladder', 'rungs', 1, 'kind'], message: "must be one of the movement's dose kinds (reps)" },
    ])
    const walk = appMovement('x', { dose: { kinds: ['reps', 'distance'], perSide: false }, ladder: ladder([{ kind: 'hold', sets: 1, seconds: 10 }]) })
    expect(issuesOf(walk)).toEqual([
      { code: 'inconsistent', path: ['ladder', 'rungs', 0, 'kind'], message: "must be one of the movement's dose kinds (reps, distance)" },
    ])
  })

  it('needs a rung in reps to be counted per side exactly when the movement is', () => {
    const perSide = { kinds: ['reps', 'hold'], perSide: true }
    expect(issuesOf(appMovement('x', { dose: perSide, ladder: ladder([{ kind: 'reps', sets: 1, reps: 5, perSide: true }]) }))).toEqual([])
    expect(issuesOf(appMovement('x', { dose: perSide, ladder: ladder([{ kind: 'reps', sets: 1, reps: 5 }]) }))).toEqual([
      { code: 'inconsistent', path: ['ladder', 'rungs', 0, 'perSide'], message: "must be true, as the movement's dose is" },
    ])
    expect(issuesOf(appMovement('x', { ladder: ladder([{ kind: 'reps', sets: 1, reps: 5, perSide: true }]) }))).toEqual([
      { code: 'inconsistent', path: ['ladder', 'rungs', 0, 'perSide'], message: "must be false, as the movement's dose is" },
    ])
    expect(issuesOf(appMovement('x', { ladder: ladder([{ kind: 'reps', sets: 1, reps: 5, perSide: false }]) }))).toEqual([])
    // A hold is never per side, whatever the movement says.
    expect(issuesOf(appMovement('x', { dose: perSide, ladder: ladder([{ kind: 'hold', sets: 1, seconds: 10 }]) }))).toEqual([])
  })

  // Seed 001 doses every chosen movement in reps, so an assessment movement must take reps.
  it('needs an assessment movement to take a dose in reps, and no other role', () => {
    expect(issuesOf(appMovement('x', { dose: { kinds: ['distance'], perSide: false } }))).toEqual([
      {
        code: 'inconsistent',
        path: ['dose', 'kinds'],
        message: 'an assessment movement must accept a dose in reps, as the selection rule doses in reps',
      },
    ])
    expect(issuesOf(appMovement('x', { dose: { kinds: ['distance', 'reps'], perSide: false } }))).toEqual([])
    expect(issuesOf(appMovement('x', { roles: ['protocol'], dose: { kinds: ['hold'], perSide: false } }))).toEqual([])
  })
})

describe('the parts of a movement', () => {
  it('take the three roles, a variant with a kebab-case id and a short name, and one to three dose kinds', () => {
    for (const role of ['assessment', 'protocol', 'between-sets']) expect(RoleSchema.safeParse(role).success).toBe(true)
    expect(RoleSchema.safeParse('warm-up').success).toBe(false)
    expect(VariantSchema.safeParse({ id: 'overhead', name: 'Held overhead' }).success).toBe(true)
    expect(VariantSchema.safeParse({ id: 'Overhead', name: 'Held overhead' }).success).toBe(false)
    expect(VariantSchema.safeParse({ id: 'overhead', name: '' }).success).toBe(false)
    expect(VariantSchema.safeParse({ id: 'overhead', name: 'n'.repeat(81) }).success).toBe(false)
    expect(DoseShapeSchema.safeParse({ kinds: ['reps', 'hold', 'distance'], perSide: false }).success).toBe(true)
    expect(DoseShapeSchema.safeParse({ kinds: [], perSide: false }).success).toBe(false)
    expect(DoseShapeSchema.safeParse({ kinds: ['reps', 'hold', 'distance', 'reps'], perSide: false }).success).toBe(false)
  })
})
