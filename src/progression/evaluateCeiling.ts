import * as z from 'zod'
import type { Catalog } from '../catalog/movements.js'
import { boundedList } from '../internal/boundedList.js'
import { left, right, type Either } from '../internal/either.js'
import { judgeCeiling, type CeilingRules } from '../internal/judgeCeiling.js'
import { lookUpMovement, rankOf } from '../internal/lookUpMovement.js'
import { invalidInput, issueAt } from '../internal/parseInput.js'
import { parseWithReaders } from '../internal/plainReader.js'
import { readMornings, readSessions } from '../internal/readPlainLogs.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import type { CompiledCatalog } from '../internal/compiledCatalog.js'
import type { InputIssue, InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { PainSchema } from '../shared/pain.js'
import {
  DEFAULT_CEILING_PAIN,
  DEFAULT_FLARE_UP_RISE,
  DEFAULT_REFER_PAIN,
  DEFAULT_WEEKLY_RISE,
  GREEN_DAYS_TO_UNLOCK,
  MAX_CEILING_PAIN,
  MAX_LOGS,
  MIN_REFER_PAIN,
  MIN_RISE,
} from './ceilingDefaults.js'
import type { CeilingVerdict } from './ceilingVerdict.js'
import { MorningCheckSchema, type MorningCheck } from './morningCheck.js'
import { SessionLogSchema, type SessionLog } from './sessionLog.js'

/**
 * Options of the ceiling, each within its bounds: `painCeiling` 0-5 (default
 * 3), `flareUpRise` 1-2 (default 2), `weeklyRise` 1-2 (default 2), `referPain`
 * 6-8 (default 8), and an app's own `catalog`.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export interface CeilingOptions {
  readonly painCeiling?: number
  readonly flareUpRise?: number
  readonly weeklyRise?: number
  readonly referPain?: number
  readonly catalog?: Catalog
}

/** What `evaluateCeiling` takes. `today` is the date the verdict is for. @category Ceiling @since 0.1.0 */
export interface EvaluateCeilingInput {
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly options?: CeilingOptions
}

/**
 * The options of `evaluateCeiling`, each within its bounds.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const CeilingOptionsSchema = z.strictObject({
  painCeiling: z.int().min(0).max(MAX_CEILING_PAIN).optional(),
  flareUpRise: z.int().min(MIN_RISE).max(DEFAULT_FLARE_UP_RISE).optional(),
  weeklyRise: z.int().min(MIN_RISE).max(DEFAULT_WEEKLY_RISE).optional(),
  referPain: z.int().min(MIN_REFER_PAIN).max(DEFAULT_REFER_PAIN).optional(),
  catalog: z.unknown().optional(),
})

/**
 * The input of `evaluateCeiling`.
 *
 * @category Ceiling
 * @since 0.1.0
 */
export const EvaluateCeilingInputSchema = z.strictObject({
  sessions: boundedList(SessionLogSchema, MAX_LOGS),
  mornings: boundedList(MorningCheckSchema, MAX_LOGS),
  baselinePain: PainSchema,
  today: InputDateSchema,
  options: CeilingOptionsSchema.optional(),
})

// Long histories are read by hand when well formed; zod still checks the rest and reports every issue.
const parseEvaluateCeilingInput = parseWithReaders(EvaluateCeilingInputSchema, { sessions: readSessions, mornings: readMornings })

/** Logs checked against the catalog and the calendar. */
export interface ValidLogs {
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
}

/**
 * Checks what a schema cannot: each session's movement, variant and dose kind
 * against the catalog, no log dated after `today`, and one morning check a day.
 */
export const checkLogs = (
  sessions: readonly SessionLog[],
  mornings: readonly MorningCheck[],
  today: string,
  catalog: CompiledCatalog,
  sessionsKey: 'sessions' | 'history',
): Either<InputIssue[], ValidLogs> => {
  const issues: InputIssue[] = []
  const afterToday = (path: PropertyKey[]) => issues.push(issueAt(path, `is after today (${today})`))
  sessions.forEach((session, index) => {
    // Paths and lookup results are built only for an issue, and nothing is copied: a long history is mostly
    // fine, and ten thousand copies cost more in garbage collection than the rules do.
    if (session.date > today) afterToday([sessionsKey, index, 'date'])
    const compiled = catalog.byId.get(session.movement)
    if (compiled === undefined || rankOf(compiled, session.variant) === undefined) {
      const found = lookUpMovement(catalog, session, [sessionsKey, index])
      if (found._tag === 'Left') issues.push(found.left)
      return
    }
    const kinds = compiled.movement.dose.kinds
    if (!kinds.includes(session.performed.kind)) {
      issues.push(issueAt([sessionsKey, index, 'performed', 'kind'], `"${session.movement}" is dosed as ${kinds.join(' or ')}, not ${session.performed.kind}`))
      return
    }
  })
  const firstOn = new Map<string, number>()
  mornings.forEach((morning, index) => {
    if (morning.date > today) afterToday(['mornings', index, 'date'])
    const first = firstOn.get(morning.date)
    if (first === undefined) firstOn.set(morning.date, index)
    else issues.push(issueAt(['mornings', index, 'date'], `${morning.date} already has a morning check, at mornings.${first}`))
  })
  return issues.length > 0 ? left(issues) : right({ sessions, mornings })
}

type CeilingOption = 'painCeiling' | 'flareUpRise' | 'weeklyRise' | 'referPain'

/** The ceiling's numbers from validated options. */
export const ceilingRules = (options: { readonly [Rule in CeilingOption]?: number | undefined } | undefined): CeilingRules => ({
  painCeiling: options?.painCeiling ?? DEFAULT_CEILING_PAIN,
  flareUpRise: options?.flareUpRise ?? DEFAULT_FLARE_UP_RISE,
  weeklyRise: options?.weeklyRise ?? DEFAULT_WEEKLY_RISE,
  referPain: options?.referPain ?? DEFAULT_REFER_PAIN,
  greenDaysToUnlock: GREEN_DAYS_TO_UNLOCK,
})

/**
 * The "ceiling" that keeps pain under control and flare-ups at bay in the days
 * after exercise (seed 002), as traffic-light rules over the session logs and
 * morning checks of the last 7 days :
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
 * verdict per movement; every reason names its rule, value and limit.
 *
 * Returns `Left(InvalidInput)` for malformed logs or options (paths such as
 * `sessions.3.painDuring` or `options.painCeiling`), a log dated after
 * `today`, a movement not in the catalog, a dose of a kind the movement does
 * not take, or two morning checks on one date.
 *
 * @example
 * import { evaluateCeiling } from 'rehab-engine'
 *
 * const session = (date: string, painDuring: number) => ({
 *   date,
 *   movement: 'hip-bridge',
 *   performed: { kind: 'reps', sets: 1, reps: 5 } as const,
 *   completed: true,
 *   painDuring,
 * })
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
export const evaluateCeiling = (input: EvaluateCeilingInput): Either<InvalidInput, CeilingVerdict> => {
  const parsed = parseEvaluateCeilingInput(input, [])
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { sessions, mornings, baselinePain, today, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const logs = checkLogs(sessions, mornings, today, catalog.right, 'sessions')
  if (logs._tag === 'Left') return left(invalidInput(logs.left))
  return right(judgeCeiling({ ...logs.right, catalog: catalog.right, baselinePain, today, rules: ceilingRules(options) }).verdict)
}
