import * as z from 'zod'
import { collectIssues } from '../_lib/collectIssues.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput, type InputIssue } from '../_lib/issues.js'
import { parseInput } from '../_lib/parseInput.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { screenInputIntake } from '../screening/screenIntakeField.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Referral } from '../shared/referral.js'
import { resolveMovementCase, type MovementCase } from './movementCase.js'
import { PROGRESSION_DEFAULTS } from './progressionDefaults.js'
import { runSimulation } from './runSimulation.js'
import type { Simulation } from './simulation.js'
import { SimulateProgressionInputSchema, type SimulateProgressionInput } from './simulationScript.js'

/*
 * The intake is screened first, on its own. The rest of the script is checked in two halves side by side,
 * so one answer lists every problem, the intake's first: the script's own fields, and the movement with
 * its assessment and options, which are checked as nextDose checks them (against the catalog) even when
 * the rest of the script is wrong.
 */
const { movement, variant, assessment, options } = SimulateProgressionInputSchema.shape
const sessionTimes = options.unwrap().shape.sessionTimes
const MovementPartSchema = z.object({ movement, variant, assessment, options: options.unwrap().extend({ sessionTimes: z.unknown().optional() }).optional() })
const ScriptPartSchema = SimulateProgressionInputSchema.extend({
  intake: z.unknown().optional(),
  movement: z.unknown(),
  variant: z.unknown().optional(),
  assessment: z.unknown().optional(),
  options: z.looseObject({ sessionTimes }).optional(),
})

/** The movement, its ladder, the rules and the assessment, checked as nextDose checks them. */
const prepareMovement = (input: unknown): Either<InputIssue[], MovementCase> => {
  const part = parseInput(MovementPartSchema, input)
  if (part._tag === 'Left') return part
  const catalog = resolveCatalog(part.right.options?.catalog, ['options', 'catalog'])
  return catalog._tag === 'Left' ? catalog : resolveMovementCase(part.right, catalog.right)
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
 * The intake is screened first, as `planRehab` screens it: no run is made
 * for a person with a red flag. Returns `Left(Referral)` with cause
 * `red-flag` when a valid intake has a red flag, even if the rest of the
 * script is malformed; otherwise `Left(InvalidInput)` for a malformed script
 * (every problem at once, with paths such as `['intake', 'age']` or
 * `['response', 'painDuring']`) or a movement without a ladder.
 *
 * @example
 * import { NO_RED_FLAGS, simulateProgression } from 'rehab-engine'
 *
 * const intake = { age: 38, redFlags: NO_RED_FLAGS }
 * const run = simulateProgression({
 *   intake,
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
 * // A red flag refers: no run, and so no dose.
 * const flagged = simulateProgression({ intake: { ...intake, redFlags: { ...NO_RED_FLAGS, fever: true } }, movement: 'hip-thrust', start: '2026-11-02', weeks: 2, baselinePain: 1, response: { painDuring: 1 } })
 * assert.equal(flagged._tag === 'Left' && flagged.left._tag === 'Referral' && flagged.left.cause, 'red-flag')
 *
 * @category Progression
 * @since 0.1.0
 */
export const simulateProgression: (input: SimulateProgressionInput) => Either<InvalidInput | Referral, Simulation> = /* @__PURE__ */ guardInput((input) => {
  const intake = screenInputIntake(input)
  if (intake._tag === 'Left') return intake
  const script = parseInput(ScriptPartSchema, input)
  // Not an object at all: one issue says so, not one from each half.
  if (script._tag === 'Left' && (typeof input !== 'object' || input === null || Array.isArray(input))) return left(invalidInput(script.left))
  const checked = collectIssues(intake.right.length > 0 ? left(intake.right) : right(undefined), script, prepareMovement(input))
  if (checked._tag === 'Left') return left(invalidInput(checked.left))
  const [, own, base] = checked.right
  return right(runSimulation(own, base, own.options?.sessionTimes ?? PROGRESSION_DEFAULTS.simulationSessionTimes))
})
