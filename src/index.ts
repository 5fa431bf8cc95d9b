/**
 * rehab-engine: from a person's intake and movement assessment to a safe,
 * explained back-pain rehab plan, and day by day along each movement's ladder
 * under the flare-up rules. Decision support, not medical advice.
 *
 * One explicit list of the public API, grouped by area in the order of the
 * layers (see docs/architecture.md): each line leads to the file that owns
 * the export, and no `export *` hides what is public. The calendar export,
 * `programToIcs`, is at `rehab-engine/ics` (src/ics.ts).
 *
 * @packageDocumentation
 * @module rehab-engine
 */

// Shared: doses, pain, dates, reasons and rule ids, errors, referrals.
export type { DeepReadonly } from './_lib/deepReadonly.js'
export {
  DoseSchema,
  RepsDoseSchema,
  HoldDoseSchema,
  DistanceDoseSchema,
  type Dose,
  type DoseInput,
  type RepsDose,
  type HoldDose,
  type DistanceDose,
  type DoseKind,
} from './shared/dose.js'
export { describeDose, DescribeDoseInputSchema, type DescribeDoseInput } from './wording/describeDose.js'
export { TextCatalogSchema, DoseWordsSchema, ProgramWordsSchema, MovementWordsSchema, type TextCatalog, type DoseWords, type ProgramWords, type MovementWords } from './wording/textCatalog.js'
export { PROGRAM_WORDS_EN } from './wording/programWordsEn.js'
export { BUILT_IN_MOVEMENT_IDS, BUILT_IN_VARIANT_IDS, type BuiltInMovementId } from './wording/builtInMovementIds.js'
export { movementName, MovementNameInputSchema, type MovementNameInput } from './wording/movementName.js'
export { sessionLabel, SessionLabelInputSchema, type SessionLabelInput } from './wording/sessionLabel.js'
export { PainSchema, PAIN_SCALE_MAX, PAIN_CEILING } from './shared/pain.js'
export { IsoDateSchema, InputDateSchema, EARLIEST_DATE, LATEST_DATE, type IsoDate } from './shared/isoDate.js'
export { LocalTimeSchema } from './shared/localTime.js'
export { INPUT_LIMITS } from './shared/limits.js'
export { SOURCES } from './shared/sources.js'
export {
  RULES,
  type RuleId,
  type RuleArea,
  type RuleIdOf,
  type ScreeningRuleId,
  type SelectionRuleId,
  type CeilingRuleId,
  type SorenessRuleId,
  type ProgressionRuleId,
  type ProgramRuleId,
  type EpisodeRuleId,
} from './shared/rules.js'
export { ReasonSchema, ReasonParamSchema, type Reason, type ReasonParam } from './shared/reason.js'
export {
  IssueCodeSchema,
  InputIssueSchema,
  InvalidInputSchema,
  type IssueCode,
  type InputIssue,
  type InvalidInput,
} from './shared/invalidInput.js'
export {
  UrgencySchema,
  ReferralCauseSchema,
  ReferralSchema,
  type Urgency,
  type ReferralCause,
  type Referral,
} from './shared/referral.js'
export { DISCLAIMER } from './shared/disclaimer.js'

// Catalog: the movements, their ladders, and an app's own catalog.
export { FOCUS_AREAS, type BuiltInFocusArea } from './catalog/focusArea.js'
export {
  RoleSchema,
  VariantSchema,
  DoseShapeSchema,
  MovementSchema,
  type Role,
  type Variant,
  type DoseShape,
  type Movement,
} from './catalog/movement.js'
export {
  AfterTopSchema,
  FrequencySchema,
  LadderSchema,
  type AfterTop,
  type Frequency,
  type Ladder,
} from './catalog/ladder.js'
export { CatalogSchema, type Catalog, type CatalogInput, type ParsedCatalog } from './catalog/catalogSchema.js'
export { BUILT_IN_CATALOG } from './catalog/movements.js'
export { BUILT_IN_LADDERS, PROTOCOL_DOSES } from './catalog/builtInLadders.js'
export { REHAB_DOSE } from './catalog/rehabLadder.js'
export { parseCatalog } from './catalog/parseCatalog.js'
export { FindMovementInputSchema, type FindMovementInput } from './catalog/findInCatalog.js'
export { findMovement } from './catalog/findMovement.js'
export { ladderOf } from './catalog/ladderOf.js'

// Screening: red flags, the STarT Back risk group and the inflammatory screen, before anything is prescribed.
export {
  RED_FLAGS,
  RED_FLAG_AGES,
  AGE_RED_FLAG,
  NO_RED_FLAGS,
  type RedFlag,
  type RedFlagId,
  type RedFlagCondition,
  type RedFlagAnswers,
  type ReferralFlag,
} from './screening/redFlags.js'
export {
  START_BACK_CUT_OFFS,
  START_BACK_ITEM_TOPICS,
  BothersomenessSchema,
  StartBackSchema,
  type Bothersomeness,
  type StartBack,
  type StartBackScore,
} from './screening/startBack.js'
export { IntakeSchema, type Intake, type IntakeInput } from './screening/intake.js'
export { INFLAMMATORY_SCREEN, InflammatoryScreenSchema, type InflammatoryScreen } from './screening/inflammatoryScreen.js'
export {
  StartBackRiskSchema,
  ClearedSchema,
  ScreeningSchema,
  type StartBackRisk,
  type Cleared,
  type Screening,
} from './screening/screening.js'
export { screenIntake } from './screening/screenIntake.js'

// Selection: 4-5 movements within the pain ceiling, dosed for rehab.
export { SELECTION_SIZE } from './selection/selectionDefaults.js'
export {
  AssessmentResultSchema,
  AssessmentSchema,
  PostureSchema,
  type AssessmentResult,
  type Assessment,
  type Posture,
  type AssessmentInput,
  type ParsedAssessment,
} from './selection/assessment.js'
export {
  SelectedMovementSchema,
  ExcludedMovementSchema,
  RehabSelectionSchema,
  RehabPlanSchema,
  CorrectiveSchema,
  type Corrective,
  type SelectedMovement,
  type ExcludedMovement,
  type RehabSelection,
  type RehabSelectionInput,
  type RehabPlan,
} from './selection/selection.js'
export { SelectionOptionsSchema } from './selection/selectionOptions.js'
export { selectRehabMovements, SelectRehabMovementsInputSchema, type SelectRehabMovementsInput } from './selection/selectRehabMovements.js'
export { parseAssessment } from './selection/parseAssessment.js'
export { planRehab, PlanRehabInputSchema, type PlanRehabInput } from './selection/planRehab.js'

// Ceiling: the flare-up rules over session logs and morning checks, and soreness against warning pain.
export { CEILING_DEFAULTS } from './ceiling/ceilingDefaults.js'
export { SessionLogSchema, type SessionLog, type SessionLogInput } from './ceiling/sessionLog.js'
export { MorningCheckSchema, type MorningCheck, type MorningCheckInput } from './ceiling/morningCheck.js'
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
} from './ceiling/ceilingVerdict.js'
export { CeilingOptionsSchema } from './ceiling/ceilingOptions.js'
export { EvaluateCeilingInputSchema, type EvaluateCeilingInput } from './ceiling/evaluateCeiling.js'
export { evaluateCeiling, EpisodeCeilingInputSchema, type EpisodeCeilingInput, type EvaluateCeiling } from './episode/evaluateCeiling.js'
export {
  SORENESS_TIMING,
  SorenessReportSchema,
  SorenessClassificationSchema,
  SorenessVerdictSchema,
  type SorenessReport,
  type SorenessReportInput,
  type SorenessClassification,
  type SorenessVerdict,
} from './ceiling/soreness/sorenessReport.js'
export { classifySoreness } from './ceiling/soreness/classifySoreness.js'

// Progression: each movement along its ladder, gated by the ceiling.
export { PROGRESSION_DEFAULTS } from './progression/progressionDefaults.js'
export {
  DoseActionSchema,
  DoseDecisionSchema,
  PausedSchema,
  type DoseAction,
  type DoseDecision,
  type Paused,
} from './progression/doseDecision.js'
export { NextDoseOptionsSchema } from './progression/nextDoseOptions.js'
export { NextDoseInputSchema, type NextDoseInput } from './progression/nextDose.js'
export { nextDose, EpisodeDoseInputSchema, type EpisodeDoseInput, type NextDose } from './episode/nextDose.js'
export { SimulationStepSchema, SimulationSchema, type SimulationStep, type Simulation } from './progression/simulation.js'
export { simulateProgression } from './progression/simulateProgression.js'
export { SimulateProgressionInputSchema, type SimulateProgressionInput } from './progression/simulationScript.js'

// Program: the plan on a calendar, and its exports.
export { WEEKDAYS, PROGRAM_DEFAULTS, type Weekday } from './program/programDefaults.js'
export {
  ProgramItemSchema,
  ProgramSessionSchema,
  CheckInSchema,
  ProgramSchema,
  type ProgramItem,
  type ProgramSession,
  type CheckIn,
  type Program,
  type ProgramInput,
} from './program/program.js'
export { ProgramOptionsSchema } from './program/programOptions.js'
export { buildProgram, BuildProgramInputSchema, type BuildProgramInput } from './program/buildProgram.js'
export {
  programToMarkdown,
  MarkdownOptionsSchema,
  ProgramToMarkdownInputSchema,
  type ProgramToMarkdownInput,
} from './program/programToMarkdown.js'
// The calendar export lives at its own subpath, rehab-engine/ics (src/ics.ts).

// Episode: one person's episode of care, decided day by day, with the stops it holds until they are lifted.
export { EpisodeEventSchema, type EpisodeEvent, type EpisodeEventInput, type EpisodeEventType } from './episode/episodeEvents.js'
export { EPISODE_DEFAULTS } from './episode/episodeDefaults.js'
export { EpisodeSchema, EpisodeOptionsSchema, EpisodeProgramSchema, type Episode, type EpisodeInput } from './episode/episode.js'
export { EventRefSchema, type EventRef } from './episode/eventRef.js'
export { EpisodeReferralSchema, type EpisodeReferral } from './episode/episodeReferral.js'
export { AdherenceSchema, MovementAdherenceSchema, type Adherence, type MovementAdherence } from './episode/adherence.js'
export {
  DayStatusSchema,
  DosedItemSchema,
  PausedItemSchema,
  DayPlanSchema,
  type DayStatus,
  type DosedItem,
  type PausedItem,
  type DayItem,
  type DayPlan,
} from './episode/dayPlan.js'
export { episodeProgram, EpisodeProgramInputSchema, type EpisodeProgramInput } from './episode/episodeProgram.js'
export { validateEpisode, ValidateEpisodeInputSchema, type ValidateEpisodeInput } from './episode/validateEpisode.js'
export { decideDay, DecideDayInputSchema, type DecideDayInput, type DayDecision } from './episode/decideDay.js'
export { replayEpisode, ReplayEpisodeInputSchema, ReplayedDaySchema, type ReplayEpisodeInput, type ReplayedDay } from './episode/replayEpisode.js'
export { snapshotEpisode, SnapshotEpisodeInputSchema, type SnapshotEpisodeInput } from './episode/snapshot/snapshotEpisode.js'
export { EpisodeSnapshotSchema, type EpisodeSnapshot } from './episode/snapshot/snapshotSchema.js'
// Outcomes: is the episode working?
export { outcomeReport, OutcomeReportInputSchema, type OutcomeReportInput } from './episode/outcomes/outcomeReport.js'
export { OUTCOME_DEFAULTS, OUTCOME_VERDICTS, type OutcomeVerdict } from './episode/rules/meaningfulChange.js'
export {
  OutcomeReportSchema,
  BackPainOutcomeSchema,
  MovementOutcomeSchema,
  type OutcomeReport,
  type BackPainOutcome,
  type MovementOutcome,
} from './episode/outcomes/outcomeSchema.js'
