import type * as z from 'zod'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput, type InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { resolveMovementCase, type MovementCase } from './movementCase.js'
import { runSimulation, SIMULATION_SESSION_TIMES } from './runSimulation.js'
import type { Simulation } from './simulation.js'
import { SimulateProgressionInputSchema, type SimulateProgressionInput } from './simulationScript.js'

/** The movement, its ladder, the rules and the assessment, checked as nextDose checks them. */
const prepareMovement = (script: z.output<typeof SimulateProgressionInputSchema>): Either<InputIssue[], MovementCase> => {
  const catalog = resolveCatalog(script.options?.catalog, ['options', 'catalog'])
  return catalog._tag === 'Left' ? catalog : resolveMovementCase(script, catalog.right)
}

/**
 * A dry run of a movement's ladder: day by day from `start`, a morning check
 * at baseline (or a flare-up on the scripted days), then each session slot the
 * ladder's frequency allows, with the engine's own decision performed in full
 * at the scripted pain. A pause rests the movement until its `resumeOn`; a
 * referral ends the run. Nothing is stored or read: the same input gives the
 * same timeline. A coach sees how a ladder unfolds before using it; tests see
 * the engine's decisions over weeks.
 *
 * Returns `Left(InvalidInput)` for a malformed script or a movement without a
 * ladder.
 *
 * @example
 * import { simulateProgression } from 'rehab-engine'
 *
 * const run = simulateProgression({
 *   movement: 'hip-thrust',
 *   start: '2026-11-02',
 *   weeks: 2,
 *   baselinePain: 1,
 *   response: { painDuring: 1 },
 * })
 * assert.equal(run._tag, 'Right')
 * if (run._tag === 'Right') {
 *   assert.deepStrictEqual(run.right.summary.firstDose, { kind: 'reps', sets: 1, reps: 20 })
 *   assert.deepStrictEqual(run.right.summary.lastDose, { kind: 'reps', sets: 3, reps: 15, band: true })
 * }
 *
 * @category Progression
 * @since 0.1.0
 */
export const simulateProgression: (input: SimulateProgressionInput) => Either<InvalidInput, Simulation> = guardInput((input) => {
  const script = parseInput(SimulateProgressionInputSchema, input)
  if (script._tag === 'Left') return left(invalidInput(script.left))
  const base = prepareMovement(script.right)
  if (base._tag === 'Left') return left(invalidInput(base.left))
  return right(runSimulation(script.right, base.right, script.right.options?.sessionTimes ?? SIMULATION_SESSION_TIMES))
})
