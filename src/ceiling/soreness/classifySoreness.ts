import { left, right, type Either } from '../../_lib/either.js'
import { guardInput } from '../../_lib/guardInput.js'
import { invalidInput } from '../../_lib/issues.js'
import { parseInput } from '../../_lib/parseInput.js'
import type { InvalidInput } from '../../shared/invalidInput.js'
import { SOURCES } from '../../shared/sources.js'
import { SORENESS_TIMING, SorenessReportSchema, type SorenessReport, type SorenessReportInput, type SorenessVerdict } from './sorenessReport.js'
import { sorenessSigns } from './sorenessSigns.js'

/** The verdict on a valid report: the most serious sign found decides. */
export const classifyValidReport = (report: SorenessReport): SorenessVerdict => {
  const signs = sorenessSigns(report)
  const clinician = signs.filter((sign) => sign.calls === 'see-clinician')
  const warning = signs.filter((sign) => sign.calls === 'warning-pain')
  if (clinician.length > 0) return { classification: 'see-clinician', reasons: [...clinician, ...warning].map((sign) => sign.reason) }
  if (warning.length > 0) return { classification: 'warning-pain', reasons: warning.map((sign) => sign.reason) }
  return {
    classification: 'expected-soreness',
    reasons: [
      {
        rule: 'expected-soreness',
        message: `A ${report.character === 'tight' ? 'tightness' : 'dull ache'} in the muscle that worked, ${report.hoursSinceExercise} hours after exercise, not at rest: expected soreness.`,
        value: report.hoursSinceExercise,
        limit: SORENESS_TIMING.peakEndHours,
        source: SOURCES.soreness,
        params: { character: report.character, hours: report.hoursSinceExercise },
      },
    ],
  }
}

/**
 * Tells expected muscle soreness from warning pain after exercise (Cheung,
 * Hume, Maxwell 2003). Soreness is a dull ache or tightness in the muscle that
 * worked, not there at rest, peaking at 24-72 hours and improving after.
 * Numbness or tingling, or anything still there after 7 days, calls for a
 * clinician; a sharp, stabbing, electric or burning pain, pain in the spine, a
 * joint or radiating, pain at rest or at night, or pain not improving after 72
 * hours is a warning. The most serious sign found decides. It is an
 * assessment: `see-clinician` comes back in `Right`.
 *
 * Returns `Left(InvalidInput)` for a malformed report.
 *
 * @example
 * import { classifySoreness } from 'rehab-engine'
 *
 * const report = {
 *   location: 'worked-muscle',
 *   character: 'dull-ache',
 *   hoursSinceExercise: 30,
 *   atRest: false,
 *   disturbsSleep: false,
 *   trend: 'same',
 *   numbnessOrTingling: false,
 * } as const
 * const soreness = classifySoreness(report)
 * assert.equal(soreness._tag === 'Right' && soreness.right.classification, 'expected-soreness')
 *
 * const nerve = classifySoreness({ ...report, location: 'radiating', numbnessOrTingling: true })
 * assert.equal(nerve._tag === 'Right' && nerve.right.classification, 'see-clinician')
 *
 * @category Soreness
 * @since 0.1.0
 */
export const classifySoreness: (report: SorenessReportInput) => Either<InvalidInput, SorenessVerdict> = /* @__PURE__ */ guardInput((input) => {
  const report = parseInput(SorenessReportSchema, input)
  return report._tag === 'Left' ? left(invalidInput(report.left)) : right(classifyValidReport(report.right))
})
