import { left, right, type Either } from '../internal/either.js'
import { bestSubset, countBits } from '../internal/bestSubset.js'
import { collectIssues } from '../internal/collectIssues.js'
import { invalidInput } from '../internal/parseInput.js'
import { parseAssessmentInput } from '../internal/readPlainAssessment.js'
import { resolveAssessment, type ScoredEntry } from '../internal/resolveAssessment.js'
import { trustedAssessment } from '../internal/trustedAssessments.js'
import { describeMovement } from '../internal/lookUpMovement.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Reason } from '../shared/reason.js'
import type { Assessment } from './assessment.js'
import type { ExcludedMovement, NotEnoughTolerableMovements, RehabSelection, SelectedMovement } from './selection.js'
import {
  COVERAGE_SOURCE,
  DEFAULT_PAIN_CEILING,
  MAX_PAIN_CEILING,
  REHAB_REPS,
  REHAB_SETS,
  REHAB_TIMES_PER_DAY,
  SELECTION_SIZE,
  SELECTION_SOURCE,
} from './selectionDefaults.js'
import { parseSelectionOptions, type SelectionOptions, type ValidSelectionOptions } from './selectionOptions.js'
import { movementRef } from '../internal/movementRef.js'

/** What the selection can fail with. @category Selection @since 0.1.0 */
export type SelectionError = InvalidInput | NotEnoughTolerableMovements

/** Where the advice to stop and see a clinician comes from. */
const CLINICIAN_SOURCE = 'seed 003: stop exercising until the pain is checked and managed'

const NOT_ENOUGH_ADVICE =
  'Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.'

const subject = (entry: ScoredEntry) => movementRef(entry.movement.id, entry.variant)

/*
 * The objects below are built field by field rather than with spreads: outputs
 * with and without a variant have different shapes, and spreading them puts
 * V8 on a slow path that cost most of the selection's time.
 */
const scored = (entry: ScoredEntry) =>
  entry.variant === undefined
    ? { movement: entry.movement.id, pain: entry.pain }
    : { movement: entry.movement.id, variant: entry.variant, pain: entry.pain }

const startDose = (perSide: boolean): SelectedMovement['start'] =>
  perSide
    ? { kind: 'reps', sets: REHAB_SETS.min, reps: REHAB_REPS.min, perSide: true }
    : { kind: 'reps', sets: REHAB_SETS.min, reps: REHAB_REPS.min }

const toSelected = (entry: ScoredEntry): SelectedMovement => {
  const reps = { min: REHAB_REPS.min, max: REHAB_REPS.max }
  const sets = { min: REHAB_SETS.min, max: REHAB_SETS.max }
  const start = startDose(entry.movement.dose.perSide)
  return entry.variant === undefined
    ? { movement: entry.movement.id, pain: entry.pain, reps, sets, timesPerDay: REHAB_TIMES_PER_DAY, start }
    : { movement: entry.movement.id, variant: entry.variant, pain: entry.pain, reps, sets, timesPerDay: REHAB_TIMES_PER_DAY, start }
}

const focusNames = (mask: number, tags: readonly string[]): string[] => tags.filter((_, bit) => (mask & (1 << bit)) !== 0)

const ceilingReason = (options: ValidSelectionOptions): Reason => ({
  rule: 'pain-ceiling',
  message: options.painCeilingIsDefault
    ? `Movements that hurt more than ${options.painCeiling}/10 are left out (the default ceiling).`
    : `Movements that hurt more than ${options.painCeiling}/10 are left out (ceiling set by the caller; default ${DEFAULT_PAIN_CEILING}, at most ${MAX_PAIN_CEILING}).`,
  value: options.painCeiling,
  limit: MAX_PAIN_CEILING,
  source: SELECTION_SOURCE,
})

/** The selection over entries already matched to the catalog. */
export const selectValidEntries = (
  entries: readonly ScoredEntry[],
  options: ValidSelectionOptions,
): Either<NotEnoughTolerableMovements, RehabSelection> => {
  const { painCeiling, catalog } = options
  const eligible = entries.filter((entry) => entry.pain <= painCeiling)
  if (eligible.length < SELECTION_SIZE.min) {
    return left({
      _tag: 'NotEnoughTolerableMovements',
      eligible: eligible.map(scored),
      needed: SELECTION_SIZE.min,
      painCeiling,
      advice: NOT_ENOUGH_ADVICE,
      reasons: [
        ceilingReason(options),
        {
          rule: 'selection-size',
          message: `${eligible.length} of ${entries.length} assessed movements hurt ${painCeiling}/10 or less; a plan needs at least ${SELECTION_SIZE.min}.`,
          value: eligible.length,
          limit: SELECTION_SIZE.min,
          source: SELECTION_SOURCE,
        },
        { rule: 'see-clinician', message: NOT_ENOUGH_ADVICE, source: CLINICIAN_SOURCE },
      ],
    })
  }

  const size = Math.min(eligible.length, SELECTION_SIZE.max)
  const chosenIndexes = bestSubset(
    eligible.map((entry) => entry.focusMask),
    eligible.map((entry) => entry.pain),
    size,
  )
  const chosen = new Set(chosenIndexes.map((index) => eligible[index]!))
  let coveredMask = 0
  let totalPain = 0
  for (const entry of chosen) {
    coveredMask |= entry.focusMask
    totalPain += entry.pain
  }
  const reachableMask = eligible.reduce((mask, entry) => mask | entry.focusMask, 0)
  const covered = countBits(coveredMask)

  const exclusion = (entry: ScoredEntry, rule: string, message: string, limit: number): ExcludedMovement => {
    const reason =
      entry.variant === undefined
        ? { rule, message, movement: entry.movement.id, value: entry.pain, limit, source: SELECTION_SOURCE }
        : { rule, message, movement: entry.movement.id, variant: entry.variant, value: entry.pain, limit, source: SELECTION_SOURCE }
    return entry.variant === undefined
      ? { movement: entry.movement.id, pain: entry.pain, reason }
      : { movement: entry.movement.id, variant: entry.variant, pain: entry.pain, reason }
  }
  const excluded = entries
    .filter((entry) => !chosen.has(entry))
    .map((entry) =>
      entry.pain > painCeiling
        ? exclusion(entry, 'pain-ceiling', `${describeMovement(subject(entry))} hurt ${entry.pain}/10, above the ceiling of ${painCeiling}/10.`, painCeiling)
        : exclusion(
            entry,
            'selection-size',
            `${describeMovement(subject(entry))} was within the ceiling, but every set of ${size} that includes it covers fewer focus areas than the chosen ${covered}, or as many with more total pain than ${totalPain}, or ties on both and comes later in catalog order.`,
            size,
          ),
    )

  return right({
    selected: entries.filter((entry) => chosen.has(entry)).map(toSelected),
    excluded,
    painCeiling,
    reasons: [
      ceilingReason(options),
      {
        rule: 'selection-size',
        message: `${eligible.length} movements hurt ${painCeiling}/10 or less; ${size} are chosen (${SELECTION_SIZE.min}-${SELECTION_SIZE.max}).`,
        value: size,
        limit: SELECTION_SIZE.max,
        source: SELECTION_SOURCE,
      },
      {
        rule: 'focus-coverage',
        message: `The chosen movements cover ${covered} of the ${countBits(reachableMask)} focus areas the eligible ones reach: ${focusNames(coveredMask, catalog.focusTags).join(', ')}.`,
        value: focusNames(coveredMask, catalog.focusTags),
        limit: countBits(reachableMask),
        source: COVERAGE_SOURCE,
      },
      {
        rule: 'total-pain',
        message: `Among the choices with the most coverage, this one has the lowest total pain (${totalPain}); ties go to catalog order.`,
        value: totalPain,
        source: SELECTION_SOURCE,
      },
      {
        rule: 'rehab-dose',
        message: `Each chosen movement: ${REHAB_REPS.min}-${REHAB_REPS.max} reps in ${REHAB_SETS.min}-${REHAB_SETS.max} sets, ${REHAB_TIMES_PER_DAY} times a day, starting at ${REHAB_SETS.min} set of ${REHAB_REPS.min}.`,
        source: SELECTION_SOURCE,
      },
    ],
  })
}

/**
 * Parses an assessment and the options, and matches the results to the
 * catalog. Issues are reported under `prefix` (for example `assessment.`).
 */
export const prepareSelection = (assessment: unknown, options: unknown, prefix: readonly PropertyKey[]) => {
  // An assessment parseAssessment checked is trusted as it is, with the catalog it was checked against.
  const trusted = trustedAssessment(assessment)
  if (trusted !== undefined) {
    const validOptions = parseSelectionOptions(options)
    if (validOptions._tag === 'Left') return validOptions
    if (validOptions.right.catalog === trusted.catalog) return right({ entries: trusted.entries, options: validOptions.right })
  }
  const checked = collectIssues(parseAssessmentInput(assessment, prefix), parseSelectionOptions(options))
  if (checked._tag === 'Left') return checked
  const [validAssessment, validOptions] = checked.right
  const entries = resolveAssessment(validAssessment, validOptions.catalog, prefix)
  return entries._tag === 'Left' ? entries : right({ entries: entries.right, options: validOptions })
}

/**
 * Chooses 4-5 rehab movements from a movement assessment (seed 001): those
 * that hurt no more than the pain ceiling (default 3/10) are eligible; five
 * are chosen when five or more are eligible, four when exactly four are. Each
 * is dosed at 5-10 reps, 1-2 sets, 3 times a day, starting at 1 set of 5.
 *
 * Which five, when more are eligible: the set that covers the most focus areas
 * (seed 000: the body works as a kinetic chain), then the one with the lowest
 * total pain, then the one earliest in catalog order. The answer is exact and
 * does not depend on the order of the results.
 *
 * Returns `Left(InvalidInput)` for a malformed assessment or options (each
 * issue names its path, such as `results.2.pain` or `options.painCeiling`),
 * and `Left(NotEnoughTolerableMovements)` when fewer than four are eligible.
 *
 * @example
 * import { selectRehabMovements } from 'rehab-engine'
 *
 * const result = selectRehabMovements({
 *   date: '2026-11-02',
 *   results: [
 *     { movement: 'hip-mobility', pain: 1 },
 *     { movement: 'cat-camel', pain: 6 },
 *     { movement: 'hip-bridge', pain: 2 },
 *     { movement: 'bird-dog', pain: 0 },
 *     { movement: 'side-plank-clam-shell', pain: 3 },
 *     { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 },
 *   ],
 * })
 * assert.equal(result._tag, 'Right')
 * if (result._tag === 'Right') {
 *   assert.equal(result.right.selected.length, 5)
 *   assert.equal(result.right.excluded[0]?.movement, 'cat-camel')
 *   assert.deepStrictEqual(result.right.selected[0]?.start, { kind: 'reps', sets: 1, reps: 5 })
 * }
 *
 * @category Selection
 * @since 0.1.0
 */
export const selectRehabMovements = (
  assessment: Assessment,
  options?: SelectionOptions,
): Either<SelectionError, RehabSelection> => {
  const prepared = prepareSelection(assessment, options, [])
  if (prepared._tag === 'Left') return left(invalidInput(prepared.left))
  return selectValidEntries(prepared.right.entries, prepared.right.options)
}
