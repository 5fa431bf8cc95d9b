// Test inputs used by more than one test file. Imports from the engine stay type-only: tests/browser/plan.ts uses this
// module, and the browser test bundles it into the page, which must load the engine from dist/ and nothing from src/.
import type { SessionLog, SorenessReport } from '../../src/index.js'

/** A soreness report that reads as expected soreness: a dull ache in the worked muscle 30 hours on, no warning signs. */
export const sorenessReport: SorenessReport = {
  location: 'worked-muscle',
  character: 'dull-ache',
  hoursSinceExercise: 30,
  atRest: false,
  disturbsSleep: false,
  trend: 'same',
  numbnessOrTingling: false,
}

/** One completed deadbug session: two holds of `seconds` each, with pain 1/10 during it. */
export const deadbugHold = (date: string, seconds: number): SessionLog => ({
  date,
  movement: 'deadbug',
  performed: { kind: 'hold', sets: 2, seconds },
  completed: true,
  painDuring: 1,
})
