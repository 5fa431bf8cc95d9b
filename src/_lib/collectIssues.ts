import { left, right, type Either } from './either.js'
import type { InputIssue } from './issues.js'

/**
 * Gathers the issues of several independent parse steps, so one answer lists
 * every problem of every input, or returns all of their values when there are
 * none.
 */
export const collectIssues = <Values extends readonly unknown[]>(
  ...steps: { readonly [Key in keyof Values]: Either<InputIssue[], Values[Key]> }
): Either<InputIssue[], Values> => {
  const issues = steps.flatMap((step) => (step._tag === 'Left' ? step.left : []))
  if (issues.length > 0) return left(issues)
  // Every step is a Right here, so the values line up with Values one to one.
  return right(steps.map((step) => (step._tag === 'Right' ? step.right : undefined)) as unknown as Values)
}
