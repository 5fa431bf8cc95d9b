import { REHAB_DOSE } from '../../catalog/rehabLadder.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { ScoredEntry } from '../resolveAssessment.js'
import type { SelectedMovement } from '../selection.js'

/** Seed 001's dose for every chosen movement, the reason that states it. */
export const REHAB_DOSE_REASON: Reason = /* @__PURE__ */ Object.freeze({
  rule: 'rehab-dose',
  message: `Each chosen movement: ${REHAB_DOSE.reps.min}-${REHAB_DOSE.reps.max} reps in ${REHAB_DOSE.sets.min}-${REHAB_DOSE.sets.max} sets, ${REHAB_DOSE.timesPerDay} times a day, starting at ${REHAB_DOSE.sets.min} set of ${REHAB_DOSE.reps.min}.`,
  source: SOURCES.rehabDose,
  params: { repsMin: REHAB_DOSE.reps.min, repsMax: REHAB_DOSE.reps.max, setsMin: REHAB_DOSE.sets.min, setsMax: REHAB_DOSE.sets.max, timesPerDay: REHAB_DOSE.timesPerDay },
})

const reps = /* @__PURE__ */ Object.freeze({ min: REHAB_DOSE.reps.min, max: REHAB_DOSE.reps.max })
const sets = /* @__PURE__ */ Object.freeze({ min: REHAB_DOSE.sets.min, max: REHAB_DOSE.sets.max })

/** A chosen movement with seed 001's dose range, starting at 1 set of 5 (per side when the movement is). */
export const dosedSelection = (entry: ScoredEntry): SelectedMovement => {
  const start: SelectedMovement['start'] = entry.movement.dose.perSide
    ? { kind: 'reps', sets: REHAB_DOSE.sets.min, reps: REHAB_DOSE.reps.min, perSide: true }
    : { kind: 'reps', sets: REHAB_DOSE.sets.min, reps: REHAB_DOSE.reps.min }
  const movement = entry.movement.id
  return entry.variant === undefined
    ? { movement, pain: entry.pain, reps, sets, timesPerDay: REHAB_DOSE.timesPerDay, start }
    : { movement, variant: entry.variant, pain: entry.pain, reps, sets, timesPerDay: REHAB_DOSE.timesPerDay, start }
}
