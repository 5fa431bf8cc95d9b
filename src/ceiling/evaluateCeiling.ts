import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { parseWithReaders } from '../_lib/plainReader.js'
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

/**
 * The "ceiling" that keeps pain under control and flare-ups at bay in the days
 * after exercise (seed 002), as traffic-light rules over the session logs and
 * morning checks of the last 7 days:
 *
 * - pain during or after a session: at or under the ceiling (3) green, up to 5
 *   amber, over 5 red;
 * - the next morning's back pain: 1 above baseline amber, 2 or more a flare-up
 *   (red); a session with no check the next morning can at most hold;
 * - mean morning back pain 2 or more above the week before: red (stiffness:
 *   amber);
 * - pain of 8 or more, red on two movements in one day, or red on 3 of the 7
 *   days: stop and refer;
 * - after a flare-up, no progression until two green days in a row.
 *
 * The verdict carries the worst zone, the least permissive action, and a
 * verdict per movement; every reason names its rule, value and limit. It is an
 * assessment: `stop-and-refer` comes back in `Right`.
 *
 * Returns `Left(InvalidInput)` for malformed logs or options (paths such as
 * `['sessions', 3, 'painDuring']` or `['options', 'painCeiling']`), a log
 * dated after `today`, a movement not in the catalog, a dose of a kind the
 * movement does not take, or two morning checks on one date.
 *
 * @example
 * import { evaluateCeiling } from 'rehab-engine'
 *
 * const session = (date: string, painDuring: number) => ({
 *   date,
 *   movement: 'hip-bridge',
 *   performed: { kind: 'reps', sets: 1, reps: 5 },
 *   completed: true,
 *   painDuring,
 * } as const)
 * const verdict = evaluateCeiling({
 *   sessions: [session('2026-11-19', 2), session('2026-11-20', 2)],
 *   mornings: [
 *     { date: '2026-11-20', backPain: 2 },
 *     { date: '2026-11-21', backPain: 4 },
 *   ],
 *   baselinePain: 2,
 *   today: '2026-11-21',
 * })
 * assert.equal(verdict._tag, 'Right')
 * if (verdict._tag === 'Right') {
 *   assert.equal(verdict.right.flareUp, true) // 4 is 2 above the baseline of 2
 *   assert.equal(verdict.right.action, 'step-down')
 *   assert.equal(verdict.right.progressionLockedUntil, '2026-11-24')
 * }
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const evaluateCeiling: (input: EvaluateCeilingInput) => Either<InvalidInput, CeilingVerdict> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseEvaluateCeilingInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { sessions, mornings, baselinePain, today, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const logs = checkLogs(sessions, mornings, today, catalog.right)
  if (logs._tag === 'Left') return left(invalidInput(logs.left))
  return right(judgeCeiling({ ...logs.right, catalog: catalog.right, baselinePain, today, rules: ceilingRules(options) }).verdict)
})
