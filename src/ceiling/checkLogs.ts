import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { lookUpMovement, rankOf } from '../catalog/lookUpMovement.js'
import type { MorningCheck } from './morningCheck.js'
import type { SessionLog } from './sessionLog.js'

/** Logs checked against the catalog and the calendar. */
export interface ValidLogs {
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
}

const sessionIssue = (session: SessionLog, index: number, catalog: CompiledCatalog): InputIssue | undefined => {
  // Paths and lookup results are built only for an issue, and nothing is copied: a long history is mostly
  // fine, and ten thousand copies cost more in garbage collection than the rules do.
  const compiled = catalog.byId.get(session.movement)
  if (compiled === undefined || rankOf(compiled, session.variant) === undefined) {
    const found = lookUpMovement(catalog, session, ['sessions', index])
    return found._tag === 'Left' ? found.left : undefined
  }
  const kinds = compiled.movement.dose.kinds
  return kinds.includes(session.performed.kind)
    ? undefined
    : issueAt('inconsistent', ['sessions', index, 'performed', 'kind'], `"${session.movement}" is dosed as ${kinds.join(' or ')}, not ${session.performed.kind}`)
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
): Either<InputIssue[], ValidLogs> => {
  const issues: InputIssue[] = []
  const afterToday = (path: PropertyKey[]) => issues.push(issueAt('after_today', path, `is after today (${today})`))
  sessions.forEach((session, index) => {
    if (session.date > today) afterToday(['sessions', index, 'date'])
    const issue = sessionIssue(session, index, catalog)
    if (issue !== undefined) issues.push(issue)
  })
  const firstOn = new Map<string, number>()
  mornings.forEach((morning, index) => {
    if (morning.date > today) afterToday(['mornings', index, 'date'])
    const first = firstOn.get(morning.date)
    if (first === undefined) firstOn.set(morning.date, index)
    else issues.push(issueAt('duplicate', ['mornings', index, 'date'], `${morning.date} already has a morning check, at mornings.${first}`))
  })
  return issues.length > 0 ? left(issues) : right({ sessions, mornings })
}
