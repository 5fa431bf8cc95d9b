// Reasons of the ceiling rules that the broad sample in engine.ts does not reach: a verdict where every rule
// stayed green, pain after a session logged without a time of day, an amber day of a variant that had not
// settled, week-to-week rises that are not whole numbers, and settling unproven on several days.
import { evaluateCeiling, type EvaluateCeilingInput, type Reason } from '../../../src/index.js'
import { TODAY } from '../../arbitraries/logs.js'
import { morning, session as bridge, walk } from '../../support/ceilingLogs.js'
import { reasonsIn } from './collect.js'

const CASES: readonly Partial<EvaluateCeilingInput>[] = [
  // Every session within the ceiling and settled, every morning at baseline: a step up is allowed.
  { sessions: [bridge(-2, 1), bridge(-1, 2)], mornings: [morning(-2, 2), morning(-1, 2), morning(0, 2)] },
  { sessions: [bridge(-1, 0)], mornings: [morning(0, 1)], options: { painCeiling: 5 } },
  // Pain after a session with no time of day: amber, then red.
  { sessions: [bridge(-1, 1, { painAfter: 5 })], mornings: [morning(0, 2)] },
  { sessions: [bridge(-1, 2, { painAfter: 7 })], mornings: [morning(0, 2)] },
  // A variant amber on its latest day whose next morning had not settled.
  { sessions: [walk(-1, 4, 'overhead')], mornings: [morning(0, 3)] },
  // Back pain and stiffness a fraction of a point more than the limit above the week before.
  {
    mornings: [morning(-13, 2, 1), morning(-10, 2, 2), morning(-8, 2, 1), morning(-2, 4, 3), morning(-1, 5, 4), morning(0, 5, 4)],
  },
  // Sessions on several days with no morning check after them.
  { sessions: [bridge(-5, 1), bridge(-3, 1), bridge(-1, 1)] },
]

export const ceilingReasons = (): Reason[] => {
  const found: Reason[] = []
  for (const input of CASES) reasonsIn(evaluateCeiling({ sessions: [], mornings: [], baselinePain: 2, today: TODAY, ...input }), found)
  return found
}
