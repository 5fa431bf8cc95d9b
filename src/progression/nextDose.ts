import * as z from 'zod'
import { AssessmentSchema, type Assessment } from '../assessment/assessment.js'
import type { Catalog } from '../catalog/movements.js'
import { boundedList } from '../internal/boundedList.js'
import { collectIssues } from '../internal/collectIssues.js'
import type { CompiledCatalog } from '../internal/compiledCatalog.js'
import { decideDose, type DoseCase } from '../internal/decideDose.js'
import { left, right, type Either } from '../internal/either.js'
import { kebabId } from '../internal/kebabId.js'
import { lookUpMovement } from '../internal/lookUpMovement.js'
import { invalidInput, issueAt } from '../internal/parseInput.js'
import { parseWithReaders } from '../internal/plainReader.js'
import { readMornings, readSessions } from '../internal/readPlainLogs.js'
import { resolveAssessment, type ScoredEntry } from '../internal/resolveAssessment.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import type { InputIssue, InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'
import { MAX_LOGS } from './ceilingDefaults.js'
import type { DoseDecision } from './doseDecision.js'
import { CeilingOptionsSchema, ceilingRules, checkLogs, type CeilingOptions } from './evaluateCeiling.js'
import { MorningCheckSchema, type MorningCheck } from './morningCheck.js'
import { DEFAULT_LOAD_STEP_PERCENT, MAX_LOAD_STEP_PERCENT, MIN_LOAD_STEP_PERCENT } from './progressionDefaults.js'
import { ladderOf } from './rehabLadder.js'
import { SessionLogSchema, type SessionLog } from './sessionLog.js'

/**
 * Options of `nextDose`: the ceiling's options, and `loadStepPercent` (2-10,
 * default 5) for ladders that add load at the top.
 *
 * @category Progression
 * @since 0.1.0
 */
export interface NextDoseOptions extends CeilingOptions {
  readonly loadStepPercent?: number
}

/**
 * What `nextDose` takes. `history` holds the session logs of every movement
 * (the ceiling looks across movements); the movement's own sessions set its
 * rung. `assessment`, when given, supplies a substitute for a paused movement.
 *
 * @category Progression
 * @since 0.1.0
 */
export interface NextDoseInput {
  readonly movement: string
  readonly variant?: string
  readonly history: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly assessment?: Assessment
  readonly options?: NextDoseOptions
}

/**
 * The options of `nextDose`: the ceiling's, and the load step.
 *
 * @category Progression
 * @since 0.1.0
 */
export const NextDoseOptionsSchema = CeilingOptionsSchema.extend({
  loadStepPercent: z.int().min(MIN_LOAD_STEP_PERCENT).max(MAX_LOAD_STEP_PERCENT).optional(),
})

/**
 * The input of `nextDose`.
 *
 * @category Progression
 * @since 0.1.0
 */
export const NextDoseInputSchema = z.strictObject({
  movement: kebabId,
  variant: kebabId.optional(),
  history: boundedList(SessionLogSchema, MAX_LOGS),
  mornings: boundedList(MorningCheckSchema, MAX_LOGS),
  baselinePain: PainSchema,
  today: InputDateSchema,
  assessment: AssessmentSchema.optional(),
  options: NextDoseOptionsSchema.optional(),
})

// Long histories are read by hand when well formed; zod still checks the rest and reports every issue.
const parseNextDoseInput = parseWithReaders(NextDoseInputSchema, { history: readSessions, mornings: readMornings })

/** The side of a dose case that no log or date changes: the movement, its ladder and the rules. */
export type MovementCase = Omit<DoseCase, 'sessions' | 'mornings' | 'baselinePain' | 'today' | 'assessment'>

/** The fields of a `nextDose` input that make its MovementCase; other keys are left to the caller's schema. */
export const MovementFieldsSchema = z.object(NextDoseInputSchema.pick({ movement: true, variant: true, assessment: true, options: true }).shape)

type MovementFields = z.output<typeof MovementFieldsSchema>

/** Finds the movement and its ladder in an already resolved catalog. */
export const resolveMovementCase = (fields: MovementFields, catalog: CompiledCatalog): Either<InputIssue[], MovementCase> => {
  const found = lookUpMovement(catalog, fields, [])
  if (found._tag === 'Left') return left([found.left])
  const ladder = ladderOf(found.right.compiled.movement)
  if (ladder === undefined) return left([issueAt(['movement'], `"${fields.movement}" has no ladder in the catalog`)])
  return right({
    catalog,
    movement: found.right.compiled.movement,
    variant: fields.variant,
    ladder,
    ladderFor: ladderOf,
    rules: ceilingRules(fields.options),
    loadStepPercent: fields.options?.loadStepPercent ?? DEFAULT_LOAD_STEP_PERCENT,
  })
}

/** The last assessment's entries, for a substitute when the movement is paused; none without an assessment. */
export const resolveLastAssessment = (
  assessment: Assessment | undefined,
  catalog: CompiledCatalog,
): Either<InputIssue[], readonly ScoredEntry[] | undefined> =>
  assessment === undefined ? right(undefined) : resolveAssessment(assessment, catalog, ['assessment'])

/** Validates a `nextDose` input down to the case the core decides on. */
export const prepareDoseCase = (input: unknown): Either<InputIssue[], DoseCase> => {
  const parsed = parseNextDoseInput(input, [])
  if (parsed._tag === 'Left') return parsed
  const { history, mornings, baselinePain, today, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  // Issues in the order of the input's fields: the movement, the logs, then the assessment.
  const checked = collectIssues(
    resolveMovementCase(parsed.right, catalog.right),
    checkLogs(history, mornings, today, catalog.right, 'history'),
    resolveLastAssessment(parsed.right.assessment, catalog.right),
  )
  if (checked._tag === 'Left') return checked
  const [movementCase, logs, assessment] = checked.right
  return right({ ...movementCase, sessions: logs.sessions, mornings: logs.mornings, baselinePain, today, assessment })
}

/**
 * The next dose of a movement along its ladder, gated by the ceiling (seed 000
 * and seed 004 numbers). With no history, `start` at the bottom rung. Otherwise one rung
 * up only when the last session completed its dose and the ceiling says
 * `progress` (at most one step a day); amber holds; red steps down one rung;
 * repeated red pauses the movement and, given the last assessment, names a
 * substitute that scored within the ceiling; stop-and-refer passes through.
 * At the top the ladder says what follows: stay, advance to a harder movement,
 * a load step, or the harder form at the next reassessment. `nextEarliest`
 * keeps the movement's frequency.
 *
 * Returns `Left(InvalidInput)` for malformed input (paths such as
 * `history.2.painDuring` or `options.loadStepPercent`), a movement or variant
 * not in the catalog or without a ladder, or logs the ceiling refuses.
 *
 * @example
 * import { nextDose } from 'rehab-engine'
 *
 * const hold = (date: string, seconds: number) => ({
 *   date,
 *   movement: 'deadbug',
 *   performed: { kind: 'hold', sets: 2, seconds } as const,
 *   completed: true,
 *   painDuring: 1,
 * })
 * const decision = nextDose({
 *   movement: 'deadbug',
 *   history: [hold('2026-11-17', 20), hold('2026-11-19', 25)],
 *   mornings: [
 *     { date: '2026-11-18', backPain: 1 },
 *     { date: '2026-11-20', backPain: 1 },
 *   ],
 *   baselinePain: 1,
 *   today: '2026-11-21',
 * })
 * assert.equal(decision._tag, 'Right')
 * if (decision._tag === 'Right') {
 *   assert.equal(decision.right.action, 'progress')
 *   assert.deepStrictEqual(decision.right.dose, { kind: 'hold', sets: 2, seconds: 30 })
 *   assert.equal(decision.right.nextEarliest, '2026-11-21')
 * }
 *
 * @category Progression
 * @since 0.1.0
 */
export const nextDose = (input: NextDoseInput): Either<InvalidInput, DoseDecision> => {
  const prepared = prepareDoseCase(input)
  return prepared._tag === 'Left' ? left(invalidInput(prepared.left)) : right(decideDose(prepared.right))
}
