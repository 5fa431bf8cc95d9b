import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, type Catalog } from '../../src/index.js'
import { itemName } from '../../src/program/itemName.js'

const dose = { kind: 'reps', sets: 1, reps: 5 } as const

describe('itemName', () => {
  it('reads a movement by its catalog name', () => {
    expect(itemName({ movement: 'hip-bridge', dose }, BUILT_IN_CATALOG)).toBe('Hip bridge')
  })

  it('adds the variant name after a colon', () => {
    expect(itemName({ movement: 'kettlebell-walk', variant: 'overhead', dose }, BUILT_IN_CATALOG)).toBe('Kettlebell walk: Held overhead')
  })

  it('falls back to the ids when the catalog lacks the movement or the variant', () => {
    expect(itemName({ movement: 'handstand', dose }, BUILT_IN_CATALOG)).toBe('handstand')
    expect(itemName({ movement: 'handstand', variant: 'one-arm', dose }, BUILT_IN_CATALOG)).toBe('handstand: one-arm')
    expect(itemName({ movement: 'kettlebell-walk', variant: 'on-ice', dose }, BUILT_IN_CATALOG)).toBe('Kettlebell walk: on-ice')
  })

  it('takes the names from the catalog it is given', () => {
    const catalog = [{ ...BUILT_IN_CATALOG.find((movement) => movement.id === 'kettlebell-walk')!, name: 'Farmer carry', variants: [{ id: 'overhead', name: 'Arms up' }] }] as Catalog
    expect(itemName({ movement: 'kettlebell-walk', variant: 'overhead', dose }, catalog)).toBe('Farmer carry: Arms up')
    expect(itemName({ movement: 'hip-bridge', dose }, catalog)).toBe('hip-bridge')
  })

  it('writes each name, or id, through the function given, and leaves the colon between them alone', () => {
    const shout = (name: string) => `<${name.toUpperCase()}>`
    expect(itemName({ movement: 'kettlebell-walk', variant: 'overhead', dose }, BUILT_IN_CATALOG, shout)).toBe('<KETTLEBELL WALK>: <HELD OVERHEAD>')
    expect(itemName({ movement: 'handstand', variant: 'one-arm', dose }, BUILT_IN_CATALOG, shout)).toBe('<HANDSTAND>: <ONE-ARM>')
  })
})
