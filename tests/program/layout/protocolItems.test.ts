import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, BUILT_IN_LADDERS, type CatalogInput } from '../../../src/index.js'
import { resolveCatalog } from '../../../src/catalog/resolveCatalog.js'
import { protocolItems } from '../../../src/program/layout/protocolItems.js'

const compiled = (catalog?: CatalogInput) => {
  const resolved = resolveCatalog(catalog, ['catalog'])
  if (resolved._tag !== 'Right') throw new Error(`expected a catalog, got ${JSON.stringify(resolved.left)}`)
  return resolved.right
}
const first = (id: keyof typeof BUILT_IN_LADDERS) => ({ movement: id, dose: BUILT_IN_LADDERS[id].rungs[0] })

describe('protocolItems', () => {
  it('starts every protocol movement of the built-in catalog at the first rung of its ladder (seeds 000 and 004)', () => {
    expect(protocolItems(compiled())).toEqual({
      warmUps: [first('back-mobility-warm-up'), first('hamstring-mobility-warm-up')],
      hipThrust: [first('hip-thrust')],
      deadbug: [first('deadbug')],
      thoracicPress: [first('thoracic-press')],
      betweenSets: [first('progressive-bodyweight-squat'), first('raising-the-roof')],
      missing: [],
    })
  })

  it('leaves out what a catalog lacks and lists it, in the order the program places the movements', () => {
    const assessmentOnly = BUILT_IN_CATALOG.filter((movement) => movement.roles.includes('assessment'))
    expect(protocolItems(compiled(assessmentOnly))).toEqual({
      warmUps: [],
      hipThrust: [],
      deadbug: [],
      thoracicPress: [],
      betweenSets: [],
      missing: [
        'back-mobility-warm-up',
        'hamstring-mobility-warm-up',
        'hip-thrust',
        'deadbug',
        'thoracic-press',
        'progressive-bodyweight-squat',
        'raising-the-roof',
      ],
    })
  })

  it('leaves out a protocol movement the catalog gives no ladder, and keeps the others', () => {
    const withoutLadder = BUILT_IN_CATALOG.map(({ ladder, ...movement }) => (movement.id === 'raising-the-roof' ? movement : { ...movement, ...(ladder === undefined ? {} : { ladder }) }))
    const items = protocolItems(compiled(withoutLadder as CatalogInput))
    expect(items.betweenSets).toEqual([first('progressive-bodyweight-squat')])
    expect(items.warmUps).toHaveLength(2)
    expect(items.missing).toEqual(['raising-the-roof'])
  })
})
