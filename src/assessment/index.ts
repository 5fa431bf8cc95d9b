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
} from './redFlags.js'
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
} from './startBack.js'
export { IntakeSchema, MAX_INTAKE_AGE, type Intake } from './intake.js'
export {
  ClearedSchema,
  ReferralSchema,
  ScreeningSchema,
  type Cleared,
  type Referral,
  type Screening,
} from './screening.js'
export { screenIntake } from './screenIntake.js'
export {
  PAIN_SCALE_MAX,
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
} from './selectionDefaults.js'
export {
  PainSchema,
  AssessmentResultSchema,
  AssessmentSchema,
  type AssessmentResult,
  type Assessment,
} from './assessment.js'
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
} from './selection.js'
export type { SelectionOptions } from './selectionOptions.js'
export { selectRehabMovements, type SelectionError } from './selectRehabMovements.js'
export { planRehab, type PlanRehabInput, type PlanRehabError } from './planRehab.js'
