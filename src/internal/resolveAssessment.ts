import { left, right, type Either } from './either.js'
import { issueAt } from './parseInput.js'
import type { CompiledCatalog } from './compiledCatalog.js'
import type { Movement } from '../catalog/movement.js'
import type { Assessment } from '../assessment/assessment.js'
import type { InputIssue } from '../shared/invalidInput.js'

/** An assessment result matched to its catalog movement. */
export interface ScoredEntry {
  readonly movement: Movement
  readonly variant: string | undefined
  readonly pain: number
  readonly rank: number
  readonly focusMask: number
}

const describe = (movement: string, variant: string | undefined): string =>
  variant === undefined ? movement : `${movement} (${variant})`

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
    const at = (...path: PropertyKey[]) => [...prefix, 'results', index, ...path]
    const compiled = catalog.byId.get(result.movement)
    if (compiled === undefined) {
      issues.push(issueAt(at('movement'), `"${result.movement}" is not a movement of the catalog`))
      return
    }
    if (!compiled.movement.roles.includes('assessment')) {
      issues.push(issueAt(at('movement'), `"${result.movement}" is not an assessment movement`))
      return
    }
    let rank = compiled.rank
    if (result.variant !== undefined) {
      const variantRank = compiled.variantRanks.get(result.variant)
      if (variantRank === undefined) {
        const known = compiled.movement.variants.map((variant) => variant.id)
        issues.push(
          issueAt(
            at('variant'),
            known.length === 0
              ? `"${result.movement}" has no variants`
              : `"${result.variant}" is not a variant of "${result.movement}" (${known.join(', ')})`,
          ),
        )
        return
      }
      rank = variantRank
    }
    const first = firstIndexOfRank.get(rank)
    if (first !== undefined) {
      issues.push(issueAt(at(), `${describe(result.movement, result.variant)} is already scored at results.${first}`))
      return
    }
    firstIndexOfRank.set(rank, index)
    entries.push({ movement: compiled.movement, variant: result.variant, pain: result.pain, rank, focusMask: compiled.focusMask })
  })
  if (issues.length > 0) return left(issues)
  return right(entries.sort((a, b) => a.rank - b.rank))
}
