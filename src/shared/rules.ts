/**
 * Every rule the engine can cite in a reason, with the area it belongs to.
 * `reason.rule` is always one of these ids, so an app can switch on it (show
 * its own text, an icon, a link to the rule's page) and TypeScript checks
 * that the switch is exhaustive. docs/architecture.md says in which file each
 * rule lives.
 *
 * @example
 * import { RULES } from 'rehab-engine'
 *
 * const ceilingRules = Object.entries(RULES).flatMap(([rule, { area }]) => (area === 'ceiling' ? [rule] : []))
 * assert.equal(ceilingRules.includes('refer-pain'), true)
 * assert.equal(RULES['red-flag'].area, 'screening')
 *
 * @category Reasons
 * @since 0.2.0
 */
export const RULES = /* @__PURE__ */ Object.freeze({
  // Screening: red flags and the STarT Back risk group.
  'red-flag': { area: 'screening' },
  'red-flags-clear': { area: 'screening' },
  'start-back-missing': { area: 'screening' },
  'start-back-total': { area: 'screening' },
  'start-back-psychosocial': { area: 'screening' },
  'start-back-high-risk': { area: 'screening' },
  'inflammatory-back-pain': { area: 'screening' },
  // Selection: the 4-5 movements within the pain ceiling.
  'pain-ceiling': { area: 'selection' },
  'selection-size': { area: 'selection' },
  'not-chosen': { area: 'selection' },
  'same-movement': { area: 'selection' },
  'posture-corrective': { area: 'selection' },
  'focus-coverage': { area: 'selection' },
  'total-pain': { area: 'selection' },
  'rehab-dose': { area: 'selection' },
  'too-few-tolerable': { area: 'selection' },
  'assessment-pain': { area: 'selection' },
  // The ceiling: pain during and after sessions, the mornings, and when to stop.
  window: { area: 'ceiling' },
  'pain-during': { area: 'ceiling' },
  'pain-after': { area: 'ceiling' },
  'next-morning': { area: 'ceiling' },
  'unproven-settling': { area: 'ceiling' },
  'amber-unsettled': { area: 'ceiling' },
  'morning-rise': { area: 'ceiling' },
  'week-to-week': { area: 'ceiling' },
  'stiffness-week-to-week': { area: 'ceiling' },
  'refer-pain': { area: 'ceiling' },
  'refer-red-movements': { area: 'ceiling' },
  'refer-red-days': { area: 'ceiling' },
  'repeated-red': { area: 'ceiling' },
  'flare-up-lock': { area: 'ceiling' },
  'no-recent-logs': { area: 'ceiling' },
  'all-green': { area: 'ceiling' },
  // Soreness against warning pain.
  'numbness-or-tingling': { area: 'soreness' },
  'outlasts-soreness': { area: 'soreness' },
  'pain-character': { area: 'soreness' },
  'pain-location': { area: 'soreness' },
  'pain-at-rest': { area: 'soreness' },
  'disturbs-sleep': { area: 'soreness' },
  'not-improving': { area: 'soreness' },
  'expected-soreness': { area: 'soreness' },
  // Progression along a ladder.
  'ladder-start': { area: 'progression' },
  'ladder-step-up': { area: 'progression' },
  'ladder-hold': { area: 'progression' },
  'awaiting-next-morning': { area: 'progression' },
  incomplete: { area: 'progression' },
  'ladder-step-down': { area: 'progression' },
  'ceiling-pause': { area: 'progression' },
  'ceiling-stop': { area: 'progression' },
  'ladder-top': { area: 'progression' },
  'ladder-advance': { area: 'progression' },
  'load-step': { area: 'progression' },
  'needs-load': { area: 'progression' },
  'load-at-maximum': { area: 'progression' },
  'reassess-harder-form': { area: 'progression' },
  // The program on a calendar.
  'program-frame': { area: 'program' },
  'rehab-sessions': { area: 'program' },
  'corrective-sessions': { area: 'program' },
  'warm-ups': { area: 'program' },
  'deadbug-days': { area: 'program' },
  'thoracic-press-days': { area: 'program' },
  'workout-days': { area: 'program' },
  'check-ins': { area: 'program' },
  'starting-doses': { area: 'program' },
  'decided-doses': { area: 'episode' },
  'time-shifted': { area: 'program' },
  'day-skipped': { area: 'program' },
  'not-in-catalog': { area: 'program' },
  // The episode of care: what holds from one day to the next.
  'referral-held': { area: 'episode' },
  'pause-held': { area: 'episode' },
  'pause-ended': { area: 'episode' },
  'repeated-pause': { area: 'episode' },
  'return-after-break': { area: 'episode' },
  'soreness-as-red': { area: 'episode' },
  overexertion: { area: 'episode' },
  'low-adherence': { area: 'episode' },
  'above-the-plan': { area: 'episode' },
  advanced: { area: 'episode' },
  'referral-cleared': { area: 'episode' },
  'meaningful-change': { area: 'episode' },
  'no-improvement': { area: 'episode' },
  worsening: { area: 'episode' },
  'reassessment-harder-form': { area: 'episode' },
  'reassessment-continues': { area: 'episode' },
  'reassessment-dropped': { area: 'episode' },
  'reassessment-worse': { area: 'episode' },
} as const)

/** The id of any rule. @category Reasons @since 0.2.0 */
export type RuleId = keyof typeof RULES

/** The area a rule belongs to. @category Reasons @since 0.2.0 */
export type RuleArea = (typeof RULES)[RuleId]['area']

/** The ids of one area's rules. @category Reasons @since 0.2.0 */
export type RuleIdOf<Area extends RuleArea> = { [Rule in RuleId]: (typeof RULES)[Rule]['area'] extends Area ? Rule : never }[RuleId]

/** Rules of the screening. @category Reasons @since 0.2.0 */
export type ScreeningRuleId = RuleIdOf<'screening'>
/** Rules of the selection. @category Reasons @since 0.2.0 */
export type SelectionRuleId = RuleIdOf<'selection'>
/** Rules of the ceiling. @category Reasons @since 0.2.0 */
export type CeilingRuleId = RuleIdOf<'ceiling'>
/** Rules that tell soreness from warning pain. @category Reasons @since 0.2.0 */
export type SorenessRuleId = RuleIdOf<'soreness'>
/** Rules of the progression along a ladder. @category Reasons @since 0.2.0 */
export type ProgressionRuleId = RuleIdOf<'progression'>
/** Rules of the program's layout. @category Reasons @since 0.2.0 */
export type ProgramRuleId = RuleIdOf<'program'>
/** Rules of the episode of care. @category Reasons @since 0.3.0 */
export type EpisodeRuleId = RuleIdOf<'episode'>

/** Every rule id, in the order of RULES. */
export const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]]
