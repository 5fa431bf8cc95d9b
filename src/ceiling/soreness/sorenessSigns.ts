import type { Reason } from '../../shared/reason.js'
import type { SorenessRuleId } from '../../shared/rules.js'
import { SOURCES } from '../../shared/sources.js'
import { SORENESS_TIMING, type SorenessReport } from './sorenessReport.js'

/** A sign in a report: what it calls for, and the reason that names it. */
export interface SorenessSign {
  readonly calls: 'see-clinician' | 'warning-pain'
  readonly reason: Reason
}

const WARNING_CHARACTERS: readonly string[] = ['sharp', 'stabbing', 'electric', 'burning']
const WARNING_LOCATIONS: readonly string[] = ['spine', 'joint', 'radiating']

const sign = (calls: SorenessSign['calls'], rule: SorenessRuleId, message: string, params: Reason['params'], value: Reason['value'], limit?: number): SorenessSign => ({
  calls,
  reason: { rule, message, value, ...(limit === undefined ? {} : { limit }), source: SOURCES.soreness, params },
})

/*
 * Each rule looks at one answer of the report (Cheung, Hume, Maxwell 2003):
 * soreness is a dull ache or tightness in the muscle that worked, not at rest,
 * peaking at 24-72 hours and improving after. Each returns its sign, or
 * undefined when the answer is no sign at all.
 */
const RULES: readonly ((report: SorenessReport) => SorenessSign | undefined)[] = [
  (report) =>
    report.numbnessOrTingling
      ? sign(
          'see-clinician',
          'numbness-or-tingling',
          report.location === 'radiating'
            ? 'Pain that spreads down a limb with numbness or tingling is a sign to have checked: see a clinician before exercising again.'
            : 'Numbness or tingling is not muscle soreness and is a sign to have checked: see a clinician before exercising again.',
          { location: report.location },
          report.location,
        )
      : undefined,
  (report) =>
    report.hoursSinceExercise > SORENESS_TIMING.goneHours
      ? sign(
          'see-clinician',
          'outlasts-soreness',
          `Still there ${report.hoursSinceExercise} hours after exercise; soreness is gone within about ${SORENESS_TIMING.goneHours} hours (5-7 days).`,
          { hours: report.hoursSinceExercise, goneHours: SORENESS_TIMING.goneHours },
          report.hoursSinceExercise,
          SORENESS_TIMING.goneHours,
        )
      : undefined,
  (report) =>
    WARNING_CHARACTERS.includes(report.character)
      ? sign('warning-pain', 'pain-character', `A ${report.character} pain is not the dull ache of soreness.`, { character: report.character }, report.character)
      : undefined,
  (report) =>
    WARNING_LOCATIONS.includes(report.location)
      ? sign(
          'warning-pain',
          'pain-location',
          `Pain in the ${report.location === 'radiating' ? 'leg or arm, radiating' : report.location} is not soreness in a muscle that worked.`,
          { location: report.location },
          report.location,
        )
      : undefined,
  (report) => (report.atRest ? sign('warning-pain', 'pain-at-rest', 'Soreness is felt on stretch, contraction or pressure, not at rest.', {}, true) : undefined),
  (report) => (report.disturbsSleep ? sign('warning-pain', 'disturbs-sleep', 'Pain that disturbs sleep is not ordinary soreness.', {}, true) : undefined),
  (report) =>
    report.hoursSinceExercise > SORENESS_TIMING.peakEndHours && report.trend !== 'improving'
      ? sign(
          'warning-pain',
          'not-improving',
          `${report.trend === 'worse' ? 'Getting worse' : 'No better'} ${report.hoursSinceExercise} hours after exercise; soreness peaks by ${SORENESS_TIMING.peakEndHours} hours and then improves.`,
          { trend: report.trend, hours: report.hoursSinceExercise, peakEndHours: SORENESS_TIMING.peakEndHours },
          report.trend,
          SORENESS_TIMING.peakEndHours,
        )
      : undefined,
]

/** Every sign in a report, in the order of the rules. */
export const sorenessSigns = (report: SorenessReport): SorenessSign[] => RULES.flatMap((rule) => rule(report) ?? [])
