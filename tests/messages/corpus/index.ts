// The corpus of reasons the catalog tests check: the broad sample, and each area's own cases.
import type { Reason } from '../../../src/index.js'
import { ceilingReasons } from './ceiling.js'
import { engineReasons } from './engine.js'
import { episodeReasons } from './episode.js'
import { programReasons } from './program.js'
import { progressionReasons } from './progression.js'
import { screeningReasons } from './screening.js'
import { selectionReasons } from './selection.js'
import { sorenessReasons } from './soreness.js'

export const corpus = (): Reason[] => [
  ...engineReasons(),
  ...screeningReasons(),
  ...selectionReasons(),
  ...ceilingReasons(),
  ...sorenessReasons(),
  ...progressionReasons(),
  ...programReasons(),
  ...episodeReasons(),
]
