// Builders for the dose decision's inner steps: a validated case on the built-in catalog, its ladder position,
// and short-hand logs dated around one fixed day.
import { resolveCatalog } from '../../src/catalog/resolveCatalog.js'
import type { CompiledCatalog } from '../../src/catalog/compiledCatalog.js'
import { chronologically } from '../../src/ceiling/chronologically.js'
import type { DoseCase } from '../../src/progression/doseCase.js'
import { isStarted, ladderPosition, type StartedPosition } from '../../src/progression/ladderPosition.js'
import { MovementFieldsSchema, resolveMovementCase, type MovementCase } from '../../src/progression/movementCase.js'
import type { AssessmentInput, Dose, MorningCheck, SessionLog } from '../../src/index.js'
import { TODAY, shiftDate } from '../arbitraries/logs.js'

export { TODAY }

/** `offset` days from TODAY. */
export const day = (offset: number): string => shiftDate(TODAY, offset)

const resolved = resolveCatalog(undefined, [])
if (resolved._tag === 'Left') throw new Error('the built-in catalog does not resolve')

/** The built-in catalog, indexed as the core reads it. */
export const CATALOG: CompiledCatalog = resolved.right

export interface MovementFields {
  readonly movement: string
  readonly variant?: string
  readonly assessment?: AssessmentInput
  readonly options?: { readonly loadStepPercent?: number; readonly painCeiling?: number; readonly referPain?: number; readonly flareUpRise?: number }
}

/** The movement side of a case, as nextDose resolves it; throws on fields it refuses. */
export const movementCase = (fields: MovementFields, catalog: CompiledCatalog = CATALOG): MovementCase => {
  const found = resolveMovementCase(MovementFieldsSchema.parse(fields), catalog)
  if (found._tag === 'Left') throw new Error(`the movement fields are refused: ${JSON.stringify(found.left)}`)
  return found.right
}

export interface CaseFields extends MovementFields {
  readonly sessions?: readonly SessionLog[]
  readonly mornings?: readonly MorningCheck[]
  readonly baselinePain?: number
  readonly today?: string
}

/** A whole dose case: no logs, baseline pain 1 and TODAY unless given. */
export const doseCase = (fields: CaseFields): DoseCase => ({
  ...movementCase(fields),
  sessions: fields.sessions ?? [],
  mornings: fields.mornings ?? [],
  baselinePain: fields.baselinePain ?? 1,
  today: fields.today ?? TODAY,
})

/** The ladder position of a case with at least one session of its movement. */
export const startedPosition = (fields: CaseFields): StartedPosition => {
  const position = ladderPosition(doseCase(fields), chronologically(CATALOG))
  if (!isStarted(position)) throw new Error('expected a session of the movement')
  return position
}

/** A completed session `offset` days from TODAY at pain 1 during, unless `extra` says otherwise. */
export const session = (offset: number, movement: string, performed: Dose, extra: Partial<SessionLog> = {}): SessionLog => ({
  date: day(offset),
  movement,
  performed,
  completed: true,
  painDuring: 1,
  ...extra,
})

/** Morning checks at back pain 1, `offset` days from TODAY each. */
export const calmMornings = (...offsets: number[]): MorningCheck[] => offsets.map((offset) => ({ date: day(offset), backPain: 1 }))

export const reps = (sets: number, count: number, extra: { perSide?: true; band?: true; loadKg?: number; holdSeconds?: number } = {}): Dose => ({ kind: 'reps', sets, reps: count, ...extra })

export const hold = (seconds: number, sets = 2): Dose => ({ kind: 'hold', sets, seconds })
