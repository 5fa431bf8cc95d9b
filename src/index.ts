/**
 * rehab-engine: from a person's intake and movement assessment to a safe,
 * explained back-pain rehab selection. Decision support, not medical advice.
 *
 * One explicit list of the public API, grouped by area (no `export *`, and no
 * per-area barrels that would repeat this list and drift from it).
 *
 * @packageDocumentation
 */

// Shared types: doses, errors, reasons, dates.
export {
  DoseSchema,
  RepsDoseSchema,
  HoldDoseSchema,
  DistanceDoseSchema,
  MAX_DOSE_SETS,
  MAX_DOSE_REPS,
  MAX_DOSE_SECONDS,
  MAX_DOSE_METERS,
  MAX_DOSE_LOAD_KG,
  type Dose,
  type RepsDose,
  type HoldDose,
  type DistanceDose,
  type DoseKind,
} from './shared/dose.js'
export { InputIssueSchema, InvalidInputSchema, type InputIssue, type InvalidInput } from './shared/invalidInput.js'
export { ReasonSchema, type Reason } from './shared/reason.js'
export { IsoDateSchema, InputDateSchema, EARLIEST_DATE, LATEST_DATE, type IsoDate } from './shared/isoDate.js'
export { PainSchema, PAIN_SCALE_MAX } from './shared/pain.js'
export { DISCLAIMER } from './shared/disclaimer.js'
export { describeDose } from './shared/describeDose.js'

// Catalog: the movements and an app's own catalog.
export { FOCUS_AREAS, type BuiltInFocusArea } from './catalog/focusArea.js'
export {
  MAX_FOCUS_PER_MOVEMENT,
  MAX_VARIANTS_PER_MOVEMENT,
  RoleSchema,
  VariantSchema,
  DoseShapeSchema,
  MovementSchema,
  type Role,
  type Variant,
  type DoseShape,
  type Movement,
} from './catalog/movement.js'
export { movements, type Catalog } from './catalog/movements.js'
export {
  MAX_LADDER_RUNGS,
  AfterTopSchema,
  FrequencySchema,
  LadderSchema,
  type AfterTop,
  type Frequency,
  type Ladder,
} from './catalog/ladder.js'
export {
  DEADBUG_HOLD,
  ADVANCED_HOLD,
  CORE_HOLDS_PER_WEEK,
  THORACIC_PRESSES_PER_WEEK,
  STRENGTH_DAYS_APART,
  BUILT_IN_LADDERS,
} from './catalog/builtInLadders.js'
export { CatalogSchema, MAX_CATALOG_MOVEMENTS, MAX_CATALOG_FOCUS_AREAS } from './catalog/catalogSchema.js'
export { parseCatalog } from './catalog/parseCatalog.js'
export { findMovement } from './catalog/findMovement.js'

// Assessment: screening the intake, then selecting rehab movements.
export {
  RED_FLAGS,
  RED_FLAG_SOURCE,
  RED_FLAG_AGE_FROM,
  RED_FLAG_AGE_TO,
  AGE_RED_FLAG,
  UrgencySchema,
  ReferralFlagSchema,
  type RedFlag,
  type RedFlagId,
  type RedFlagCondition,
  type ReferralFlag,
  type Urgency,
} from './assessment/redFlags.js'
export {
  START_BACK_SOURCE,
  START_BACK_LOW_RISK_MAX_TOTAL,
  START_BACK_HIGH_RISK_MIN_PSYCHOSOCIAL,
  START_BACK_ITEM_TOPICS,
  BothersomenessSchema,
  StartBackSchema,
  type Bothersomeness,
  type StartBack,
  type StartBackRisk,
  type StartBackScore,
} from './assessment/startBack.js'
export { IntakeSchema, MAX_INTAKE_AGE, type Intake } from './assessment/intake.js'
export {
  ClearedSchema,
  ReferralSchema,
  ScreeningSchema,
  type Cleared,
  type Referral,
  type Screening,
} from './assessment/screening.js'
export { screenIntake } from './assessment/screenIntake.js'
export {
  DEFAULT_PAIN_CEILING,
  MIN_PAIN_CEILING,
  MAX_PAIN_CEILING,
  SELECTION_SIZE,
  REHAB_REPS,
  REHAB_SETS,
  REHAB_TIMES_PER_DAY,
  MAX_ASSESSMENT_RESULTS,
  SELECTION_SOURCE,
  COVERAGE_SOURCE,
} from './assessment/selectionDefaults.js'
export {
  AssessmentResultSchema,
  AssessmentSchema,
  type AssessmentResult,
  type Assessment,
} from './assessment/assessment.js'
export {
  SelectedMovementSchema,
  ExcludedMovementSchema,
  RehabSelectionSchema,
  NotEnoughTolerableMovementsSchema,
  RehabPlanSchema,
  type SelectedMovement,
  type ExcludedMovement,
  type RehabSelection,
  type NotEnoughTolerableMovements,
  type RehabPlan,
} from './assessment/selection.js'
export type { SelectionOptions } from './assessment/selectionOptions.js'
export { selectRehabMovements, type SelectionError } from './assessment/selectRehabMovements.js'
export { parseAssessment } from './assessment/parseAssessment.js'
export { planRehab, PlanRehabInputSchema, type PlanRehabInput, type PlanRehabError } from './assessment/planRehab.js'

// Progression: the ceiling over session logs and morning checks, and soreness.
export { SessionLogSchema, LocalTimeSchema, type SessionLog } from './progression/sessionLog.js'
export { MorningCheckSchema, type MorningCheck } from './progression/morningCheck.js'
export {
  PAIN_MONITORING_SOURCE,
  MEANINGFUL_CHANGE_SOURCE,
  CEILING_METHOD_SOURCE,
  DEFAULT_CEILING_PAIN,
  MAX_CEILING_PAIN,
  AMBER_MAX_PAIN,
  DEFAULT_FLARE_UP_RISE,
  DEFAULT_WEEKLY_RISE,
  MIN_RISE,
  DEFAULT_REFER_PAIN,
  MIN_REFER_PAIN,
  REFER_RED_MOVEMENTS_PER_DAY,
  REFER_RED_DAYS,
  PAUSE_RED_SESSIONS,
  GREEN_DAYS_TO_UNLOCK,
  CEILING_WINDOW_DAYS,
  MAX_LOGS,
} from './progression/ceilingDefaults.js'
export {
  ZoneSchema,
  CEILING_ACTIONS,
  CeilingActionSchema,
  MovementVerdictSchema,
  CeilingVerdictSchema,
  type Zone,
  type CeilingAction,
  type MovementVerdict,
  type CeilingVerdict,
} from './progression/ceilingVerdict.js'
export {
  evaluateCeiling,
  EvaluateCeilingInputSchema,
  CeilingOptionsSchema,
  type CeilingOptions,
  type EvaluateCeilingInput,
} from './progression/evaluateCeiling.js'
export {
  MAX_SORENESS_HOURS,
  SorenessReportSchema,
  SorenessClassificationSchema,
  SorenessVerdictSchema,
  type SorenessReport,
  type SorenessClassification,
  type SorenessVerdict,
} from './progression/soreness.js'
export {
  classifySoreness,
  SORENESS_SOURCE,
  SORENESS_PEAK_END_HOURS,
  SORENESS_GONE_HOURS,
} from './progression/classifySoreness.js'
export { rehabLadder, ladderOf } from './progression/rehabLadder.js'
export {
  LOAD_STEP_SOURCE,
  DEFAULT_LOAD_STEP_PERCENT,
  MIN_LOAD_STEP_PERCENT,
  MAX_LOAD_STEP_PERCENT,
  LOAD_ROUNDING_KG,
  MAX_STEPS_UP_PER_DAY,
} from './progression/progressionDefaults.js'
export { DoseActionSchema, DoseDecisionSchema, type DoseAction, type DoseDecision } from './progression/doseDecision.js'
export { nextDose, NextDoseInputSchema, NextDoseOptionsSchema, type NextDoseInput, type NextDoseOptions } from './progression/nextDose.js'
export {
  SimulationStepSchema,
  SimulationSchema,
  type SimulationStep,
  type Simulation,
} from './progression/simulation.js'
export {
  simulateProgression,
  SimulateProgressionInputSchema,
  MAX_SIMULATION_WEEKS,
  SIMULATION_SESSION_TIMES,
  type SimulateProgressionInput,
  type SimulatedResponse,
} from './progression/simulateProgression.js'

// Program: the plan on a calendar, and its exports.
export {
  DEFAULT_PROGRAM_WEEKS,
  MAX_PROGRAM_WEEKS,
  DEFAULT_TIME_ZONE,
  DEFAULT_SESSION_TIMES,
  MIN_HOURS_BETWEEN_SESSIONS,
  WEEKDAYS,
  DEFAULT_WORKOUT_DAYS,
  DEFAULT_DEADBUG_DAYS,
  DEFAULT_THORACIC_PRESS_DAYS,
  REASSESSMENT_EVERY_DAYS,
  SESSION_MINUTES,
  type Weekday,
} from './program/programDefaults.js'
export {
  ProgramItemSchema,
  ProgramSessionSchema,
  CheckInSchema,
  ProgramSchema,
  type ProgramItem,
  type ProgramSession,
  type CheckIn,
  type Program,
} from './program/program.js'
export { buildProgram, BuildProgramInputSchema, type BuildProgramInput, type ProtocolDays } from './program/buildProgram.js'
export { programToMarkdown } from './program/programToMarkdown.js'
export { programToIcs, type ProgramToIcsOptions } from './program/programToIcs.js'
