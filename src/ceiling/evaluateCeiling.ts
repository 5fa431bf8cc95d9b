import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { invalidInput } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/parseWithReaders.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { PainSchema } from '../shared/pain.js'
import { CeilingOptionsSchema, ceilingRules } from './ceilingOptions.js'
import type { CeilingVerdict } from './ceilingVerdict.js'
import { checkLogs } from './checkLogs.js'
import { judgeCeiling } from './judgeCeiling.js'
import { MorningCheckSchema } from './morningCheck.js'
import { readMornings, readSessions } from './readPlainLogs.js'
import { SessionLogSchema } from './sessionLog.js'
import { extend } from '../_lib/extend.js'

/**
 * What {@link evaluateCeiling} takes: the session logs and morning checks (at
 * most 100,000 of each), the usual morning back pain before the program
 * (`baselinePain`), the date the verdict is for, and the ceiling's options.
 *
 * @example
 * import { EvaluateCeilingInputSchema } from 'rehab-engine'
 *
 * const input = { sessions: [], mornings: [{ date: '2026-11-21', backPain: 3 }], baselinePain: 2, today: '2026-11-21' }
 * assert.equal(EvaluateCeilingInputSchema.safeParse(input).success, true)
 * // Morning pain rises only against a baseline, so it must be given.
 * assert.equal(EvaluateCeilingInputSchema.safeParse({ ...input, baselinePain: undefined }).success, false)
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const EvaluateCeilingInputSchema = z.strictObject({
  sessions: boundedList(SessionLogSchema, { max: INPUT_LIMITS.logs }),
  mornings: boundedList(MorningCheckSchema, { max: INPUT_LIMITS.logs }),
  baselinePain: PainSchema,
  today: InputDateSchema,
  options: CeilingOptionsSchema.optional(),
})

/** What `evaluateCeiling` takes. @category Ceiling @since 0.1.0 */
export type EvaluateCeilingInput = DeepReadonly<z.input<typeof EvaluateCeilingInputSchema>>

// Long histories are read by hand when well formed; zod still checks the rest and reports every issue.
const parseEvaluateCeilingInput = parseWithReaders(EvaluateCeilingInputSchema, { sessions: readSessions, mornings: readMornings })

/** `evaluateCeiling` over session logs and morning checks: see the public function (src/episode/evaluateCeiling.ts). */
export const evaluateLogCeiling = (input: unknown): Either<InvalidInput, CeilingVerdict> => {
  const parsed = parseEvaluateCeilingInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { sessions, mornings, baselinePain, today, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const logs = checkLogs(sessions, mornings, today, catalog.right)
  if (logs._tag === 'Left') return left(invalidInput(logs.left))
  return right(judgeCeiling(extend(logs.right, { catalog: catalog.right, baselinePain, today, rules: ceilingRules(options) })).verdict)
}
