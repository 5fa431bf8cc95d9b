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
} from './dose.js'
export { InputIssueSchema, InvalidInputSchema, type InputIssue, type InvalidInput } from './invalidInput.js'
export { ReasonSchema, type Reason } from './reason.js'
export { IsoDateSchema, type IsoDate } from './isoDate.js'
export { DISCLAIMER } from './disclaimer.js'
