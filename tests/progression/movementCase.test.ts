import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, PROGRESSION_DEFAULTS, nextDose, parseCatalog, type Catalog } from '../../src/index.js'
import { ceilingRules } from '../../src/ceiling/ceilingOptions.js'
import { compileCatalog } from '../../src/catalog/compiledCatalog.js'
import { MovementFieldsSchema, resolveMovementCase } from '../../src/progression/movementCase.js'
import { CATALOG, TODAY } from '../support/progressionCases.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const resolve = (fields: unknown, catalog = CATALOG) => resolveMovementCase(MovementFieldsSchema.parse(fields), catalog)

const foamRoll = {
  id: 'foam-roll',
  name: 'Foam roll',
  description: 'Rolls the back.',
  roles: ['protocol'],
  focus: ['lower-back'],
  dose: { kinds: ['reps'], perSide: false },
  variants: [],
  source: 'our clinic',
} as const

describe('resolveMovementCase: the movement, its ladder, the rules and the assessment', () => {
  it('takes the ceiling\'s, the load step\'s and the walk unit\'s defaults when no option is given', () => {
    const found = resolve({ movement: 'thoracic-press' })
    expect(found).toEqual({
      _tag: 'Right',
      right: {
        catalog: CATALOG,
        movement: CATALOG.byId.get('thoracic-press')!.movement,
        variant: undefined,
        ladder: CATALOG.byId.get('thoracic-press')!.ladder,
        rules: ceilingRules(undefined),
        loadStepPercent: PROGRESSION_DEFAULTS.loadStepPercent.default,
        walkUnit: 'reps',
        assessment: undefined,
      },
    })
  })

  it('takes the options it is given', () => {
    const found = resolve({ movement: 'kettlebell-walk', variant: 'overhead', options: { loadStepPercent: 8, painCeiling: 2, referPain: 6 } })
    expect(found._tag === 'Right' && found.right).toMatchObject({
      variant: 'overhead',
      loadStepPercent: 8,
      rules: { painCeiling: 2, flareUpRise: 2, weeklyRise: 2, referPain: 6 },
    })
  })

  it('matches the assessment to the catalog, in catalog order', () => {
    const found = resolve({
      movement: 'hip-bridge',
      assessment: { date: '2026-11-01', results: [{ movement: 'bird-dog', pain: 1 }, { movement: 'cat-camel', pain: 2 }] },
    })
    expect(found._tag === 'Right' && found.right.assessment?.map((entry) => [entry.movement.id, entry.pain])).toEqual([
      ['cat-camel', 2],
      ['bird-dog', 1],
    ])
  })

  it('refuses a movement or a variant the catalog does not have', () => {
    expect(resolve({ movement: 'handstand' })).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['movement'], message: '"handstand" is not a movement of the catalog' }],
    })
    expect(resolve({ movement: 'deadbug', variant: 'x' })).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['variant'], message: '"deadbug" has no variants' }],
    })
  })

  it('refuses a movement with no ladder', () => {
    const catalog = compileCatalog([...BUILT_IN_CATALOG, foamRoll] as Catalog)
    expect(resolve({ movement: 'foam-roll' }, catalog)).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['movement'], message: '"foam-roll" has no ladder in the catalog' }],
    })
  })

  it('refuses an assessment movement the catalog does not score, under assessment.results', () => {
    expect(resolve({ movement: 'hip-bridge', assessment: { date: TODAY, results: [{ movement: 'deadbug', pain: 1 }] } })).toEqual({
      _tag: 'Left',
      left: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"deadbug" is not an assessment movement' }],
    })
  })
})

describe('nextDose resolves the movement in the catalog it is given', () => {
  const base = { sessions: [], mornings: [], baselinePain: 1, today: TODAY }

  it('takes a movement from an app catalog', () => {
    const catalog = parseCatalog(BUILT_IN_CATALOG)
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    const decision = nextDose({ intake: CLEAR_INTAKE, ...base, movement: 'hip-bridge', options: { catalog: catalog.right } })
    expect(decision._tag === 'Right' && decision.right).toMatchObject({ movement: 'hip-bridge', action: 'start', dose: { kind: 'reps', sets: 1, reps: 5 } })
  })

  it('refuses a movement of an app catalog that has no ladder', () => {
    const catalog = parseCatalog([...BUILT_IN_CATALOG, foamRoll])
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    expect(nextDose({ intake: CLEAR_INTAKE, ...base, movement: 'foam-roll', options: { catalog: catalog.right } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'not_in_catalog', path: ['movement'], message: '"foam-roll" has no ladder in the catalog' }] },
    })
  })
})
