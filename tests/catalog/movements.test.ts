import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, CatalogSchema, FOCUS_AREAS, parseCatalog, type Movement } from '../../src/index.js'
import { isTrusted } from '../../src/_lib/trustedValues.js'

const byId = (id: string): Movement => {
  const movement = BUILT_IN_CATALOG.find((candidate) => candidate.id === id)
  if (movement === undefined) throw new Error(`no movement ${id}`)
  return movement
}
const idsWithRole = (role: Movement['roles'][number]) => BUILT_IN_CATALOG.filter((movement) => movement.roles.includes(role)).map((movement) => movement.id)

describe('the built-in catalog (domain.md section 1)', () => {
  it('passes its own schema', () => {
    expect(CatalogSchema.safeParse(BUILT_IN_CATALOG).success).toBe(true)
  })

  it('holds the ten assessment movements of seed 001, in the order the seed lists them', () => {
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

  it('holds the six protocol movements of seed 000 and the two between-sets movements of seed 004, after the assessment ones', () => {
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
    expect(BUILT_IN_CATALOG.map((movement) => movement.roles)).toEqual([
      ...Array(10).fill(['assessment']),
      ...Array(6).fill(['protocol']),
      ...Array(2).fill(['between-sets']),
      ...Array(4).fill(['corrective']),
    ])
    // Seed 003: the correctives for a forward-tipped pelvis and a high hip (domain.md 8).
    expect(idsWithRole('corrective')).toEqual(['half-kneeling-hip-flexor-stretch', 'posterior-pelvic-tilt', 'side-lying-hip-abduction', 'standing-side-bend-stretch'])
    for (const id of idsWithRole('corrective')) expect(byId(id).source).toMatch(/^seed 003/)
  })

  it('lists the five kettlebell-walk variants of seed 001, easiest first', () => {
    expect(byId('kettlebell-walk').variants.map((variant) => variant.id)).toEqual([
      'by-the-side',
      'bottoms-up',
      'overhead',
      'overhead-and-side',
      'bottoms-up-overhead',
    ])
    expect(BUILT_IN_CATALOG.filter((movement) => movement.variants.length > 0).map((movement) => movement.id)).toEqual(['kettlebell-walk'])
  })

  it('links the harder and easier forms both ways, and no other movement', () => {
    const links = BUILT_IN_CATALOG.flatMap((movement) => [
      ...(movement.harderForm === undefined ? [] : [`${movement.id} > ${movement.harderForm}`]),
      ...(movement.easierForm === undefined ? [] : [`${movement.id} < ${movement.easierForm}`]),
    ])
    expect(links).toEqual(['hip-bridge > single-leg-hip-bridge', 'single-leg-hip-bridge < hip-bridge', 'deadbug > advanced-iso-hold', 'advanced-iso-hold < deadbug'])
  })

  it('doses by the seeds: holds for the deadbug family, per side where they say so, distance or reps for the walks', () => {
    expect(Object.fromEntries(BUILT_IN_CATALOG.map((movement) => [movement.id, movement.dose]))).toEqual({
      'hip-mobility': { kinds: ['reps'], perSide: false },
      'cat-camel': { kinds: ['reps'], perSide: false },
      'in-line-lunge-halo': { kinds: ['reps'], perSide: true },
      'forward-reverse-beast-walk': { kinds: ['reps', 'distance'], perSide: false },
      'lateral-beast-walk': { kinds: ['reps', 'distance'], perSide: true },
      'hip-bridge': { kinds: ['reps'], perSide: false },
      'single-leg-hip-bridge': { kinds: ['reps'], perSide: true },
      'side-plank-clam-shell': { kinds: ['reps'], perSide: true },
      'bird-dog': { kinds: ['reps'], perSide: true },
      'kettlebell-walk': { kinds: ['reps', 'distance'], perSide: false },
      'back-mobility-warm-up': { kinds: ['reps'], perSide: true },
      // 20 in all, alternating legs.
      'hamstring-mobility-warm-up': { kinds: ['reps'], perSide: false },
      deadbug: { kinds: ['hold'], perSide: false },
      'advanced-iso-hold': { kinds: ['hold'], perSide: false },
      'thoracic-press': { kinds: ['reps'], perSide: false },
      'hip-thrust': { kinds: ['reps'], perSide: false },
      'progressive-bodyweight-squat': { kinds: ['reps'], perSide: false },
      'raising-the-roof': { kinds: ['reps'], perSide: false },
      'half-kneeling-hip-flexor-stretch': { kinds: ['hold'], perSide: false },
      'posterior-pelvic-tilt': { kinds: ['reps'], perSide: false },
      'side-lying-hip-abduction': { kinds: ['reps'], perSide: true },
      'standing-side-bend-stretch': { kinds: ['hold'], perSide: false },
    })
  })

  it('gives its own ladder to every protocol, between-sets and corrective movement, and none to an assessment movement', () => {
    expect(BUILT_IN_CATALOG.filter((movement) => movement.ladder !== undefined).map((movement) => movement.id)).toEqual([
      ...idsWithRole('protocol'),
      ...idsWithRole('between-sets'),
      ...idsWithRole('corrective'),
    ])
  })

  it('tags only the built-in focus areas, and uses every one of them', () => {
    const used = new Set(BUILT_IN_CATALOG.flatMap((movement) => movement.focus))
    expect([...used].sort()).toEqual([...FOCUS_AREAS].sort())
  })

  it('trains glutes, back and core together across its movements (seed 000: a kinetic chain)', () => {
    expect(byId('hip-bridge').focus).toContain('glutes')
    expect(byId('cat-camel').focus).toContain('lower-back')
    expect(byId('deadbug').focus).toEqual(['core'])
  })

  it('gives every movement its own name and a one-line description', () => {
    expect(new Set(BUILT_IN_CATALOG.map((movement) => movement.name)).size).toBe(BUILT_IN_CATALOG.length)
    for (const movement of BUILT_IN_CATALOG) {
      expect(movement.description).not.toMatch(/\n/)
      expect(movement.description.length).toBeGreaterThan(20)
    }
  })

  it('cannot be changed by a caller, all the way down', () => {
    expect(Object.isFrozen(BUILT_IN_CATALOG)).toBe(true)
    expect(() => (BUILT_IN_CATALOG as unknown as Movement[]).push(byId('deadbug'))).toThrow(TypeError)
    expect(() => ((byId('deadbug').focus as string[])[0] = 'hips')).toThrow(TypeError)
    expect(Object.isFrozen(byId('kettlebell-walk').variants[0])).toBe(true)
    expect(Object.isFrozen(byId('deadbug').ladder?.rungs[0])).toBe(true)
  })

  it('is known to the engine as its own, so it is never checked again', () => {
    expect(isTrusted(BUILT_IN_CATALOG)).toBe(true)
    const copy = parseCatalog(BUILT_IN_CATALOG)
    expect(copy).toEqual({ _tag: 'Right', right: BUILT_IN_CATALOG })
  })
})
