import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import type { ExcludedMovement, RehabSelection } from '../../selection/selection.js'
import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import type { RuleId } from '../../shared/rules.js'
import { SOURCES } from '../../shared/sources.js'
import { verdictOf } from './meaningfulChange.js'

// A movement and variant as one key, as the episode's state keys them (episodeState's movementKey), without importing the state.
const movementKey = describeMovement

/**
 * What a reassessment carries over from the plan before it: the members of a
 * movement's family it leaves out for the one that continues, the movements
 * it keeps, and the reasons that name what changed.
 */
export interface Continuity {
  readonly excluded: readonly ExcludedMovement[]
  readonly kept: readonly MovementRef[]
  readonly reasons: readonly Reason[]
}

/** One movement of the plan before, as the reassessment finds it: its harder form when it topped its ladder green. */
export interface Carried {
  readonly ref: MovementRef
  readonly harderForm: { readonly movement: string; readonly variant?: string | undefined } | undefined
}

const refOf = (entry: ScoredEntry): MovementRef => (entry.variant === undefined ? { movement: entry.movement.id } : { movement: entry.movement.id, variant: entry.variant })
const keyOf = (entry: ScoredEntry): string => movementKey(refOf(entry))

const subject = (ref: MovementRef) => (ref.variant === undefined ? { movement: ref.movement } : { movement: ref.movement, variant: ref.variant })

const reason = (rule: RuleId, ref: MovementRef, message: string, params: NonNullable<Reason['params']>, value?: number, limit?: number): Reason => ({
  rule,
  message,
  ...subject(ref),
  ...(value === undefined ? {} : { value }),
  ...(limit === undefined ? {} : { limit }),
  source: SOURCES.reassessment,
  params,
})

/*
 * Why a movement of the plan before leaves it, as the params of reassessment-dropped say it: not scored, scored above
 * the ceiling, or kept but not chosen by the selection (with the best coverage's numbers, or no explanation found).
 * Every shape carries every value; one it does not speak of is ''.
 */
type DroppedWhy = 'not-scored' | 'above-ceiling' | 'not-chosen' | 'not-chosen-unexplained'
const droppedParams = (movement: string, why: DroppedWhy, values: { pain?: number; ceiling?: number; size?: number; covered?: number; totalPain?: number }) => ({
  movement,
  why,
  pain: values.pain ?? '',
  ceiling: values.ceiling ?? '',
  size: values.size ?? '',
  covered: values.covered ?? '',
  totalPain: values.totalPain ?? '',
})

const excludedFor = (entry: ScoredEntry, why: Reason): ExcludedMovement => ({ ...refOf(entry), pain: entry.pain, reason: { ...why, ...subject(refOf(entry)) } })

/**
 * The continuity of a reassessment (domain.md 5: after the top, the harder
 * form comes through a reassessment): a movement that topped its ladder green moves to its harder
 * form (or next variant) when that scored within the ceiling now, and the
 * rest of its family is left out; a movement that scored within the ceiling
 * again continues, at the rung it reached, and the rest of its family is
 * left out; one scored above the ceiling, or not scored, leaves the plan,
 * named; a movement whose pain rose by a meaningful change since the last
 * assessment is named.
 */
export const reassessmentContinuity = (carried: readonly Carried[], before: readonly ScoredEntry[], now: readonly ScoredEntry[], painCeiling: number): Continuity => {
  const excluded: ExcludedMovement[] = []
  const kept: MovementRef[] = []
  const reasons: Reason[] = []
  const scored = new Map(now.map((entry) => [keyOf(entry), entry]))
  for (const { ref, harderForm } of carried) {
    const own = scored.get(movementKey(ref))
    const harder = harderForm === undefined ? undefined : scored.get(movementKey(harderForm))
    const next = harder !== undefined && harder.pain <= painCeiling ? harder : own !== undefined && own.pain <= painCeiling ? own : undefined
    if (next === undefined) {
      const words = own === undefined ? 'was not scored at this assessment' : `hurt ${own.pain}/10 at this assessment, above the ceiling of ${painCeiling}/10`
      const params = own === undefined ? droppedParams(describeMovement(ref), 'not-scored', {}) : droppedParams(describeMovement(ref), 'above-ceiling', { pain: own.pain, ceiling: painCeiling })
      reasons.push(reason('reassessment-dropped', ref, `${describeMovement(ref)} ${words}: it leaves the plan.`, params, own?.pain, painCeiling))
      continue
    }
    kept.push(refOf(next))
    const others = now.filter((entry) => entry.family === next.family && entry !== next)
    // Each one with its score, `hip-bridge (3/10)`: ids and whole numbers, the same in every language.
    const otherNames = others.map((entry) => `${describeMovement(refOf(entry))} (${entry.pain}/10)`)
    const why =
      next === own
        ? reason(
            'reassessment-continues',
            ref,
            `${describeMovement(ref)} scored ${own.pain}/10 again and continues at the rung it reached; ${otherNames.join(', ')}, ${others.length === 1 ? 'another form of it, is' : 'other forms of it, are'} left out.`,
            { movement: describeMovement(ref), pain: own.pain, others: otherNames, otherCount: others.length },
            own.pain,
            painCeiling,
          )
        : reason(
            'reassessment-harder-form',
            refOf(next),
            `${describeMovement(ref)} reached the top of its ladder with green sessions, and its harder form ${describeMovement(refOf(next))} scored ${next.pain}/10 at this assessment: it takes the place, from the first rung of its own ladder.`,
            { from: describeMovement(ref), movement: describeMovement(refOf(next)), pain: next.pain },
            next.pain,
            painCeiling,
          )
    for (const entry of others) excluded.push(excludedFor(entry, why))
    if (next !== own || others.length > 0) reasons.push(why)
  }
  const earlier = new Map(before.map((entry) => [keyOf(entry), entry]))
  for (const entry of now) {
    const was = earlier.get(keyOf(entry))
    if (was === undefined || verdictOf(was.pain, entry.pain) !== 'worse') continue
    reasons.push(
      reason(
        'reassessment-worse',
        refOf(entry),
        `${describeMovement(refOf(entry))} hurt ${was.pain}/10 at the assessment before and ${entry.pain}/10 at this one: meaningfully worse.`,
        { movement: describeMovement(refOf(entry)), before: was.pain, now: entry.pain },
        entry.pain,
        was.pain,
      ),
    )
  }
  return { excluded, kept, reasons }
}

/** The best coverage's numbers, as its reasons give them: how many are chosen, the focus areas they cover, their total pain. */
const coverageOf = (selection: RehabSelection): { size: number; covered: number; totalPain: number } | undefined => {
  const valueOf = (rule: RuleId) => selection.reasons.find((entry) => entry.rule === rule)?.value
  const size = valueOf('selection-size')
  const covered = valueOf('focus-coverage')
  const totalPain = valueOf('total-pain')
  return typeof size === 'number' && Array.isArray(covered) && typeof totalPain === 'number' ? { size, covered: covered.length, totalPain } : undefined
}

/**
 * A reassessment's selection with its continuity: the families' left-out
 * members listed among `excluded`, and a kept movement the selection did not
 * choose named, after the continuity's reasons.
 */
export const withContinuity = (selection: RehabSelection, continuity: Continuity): RehabSelection => {
  const chosen = new Set(selection.selected.map((entry) => movementKey(entry)))
  const coverage = coverageOf(selection)
  const notChosen = continuity.kept
    .filter((ref) => !chosen.has(movementKey(ref)))
    .map((ref) => {
      const name = describeMovement(ref)
      // A kept movement is within the ceiling and the only one of its family left in: the best coverage left it out.
      const why = selection.excluded.find((entry) => movementKey(entry) === movementKey(ref))?.reason
      if (why?.rule !== 'not-chosen' || coverage === undefined) {
        return reason('reassessment-dropped', ref, `${name} could continue but was not chosen this time`, droppedParams(name, 'not-chosen-unexplained', {}))
      }
      return reason('reassessment-dropped', ref, `${name} could continue but was not chosen this time: ${why.message}`, droppedParams(name, 'not-chosen', coverage))
    })
  return {
    ...selection,
    excluded: [...selection.excluded, ...continuity.excluded],
    reasons: [...selection.reasons, ...continuity.reasons, ...notChosen],
  }
}
