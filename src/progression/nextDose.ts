import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import { collectIssues } from '../_lib/collectIssues.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput, type InputIssue } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { checkLogs } from '../ceiling/checkLogs.js'
import { MorningCheckSchema } from '../ceiling/morningCheck.js'
import { readMornings, readSessions } from '../ceiling/readPlainLogs.js'
import { SessionLogSchema } from '../ceiling/sessionLog.js'
import { IntakeSchema } from '../screening/intake.js'
import { screenInputIntake } from '../screening/screenIntakeField.js'
import { AssessmentSchema } from '../selection/assessment.js'
import { kebabId } from '../shared/ids.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import type { Referral } from '../shared/referral.js'
import { decideDose } from './decideDose.js'
import type { DoseCase } from './doseCase.js'
import type { DoseDecision, Paused } from './doseDecision.js'
import { resolveMovementCase } from './movementCase.js'
import { NextDoseOptionsSchema } from './nextDoseOptions.js'
import { extend } from '../_lib/extend.js'

/**
 * What {@link nextDose} takes: the intake, screened first, the movement (and
 * variant), the session logs
 * of every movement (the ceiling looks across movements; the movement's own
 * sessions set its rung), the morning checks, the baseline back pain, the date
 * of the decision, and optionally the last assessment, for a substitute when
 * the movement is paused.
 *
 * @example
 * import { NO_RED_FLAGS, NextDoseInputSchema } from 'rehab-engine'
 *
 * const intake = { age: 38, redFlags: NO_RED_FLAGS }
 * const input = { intake, movement: 'deadbug', sessions: [], mornings: [], baselinePain: 1, today: '2026-11-21' }
 * assert.equal(NextDoseInputSchema.safeParse(input).success, true)
 * // The morning checks are needed even when there are none yet: the ceiling reads them.
 * assert.equal(NextDoseInputSchema.safeParse({ ...input, mornings: undefined }).success, false)
 * // No dose without an intake to screen first.
 * assert.equal(NextDoseInputSchema.safeParse({ ...input, intake: undefined }).success, false)
 *
 * @category Progression
 * @since 0.1.0
 */
export const NextDoseInputSchema = z.strictObject({
  intake: IntakeSchema,
  movement: kebabId,
  variant: kebabId.optional(),
  sessions: boundedList(SessionLogSchema, { max: INPUT_LIMITS.logs }),
  mornings: boundedList(MorningCheckSchema, { max: INPUT_LIMITS.logs }),
  baselinePain: PainSchema,
  today: InputDateSchema,
  assessment: AssessmentSchema.optional(),
  options: NextDoseOptionsSchema.optional(),
})

/** What `nextDose` takes. @category Progression @since 0.1.0 */
export type NextDoseInput = DeepReadonly<z.input<typeof NextDoseInputSchema>>

// Long histories are read by hand when well formed; zod still checks the rest and reports every issue. The
// intake is screened on its own, first, so this parse waves it through.
const parseNextDoseInput = parseWithReaders(NextDoseInputSchema.extend({ intake: z.unknown().optional() }), { sessions: readSessions, mornings: readMornings })

/** Validates a `nextDose` input down to the case the core decides on. */
const prepareDoseCase = (input: unknown): Either<InputIssue[], DoseCase> => {
  const parsed = parseNextDoseInput(input, [])
  if (parsed._tag === 'Left') return parsed
  const { sessions, mornings, baselinePain, today, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  // Issues in the order of the input's fields: the movement and assessment, then the logs.
  const checked = collectIssues(resolveMovementCase(parsed.right, catalog.right), checkLogs(sessions, mornings, today, catalog.right))
  if (checked._tag === 'Left') return checked
  const [movementCase, logs] = checked.right
  return right(extend(movementCase, { sessions: logs.sessions, mornings: logs.mornings, baselinePain, today }))
}

/** `nextDose` over logs: see the public function (src/episode/nextDose.ts). */
export const nextLogDose = (input: unknown): Either<InvalidInput | Referral | Paused, DoseDecision> => {
  const intake = screenInputIntake(input)
  if (intake._tag === 'Left') return intake
  const prepared = prepareDoseCase(input)
  if (prepared._tag === 'Left' || intake.right.length > 0) return left(invalidInput([...intake.right, ...(prepared._tag === 'Left' ? prepared.left : [])]))
  return decideDose(prepared.right)
}
