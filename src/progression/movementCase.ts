import * as z from 'zod'
import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { lookUpMovement } from '../catalog/lookUpMovement.js'
import { ceilingRules } from '../ceiling/ceilingOptions.js'
import { AssessmentSchema } from '../selection/assessment.js'
import { resolveAssessment } from '../selection/resolveAssessment.js'
import { kebabId } from '../shared/ids.js'
import type { DoseCase } from './doseCase.js'
import { NextDoseOptionsSchema } from './nextDoseOptions.js'
import { PROGRESSION_DEFAULTS } from './progressionDefaults.js'

/** The side of a dose case that no log or date changes: the movement, its ladder, the rules and the last assessment. */
export type MovementCase = Omit<DoseCase, 'sessions' | 'mornings' | 'baselinePain' | 'today'>

/** The fields of an input that make its MovementCase; other keys are left to the caller's schema. */
export const MovementFieldsSchema = z.object({
  movement: kebabId,
  variant: kebabId.optional(),
  assessment: AssessmentSchema.optional(),
  options: NextDoseOptionsSchema.optional(),
})

/** Finds the movement and its ladder, and matches the last assessment, in an already resolved catalog. */
export const resolveMovementCase = (fields: z.output<typeof MovementFieldsSchema>, catalog: CompiledCatalog): Either<InputIssue[], MovementCase> => {
  // The movement and the assessment are checked side by side, so one answer lists the problems of both.
  const found = lookUpMovement(catalog, fields, [])
  const assessment = fields.assessment === undefined ? right(undefined) : resolveAssessment(fields.assessment, catalog, ['assessment'])
  const noLadder = found._tag === 'Right' && found.right.compiled.ladder === undefined
  const movementIssues = found._tag === 'Left' ? [found.left] : noLadder ? [issueAt('not_in_catalog', ['movement'], `"${fields.movement}" has no ladder in the catalog`)] : []
  const issues = [...movementIssues, ...(assessment._tag === 'Left' ? assessment.left : [])]
  if (found._tag === 'Left' || assessment._tag === 'Left') return left(issues)
  const { movement, ladder } = found.right.compiled
  if (ladder === undefined) return left(issues)
  return right({
    catalog,
    movement,
    variant: fields.variant,
    ladder,
    rules: ceilingRules(fields.options),
    loadStepPercent: fields.options?.loadStepPercent ?? PROGRESSION_DEFAULTS.loadStepPercent.default,
    walkUnit: fields.options?.walkUnit ?? PROGRESSION_DEFAULTS.walkUnit,
    assessment: assessment.right,
  })
}
