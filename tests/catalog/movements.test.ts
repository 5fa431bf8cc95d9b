import { describe, expect, it } from 'vitest'
import { CatalogSchema, FOCUS_AREAS, movements, type Movement } from '../../src/index.js'

const byId = (id: string): Movement => {
  const movement = movements.find((candidate) => candidate.id === id)
  if (movement === undefined) throw new Error(`no movement ${id}`)
  return movement
}
const idsWithRole = (role: Movement['roles'][number]) => movements.filter((movement) => movement.roles.includes(role)).map((movement) => movement.id)

describe('the built-in catalog (domain section 1)', () => {
  it('passes its own schema', () => {
    expect(CatalogSchema.safeParse(movements).success).toBe(true)
  })

  it('holds the ten assessment movements of seed 001', () => {
    expect(idsWithRole('assessment')).toEqual([
      'hip-mobility',
      'cat-camel',
      'in-line-lunge-halo',
      'forward-reverse-beast-walk',
      'lateral-beast-walk',
      'hip-bridge',
      'single-leg-hip-bridge',
      'side-plank-clam-shell',
      'bird-dog',
      'kettlebell-walk',
    ])
    for (const id of idsWithRole('assessment')) expect(byId(id).source).toMatch(/^seed 001/)
  })

  it('holds the six protocol movements of seed 000 and the two between-sets movements of seed 004', () => {
    expect(idsWithRole('protocol')).toEqual([
      'back-mobility-warm-up',
      'hamstring-mobility-warm-up',
      'deadbug',
      'advanced-iso-hold',
      'thoracic-press',
      'hip-thrust',
    ])
    for (const id of idsWithRole('protocol')) expect(byId(id).source).toMatch(/^seed 000/)
    expect(idsWithRole('between-sets')).toEqual(['progressive-bodyweight-squat', 'raising-the-roof'])
    for (const id of idsWithRole('between-sets')) expect(byId(id).source).toMatch(/^seed 004/)
  })

  it('lists the five kettlebell-walk variants', () => {
    expect(
      byId('kettlebell-walk')
        .variants.map((variant) => variant.id)
        .sort(),
    ).toEqual(['bottoms-up', 'bottoms-up-overhead', 'by-the-side', 'overhead', 'overhead-and-side'])
  })

  it('links the harder and easier forms both ways', () => {
    expect(byId('hip-bridge').harderForm).toBe('single-leg-hip-bridge')
    expect(byId('single-leg-hip-bridge').easierForm).toBe('hip-bridge')
    expect(byId('deadbug').harderForm).toBe('advanced-iso-hold')
    expect(byId('advanced-iso-hold').easierForm).toBe('deadbug')
  })

  it('doses by the seed: holds for the deadbug family, per side where the seed says so, distance or reps for beast walks', () => {
    expect(byId('deadbug').dose).toEqual({ kinds: ['hold'], perSide: false })
    expect(byId('advanced-iso-hold').dose.kinds).toEqual(['hold'])
    expect(byId('in-line-lunge-halo').dose.perSide).toBe(true)
    expect(byId('back-mobility-warm-up').dose.perSide).toBe(true)
    expect(byId('hamstring-mobility-warm-up').dose.perSide).toBe(false) // 20 in total, alternating legs
    expect(byId('forward-reverse-beast-walk').dose.kinds).toEqual(['reps', 'distance'])
    expect(byId('lateral-beast-walk').dose).toEqual({ kinds: ['reps', 'distance'], perSide: true })
  })

  it('tags only the built-in focus areas, and uses every one of them', () => {
    const used = new Set(movements.flatMap((movement) => movement.focus))
    expect([...used].sort()).toEqual([...FOCUS_AREAS].sort())
  })

  it('gives every movement its own name and a one-line description', () => {
    expect(new Set(movements.map((movement) => movement.name)).size).toBe(movements.length)
    for (const movement of movements) expect(movement.description).not.toMatch(/\n/)
  })

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(movements)).toBe(true)
    expect(() => (movements as Movement[]).push(byId('deadbug'))).toThrow(TypeError)
    expect(() => ((byId('deadbug').focus as string[])[0] = 'hips')).toThrow(TypeError)
  })
})
