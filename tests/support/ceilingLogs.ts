// Builders for the ceiling's tests: logs dated from the day the verdicts are for, and a case over the built-in catalog.
import { addIsoDays } from '../../src/_lib/isoDays.js'
import type { CompiledCatalog } from '../../src/catalog/compiledCatalog.js'
import { resolveCatalog } from '../../src/catalog/resolveCatalog.js'
import { ceilingContext, type CeilingCase, type CeilingContext } from '../../src/ceiling/ceilingContext.js'
import { ceilingRules, type CeilingRules } from '../../src/ceiling/ceilingOptions.js'
import {
  evaluateCeiling,
  type CeilingVerdict,
  type EvaluateCeilingInput,
  type MorningCheck,
  type Reason,
  type RuleId,
  type SessionLog,
} from '../../src/index.js'
import { TODAY } from '../arbitraries/logs.js'

/** The date `offset` days from TODAY. */
export const day = (offset: number): string => addIsoDays(TODAY, offset)

/** A completed hip-bridge session `offset` days from TODAY, changed by `extra`. */
export const session = (offset: number, painDuring: number, extra: Partial<SessionLog> = {}): SessionLog => ({
  date: day(offset),
  movement: 'hip-bridge',
  performed: { kind: 'reps', sets: 1, reps: 5 },
  completed: true,
  painDuring,
  ...extra,
})

/** The same session, of bird-dog: a second movement for the rules that look across movements. */
export const birdDog = (offset: number, painDuring: number, extra: Partial<SessionLog> = {}): SessionLog =>
  session(offset, painDuring, { movement: 'bird-dog', performed: { kind: 'reps', sets: 1, reps: 5, perSide: true }, ...extra })

/** A kettlebell walk with a variant: variants of one movement are judged apart but count as one movement to refer. */
export const walk = (offset: number, painDuring: number, variant: string, extra: Partial<SessionLog> = {}): SessionLog =>
  session(offset, painDuring, { movement: 'kettlebell-walk', variant, performed: { kind: 'distance', sets: 1, meters: 20 }, ...extra })

/** A morning check `offset` days from TODAY. */
export const morning = (offset: number, backPain: number, stiffness?: number): MorningCheck => ({
  date: day(offset),
  backPain,
  ...(stiffness === undefined ? {} : { stiffness }),
})

const resolved = resolveCatalog(undefined, [])
if (resolved._tag === 'Left') throw new Error('the built-in catalog does not resolve')

/** The built-in catalog, indexed. */
export const builtInCatalog: CompiledCatalog = resolved.right

/** The default rules, with any changed. */
export const rulesWith = (changes: Partial<CeilingRules> = {}): CeilingRules => ({ ...ceilingRules(undefined), ...changes })

/** The baseline most cases use: low enough that a rise shows, high enough that a morning can fall below it. */
export const BASELINE = 2

/** A case over the built-in catalog, judged on TODAY against BASELINE unless told otherwise. */
export const ceilingCase = (changes: Partial<Omit<CeilingCase, 'rules'>> & { rules?: Partial<CeilingRules> } = {}): CeilingCase => ({
  catalog: builtInCatalog,
  sessions: [],
  mornings: [],
  baselinePain: BASELINE,
  today: TODAY,
  ...changes,
  rules: rulesWith(changes.rules),
})

/** The context of such a case. */
export const contextOf = (changes: Parameters<typeof ceilingCase>[0] = {}): CeilingContext => ceilingContext(ceilingCase(changes))

/** The verdict of evaluateCeiling, failing the test when it is a Left. */
export const verdictOf = (input: Partial<EvaluateCeilingInput> = {}): CeilingVerdict => {
  const result = evaluateCeiling({ sessions: [], mornings: [], baselinePain: BASELINE, today: TODAY, ...input })
  if (result._tag !== 'Right') throw new Error(`expected a verdict, got ${JSON.stringify(result.left)}`)
  return result.right
}

/** The issues of an input evaluateCeiling refuses; empty when it gives a verdict. */
export const issuesOf = (input: unknown) => {
  const result = evaluateCeiling(input as EvaluateCeilingInput)
  return result._tag === 'Left' ? result.left.issues : []
}

/** Every rule a verdict cites, its own reasons first, then each movement's. */
export const rulesCited = (verdict: CeilingVerdict): RuleId[] =>
  [...verdict.reasons, ...verdict.movements.flatMap((movement) => movement.reasons)].map((reason: Reason) => reason.rule)
