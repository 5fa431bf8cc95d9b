import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import type { Ladder } from '../catalog/ladder.js'
import { describeMovement, lookUpMovement } from '../catalog/lookUpMovement.js'
import type { Corrective, RehabPlan, SelectedMovement } from '../selection/selection.js'
import type { Dose } from '../shared/dose.js'
import { formatDose } from '../shared/formatDose.js'
import { PAIN_CEILING } from '../shared/pain.js'

const SELECTION_PATH = ['plan', 'selection'] as const

/** Two doses are the same when they read the same: formatDose names every field, and an absent flag reads as false. */
const sameDose = (a: Dose, b: Dose): boolean => a.kind === b.kind && formatDose(a) === formatDose(b)

/** What is wrong with a start dose and a frequency against the movement's ladder. */
const ladderIssues = (name: string, start: Dose, timesPerDay: number, path: readonly PropertyKey[], ladder: Ladder): InputIssue[] => {
  const issues: InputIssue[] = []
  if (!ladder.rungs.some((rung) => sameDose(rung, start))) {
    const [first, last] = [ladder.rungs[0]!, ladder.rungs.at(-1)!]
    issues.push(issueAt('inconsistent', [...path, 'start'], `${formatDose(start)} is not a rung of the ${name} ladder (${formatDose(first)} to ${formatDose(last)})`))
  }
  if (timesPerDay !== ladder.frequency.perDay) {
    issues.push(issueAt('inconsistent', [...path, 'timesPerDay'], `must be ${ladder.frequency.perDay}, the sessions a day of the ${name} ladder`))
  }
  return issues
}

/** What is wrong with one selected movement against its ladder and the selection's ceiling. */
const itemIssues = (item: SelectedMovement, path: readonly PropertyKey[], ladder: Ladder, painCeiling: number): InputIssue[] => {
  const name = describeMovement(item)
  const issues: InputIssue[] = []
  if (item.pain > painCeiling) issues.push(issueAt('inconsistent', [...path, 'pain'], `${name} hurt ${item.pain}/10, above the selection's pain ceiling of ${painCeiling}/10, so it cannot be selected`))
  return [...issues, ...ladderIssues(name, item.start, item.timesPerDay, path, ladder)]
}

/** What is wrong with the correctives: each a corrective movement of the catalog, once, dosed from its ladder. */
const correctiveIssues = (correctives: readonly Corrective[], catalog: CompiledCatalog): InputIssue[] => {
  const issues: InputIssue[] = []
  const seen = new Map<string, number>()
  correctives.forEach((corrective, index) => {
    const path = [...SELECTION_PATH, 'correctives', index]
    const found = lookUpMovement(catalog, corrective, path, 'corrective')
    if (found._tag === 'Left') return issues.push(found.left)
    const first = seen.get(corrective.movement)
    if (first !== undefined) issues.push(issueAt('duplicate', path, `${describeMovement(corrective)} is already a corrective at correctives.${first}`))
    seen.set(corrective.movement, first ?? index)
    const ladder = found.right.compiled.ladder
    return issues.push(...(ladder === undefined ? [issueAt('not_in_catalog', [...path, 'movement'], `"${corrective.movement}" has no ladder in the catalog`)] : ladderIssues(describeMovement(corrective), corrective.start, corrective.timesPerDay, path, ladder)))
  })
  return issues
}

/**
 * Checks a plan again before it is laid out, since a plan can be edited by
 * hand after `planRehab` made it: the pain ceiling no higher than options may
 * set it, every movement in the catalog, within the ceiling, starting on a
 * rung of its ladder at the ladder's sessions a day, and no movement selected
 * twice (nor two of its variants, nor it beside its harder or easier form).
 * Issues are reported under `['plan', 'selection']`.
 */
export const checkPlan = (plan: RehabPlan, catalog: CompiledCatalog): InputIssue[] => {
  const { painCeiling, selected } = plan.selection
  const issues: InputIssue[] = []
  if (painCeiling > PAIN_CEILING.max) issues.push(issueAt('too_big', [...SELECTION_PATH, 'painCeiling'], `must be at most ${PAIN_CEILING.max}`))
  const firstIndexOfRank = new Map<number, number>()
  const firstOfFamily = new Map<number, number>()
  selected.forEach((item, index) => {
    const path = [...SELECTION_PATH, 'selected', index]
    const found = lookUpMovement(catalog, item, path, 'assessment')
    if (found._tag === 'Left') {
      issues.push(found.left)
      return
    }
    const first = firstIndexOfRank.get(found.right.rank)
    const sameMovement = firstOfFamily.get(found.right.compiled.family)
    if (first !== undefined) issues.push(issueAt('duplicate', path, `${describeMovement(item)} is already selected at selected.${first}`))
    else if (sameMovement !== undefined) {
      issues.push(issueAt('duplicate', path, `is the same movement as selected.${sameMovement} (a variant of it, or its harder or easier form): a plan holds each movement once`))
    }
    firstIndexOfRank.set(found.right.rank, first ?? index)
    firstOfFamily.set(found.right.compiled.family, sameMovement ?? index)
    // An assessment movement always has a ladder (its own, or the rehab ladder).
    const ladder = found.right.compiled.ladder
    issues.push(...(ladder === undefined ? [issueAt('not_in_catalog', [...path, 'movement'], `"${item.movement}" has no ladder in the catalog`)] : itemIssues(item, path, ladder, painCeiling)))
  })
  return [...issues, ...correctiveIssues(plan.selection.correctives ?? [], catalog)]
}
