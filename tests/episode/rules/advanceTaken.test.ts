// Rule 8: the session that begins an advance from a ladder's top to the harder movement it names.
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/catalog/compiledCatalog.js'
import { BUILT_IN_CATALOG } from '../../../src/index.js'
import { advanceTaken, advancesFrom } from '../../../src/episode/rules/advanceTaken.js'

const catalog = compileCatalog(BUILT_IN_CATALOG)
const ref = { index: 12, type: 'session', date: '2026-11-20' } as const
const advancing = () => 'advance'

describe('advancesFrom', () => {
  it('names the movements whose ladder advances to a movement at its top, and none for any other', () => {
    expect(advancesFrom(catalog, 'advanced-iso-hold')).toEqual(['deadbug'])
    expect(advancesFrom(catalog, 'hip-bridge')).toEqual([])
    expect(advancesFrom(catalog, 'deadbug')).toEqual([])
  })
})

describe('advanceTaken', () => {
  it('begins the advance from the movement below once its ladder says advance', () => {
    expect(advanceTaken({ movement: 'advanced-iso-hold' }, catalog, new Map(), advancing, ref)).toEqual({
      from: { movement: 'deadbug' },
      to: { movement: 'advanced-iso-hold' },
      since: '2026-11-20',
      ref,
    })
  })

  it('begins nothing before the ladder below says advance, a second time, for a variant, or for a movement nothing advances to', () => {
    expect(advanceTaken({ movement: 'advanced-iso-hold' }, catalog, new Map(), () => 'progress', ref)).toBeUndefined()
    const taken = advanceTaken({ movement: 'advanced-iso-hold' }, catalog, new Map(), advancing, ref)!
    expect(advanceTaken({ movement: 'advanced-iso-hold' }, catalog, new Map([['deadbug', taken]]), advancing, ref)).toBeUndefined()
    expect(advanceTaken({ movement: 'advanced-iso-hold', variant: 'long' }, catalog, new Map(), advancing, ref)).toBeUndefined()
    expect(advanceTaken({ movement: 'hip-bridge' }, catalog, new Map(), advancing, ref)).toBeUndefined()
  })
})
