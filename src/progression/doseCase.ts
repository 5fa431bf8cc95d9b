import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import type { Ladder } from '../catalog/ladder.js'
import type { Movement } from '../catalog/movement.js'
import type { CeilingJudgement } from '../ceiling/judgeCeiling.js'
import type { CeilingRules } from '../ceiling/ceilingOptions.js'
import type { MorningCheck } from '../ceiling/morningCheck.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import type { Dose } from '../shared/dose.js'
import type { WalkUnit } from './nextDoseOptions.js'
import type { Reason } from '../shared/reason.js'
import type { ScoredEntry } from '../selection/resolveAssessment.js'

/** Everything a dose decision needs, already validated. */
export interface DoseCase {
  readonly catalog: CompiledCatalog
  readonly movement: Movement
  readonly variant: string | undefined
  readonly ladder: Ladder
  readonly sessions: readonly SessionLog[]
  readonly mornings: readonly MorningCheck[]
  readonly baselinePain: number
  readonly today: string
  readonly rules: CeilingRules
  readonly loadStepPercent: number
  /** The unit a walk with no session yet starts in; reps when left out. */
  readonly walkUnit?: WalkUnit
  /** The last assessment, for a substitute when the movement is paused. */
  readonly assessment: readonly ScoredEntry[] | undefined
  /**
   * Set by a caller that holds referrals and pauses itself and has lifted
   * those it held: the ceiling's referral rules then hold, and a movement's
   * own stop counts as a red, one rung down.
   */
  readonly stopsLifted?: boolean
  /** Sessions the caller knows went into the red whatever pain they logged, each with its reason. */
  readonly markedRed?: ReadonlyMap<SessionLog, Reason>
  /**
   * Sessions the caller credits with less than was logged, each with the dose
   * credited and why: when the last session is one, its rung and load are
   * read from the credited dose, so doing more than asked earns no extra rung.
   */
  readonly credited?: ReadonlyMap<SessionLog, { readonly dose: Dose; readonly reason: Reason }>
  /**
   * The ceiling's judgement of `today`, when the caller has it already: a
   * plan of many movements judges the day once. It must be what
   * judgeCeiling gives for the day's logs, which the caller vouches for;
   * `sessions` then need hold only the movement's own, which give its rung.
   */
  readonly ceiling?: CeilingJudgement
}
