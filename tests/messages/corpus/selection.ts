// Reasons of the selection rules that the broad sample in engine.ts does not reach: a ceiling the caller set,
// two variants of one movement, too few tolerable with and without a list, several movements that hurt too
// much, and every posture finding with two, one or none of its correctives in the catalog.
import { BUILT_IN_CATALOG, NO_RED_FLAGS, planRehab, type AssessmentResult, type Posture, type Reason } from '../../../src/index.js'
import { SEVEN } from '../../support/selectionFixtures.js'
import { reasonsIn } from './collect.js'

const DATE = '2026-11-02'
const intake = { age: 38, redFlags: NO_RED_FLAGS }

const POSTURES: readonly Posture[] = [
  { anteriorPelvicTilt: 'mild' },
  { anteriorPelvicTilt: 'marked', lateralPelvicTilt: 'left-high' },
  { lateralPelvicTilt: 'right-high' },
]

// The built-in catalog without some of the correctives: each finding keeps one of its two, or none.
const WITHOUT_ONE = BUILT_IN_CATALOG.filter((movement) => !['posterior-pelvic-tilt', 'standing-side-bend-stretch'].includes(movement.id))
const WITHOUT_ANY = BUILT_IN_CATALOG.filter((movement) => !movement.roles.includes('corrective'))

export const selectionReasons = (): Reason[] => {
  const found: Reason[] = []
  for (const painCeiling of [undefined, 0, 2, 3, 5])
    reasonsIn(planRehab({ intake, assessment: { date: DATE, results: SEVEN }, ...(painCeiling === undefined ? {} : { options: { painCeiling } }) }), found)
  const tooFew: readonly (readonly AssessmentResult[])[] = [
    [{ movement: 'hip-mobility', pain: 6 }, { movement: 'bird-dog', pain: 5 }],
    [{ movement: 'hip-mobility', pain: 1 }, ...SEVEN.slice(5), { movement: 'bird-dog', pain: 4 }],
    [{ movement: 'hip-mobility', pain: 1 }, { movement: 'bird-dog', pain: 2 }, { movement: 'cat-camel', pain: 5 }],
  ]
  for (const results of tooFew) reasonsIn(planRehab({ intake, assessment: { date: DATE, results } }), found)
  reasonsIn(planRehab({ intake, assessment: { date: DATE, results: [...SEVEN, { movement: 'hip-bridge', pain: 9 }, { movement: 'bird-dog', pain: 8 }] } }), found)
  for (const catalog of [undefined, WITHOUT_ONE, WITHOUT_ANY])
    for (const posture of POSTURES)
      reasonsIn(planRehab({ intake, assessment: { date: DATE, results: SEVEN, posture }, ...(catalog === undefined ? {} : { options: { catalog } }) }), found)
  return found
}
