import { left, right, type Either } from '../internal/either.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import type { Reason } from '../shared/reason.js'
import { SorenessReportSchema, type SorenessClassification, type SorenessReport, type SorenessVerdict } from './soreness.js'

/** Where the soreness facts come from. @category Soreness @since 0.1.0 */
export const SORENESS_SOURCE = 'delayed-onset muscle soreness: Cheung, Hume, Maxwell 2003, Sports Medicine'

/** Soreness peaks by this many hours after exercise; past it, pain that is not improving is a warning. @category Soreness @since 0.1.0 */
export const SORENESS_PEAK_END_HOURS = 72 // Cheung 2003: soreness peaks at 24-72 hours

/** Soreness is gone by about this many hours; pain still there after it should be checked. @category Soreness @since 0.1.0 */
export const SORENESS_GONE_HOURS = 168 // Cheung 2003: gone within about 5-7 days

const WARNING_CHARACTERS = ['sharp', 'stabbing', 'electric', 'burning'] as const
const WARNING_LOCATIONS = ['spine', 'joint', 'radiating'] as const

const includes = <Value extends string>(list: readonly Value[], value: string): value is Value =>
  (list as readonly string[]).includes(value)

/** The signs in a report, each as a reason, grouped by what they call for. */
const signsOf = (report: SorenessReport): Record<Exclude<SorenessClassification, 'expected-soreness'>, Reason[]> => {
  const clinician: Reason[] = []
  const warning: Reason[] = []
  const sign = (list: Reason[], rule: string, message: string, value: Reason['value'], limit?: number) =>
    list.push({ rule, message, value, ...(limit === undefined ? {} : { limit }), source: SORENESS_SOURCE })

  if (report.numbnessOrTingling) {
    sign(
      clinician,
      'numbness-or-tingling',
      report.location === 'radiating'
        ? 'Radiating pain with numbness or tingling can mean an irritated nerve: see a clinician before exercising again.'
        : 'Numbness or tingling is not muscle soreness and can mean an irritated nerve: see a clinician before exercising again.',
      report.location,
    )
  }
  if (report.hoursSinceExercise > SORENESS_GONE_HOURS) {
    sign(
      clinician,
      'outlasts-soreness',
      `Still there ${report.hoursSinceExercise} hours after exercise; soreness is gone within about ${SORENESS_GONE_HOURS} hours (5-7 days).`,
      report.hoursSinceExercise,
      SORENESS_GONE_HOURS,
    )
  }
  if (includes(WARNING_CHARACTERS, report.character)) {
    sign(warning, 'pain-character', `A ${report.character} pain is not the dull ache of soreness.`, report.character)
  }
  if (includes(WARNING_LOCATIONS, report.location)) {
    sign(warning, 'pain-location', `Pain in the ${report.location === 'radiating' ? 'leg or arm, radiating' : report.location} is not soreness in a muscle that worked.`, report.location)
  }
  if (report.atRest) sign(warning, 'pain-at-rest', 'Soreness is felt on stretch, contraction or pressure, not at rest.', true)
  if (report.disturbsSleep) sign(warning, 'disturbs-sleep', 'Pain that disturbs sleep is not ordinary soreness.', true)
  if (report.hoursSinceExercise > SORENESS_PEAK_END_HOURS && report.trend !== 'improving') {
    sign(
      warning,
      'not-improving',
      `${report.trend === 'worse' ? 'Getting worse' : 'No better'} ${report.hoursSinceExercise} hours after exercise; soreness peaks by ${SORENESS_PEAK_END_HOURS} hours and then improves.`,
      report.trend,
      SORENESS_PEAK_END_HOURS,
    )
  }
  return { 'see-clinician': clinician, 'warning-pain': warning }
}

/**
 * Tells expected muscle soreness from warning pain after exercise (Cheung,
 * Hume, Maxwell 2003). Soreness is a dull ache or tightness in the muscle that worked,
 * not there at rest, peaking at 24-72 hours and improving after. Numbness or
 * tingling, or anything still there after 7 days, calls for a clinician; a
 * sharp, stabbing, electric or burning pain, pain in the spine, a joint or
 * radiating, pain at rest or at night, or pain not improving after 72 hours is
 * a warning. The most serious sign found decides.
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
export const classifySoreness = (report: SorenessReport): Either<InvalidInput, SorenessVerdict> => {
  const parsed = parseInput(SorenessReportSchema, report)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const signs = signsOf(parsed.right)
  if (signs['see-clinician'].length > 0) {
    return right({ classification: 'see-clinician', reasons: [...signs['see-clinician'], ...signs['warning-pain']] })
  }
  if (signs['warning-pain'].length > 0) return right({ classification: 'warning-pain', reasons: signs['warning-pain'] })
  return right({
    classification: 'expected-soreness',
    reasons: [
      {
        rule: 'expected-soreness',
        message: `A ${parsed.right.character === 'tight' ? 'tightness' : 'dull ache'} in the muscle that worked, ${parsed.right.hoursSinceExercise} hours after exercise, not at rest: expected soreness.`,
        value: parsed.right.hoursSinceExercise,
        limit: SORENESS_PEAK_END_HOURS,
        source: SORENESS_SOURCE,
      },
    ],
  })
}
