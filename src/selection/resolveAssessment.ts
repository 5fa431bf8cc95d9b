import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { describeMovement, lookUpMovement } from '../catalog/lookUpMovement.js'
import type { Movement } from '../catalog/movement.js'
import type { Assessment } from './assessment.js'

/** An assessment result matched to its catalog movement. */
export interface ScoredEntry {
  readonly movement: Movement
  readonly variant: string | undefined
  readonly pain: number
  readonly rank: number
  readonly focusMask: number
  /** Which movement it is (CompiledMovement.family): a plan holds one entry of each. */
  readonly family: number
}

/**
 * How many different movements some entries are: variants, and a movement with
 * its harder or easier form, count once. An assessment holds a dozen entries:
 * comparing each with those before it allocates nothing, unlike a Set.
 */
export const distinctMovements = (entries: readonly ScoredEntry[]): number => {
  let distinct = 0
  for (let index = 0; index < entries.length; index++) {
    const { family } = entries[index]!
    let seen = false
    for (let before = 0; before < index && !seen; before++) seen = entries[before]!.family === family
    if (!seen) distinct++
  }
  return distinct
}

/**
 * Matches every result of a parsed assessment to the catalog: the movement
 * must exist and be an assessment movement, the variant must be one of its
 * own, and no movement and variant may be scored twice. Entries come back in
 * catalog order, so nothing downstream depends on the order of the results.
 */
export const resolveAssessment = (
  assessment: Assessment,
  catalog: CompiledCatalog,
  prefix: readonly PropertyKey[],
): Either<InputIssue[], ScoredEntry[]> => {
  const issues: InputIssue[] = []
  const entries: ScoredEntry[] = []
  const firstIndexOfRank = new Map<number, number>()
  assessment.results.forEach((result, index) => {
    const path = [...prefix, 'results', index]
    const found = lookUpMovement(catalog, result, path, 'assessment')
    if (found._tag === 'Left') {
      issues.push(found.left)
      return
    }
    const { compiled, rank } = found.right
    const first = firstIndexOfRank.get(rank)
    if (first !== undefined) {
      issues.push(issueAt('duplicate', path, `${describeMovement(result)} is already scored at results.${first}`))
      return
    }
    firstIndexOfRank.set(rank, index)
    entries.push({ movement: compiled.movement, variant: result.variant, pain: result.pain, rank, focusMask: compiled.focusMask, family: compiled.family })
  })
  if (issues.length > 0) return left(issues)
  return right(entries.sort((a, b) => a.rank - b.rank))
}
